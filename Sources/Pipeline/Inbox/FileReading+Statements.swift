import Foundation
import Normalizer
import Parsers
import Receivables

extension FileReading {
  /// The line-based statement formats, tried before CSV: MT940/MT942, CODA, BAI2.
  func lineStatementFormat(_ bytes: Data) -> String? {
    if MT940Reader.recognises(bytes) { return "MT940" }
    if CODAReader.recognises(bytes) { return "CODA" }
    if BAI2Reader.recognises(bytes) { return "BAI2" }
    return nil
  }

  /// Reads an MT940/MT942, CODA or BAI2 file into payments.
  func readLineStatement(_ file: InboxFile, format: String) throws(FileRejection)
    -> NormalizedFile
  {
    let statements: [BankStatement]
    do {
      switch format {
      case "MT940": statements = try MT940Reader.read(file.bytes, file: file.name)
      case "CODA": statements = try CODAReader.read(file.bytes, file: file.name)
      default: statements = try BAI2Reader.read(file.bytes, file: file.name)
      }
    } catch {
      throw FileRejection(kind: .bankStatement, error)
    }
    return try statementPayments(statements, file: file)
  }

  /// Payments of the statements that may be booked (those that do not add up are booked and
  /// marked unproven unless `balanceMismatch` is `refuse`); a file none of whose statements may
  /// be booked (another account, an entry that cannot be read, balances that do not add up
  /// under `refuse`) is refused whole.
  func statementPayments(_ statements: [BankStatement], file: InboxFile) throws(FileRejection)
    -> NormalizedFile
  {
    let normalized = StatementNormalizer(
      ownAccounts: ownAccounts, balanceMismatch: balanceMismatch
    ).normalize(statements, file: file.name)
    if normalized.payments.isEmpty, normalized.pending.isEmpty,
      normalized.unprovenStatements.isEmpty, let first = normalized.rejected.first
    {
      var location: String?
      if let element = first.location.element { location = element }
      if let line = first.location.line {
        location = (location.map { "\($0) " } ?? "") + "(line \(line))"
      }
      throw FileRejection(
        kind: .bankStatement, message: Self.summary(of: normalized.rejected.map(\.reason)),
        location: location, fix: first.fix)
    }
    return normalized
  }

  /// The distinct reasons, at most three of them, and how many more there are.
  static func summary(of reasons: [String]) -> String {
    var distinct: [String] = []
    for reason in reasons where !distinct.contains(reason) { distinct.append(reason) }
    let shown = distinct.prefix(3).joined(separator: "; ")
    return distinct.count > 3 ? "\(shown); and \(distinct.count - 3) more" : shown
  }
}
