import Foundation
import Normalizer
import Parsers
import Receivables
import Testing

/// What `arflow run` books from each real statement of the corpus: every statement whose
/// entries can be read gives its payments; those whose balances do not add up (opening + booked
/// entries ≠ closing) are booked all the same and marked unproven with the difference, and with
/// `balanceMismatch: refuse` they are refused whole instead.
@Suite(.enabled(if: Corpus.isAvailable, "needs shared/corpus above the package"))
struct StatementPaymentsCorpusTests {
  /// Files refused whole by their reader: their trailers contradict their records.
  static let refusedFiles: [(String, String)] = [
    ("coda/codaparser-sample5.cod", "the trailer says statement 1 has 15 records"),
    ("coda/codaparser-sample7.cod", "the trailer says statement 1 has 22 records"),
    ("bai2/moovbai2-sample4-continuations-newline-delimited.txt", "the account trailer says"),
  ]

  static func statements(_ path: String) throws -> [BankStatement] {
    let bytes = try Corpus.bytes("bank/\(path)")
    let name = (path as NSString).lastPathComponent
    if MT940Reader.recognises(bytes) { return try MT940Reader.read(bytes, file: name) }
    if CODAReader.recognises(bytes) { return try CODAReader.read(bytes, file: name) }
    if BAI2Reader.recognises(bytes) { return try BAI2Reader.read(bytes, file: name) }
    return try CamtReader.read(bytes, file: name)
  }

  static func sums(_ payments: [Payment]) -> (credits: String, debits: String) {
    var credits: [String: Int64] = [:]
    var debits: [String: Int64] = [:]
    for payment in payments {
      let code = payment.amount.currency.code
      if payment.amount.isNegative {
        debits[code, default: 0] -= payment.amount.minorUnits
      } else {
        credits[code, default: 0] += payment.amount.minorUnits
      }
    }
    func text(_ sums: [String: Int64]) -> String {
      sums.keys.sorted().map { code in
        let currency = (try? Currency(code: code)) ?? .eur
        return Money(minorUnits: sums[code] ?? 0, currency: currency).decimalString + " " + code
      }.joined(separator: ", ")
    }
    return (text(credits), text(debits))
  }

  @Test(
    "every corpus statement books the payments checked by hand, those that do not add up unproven",
    arguments: table)
  func payments(_ row: Row) throws {
    let statements = try Self.statements(row.path)
    let file = StatementNormalizer().normalize(statements, file: row.path)
    #expect(file.rejected.count == row.refused, "\(file.rejected.map(\.reason))")
    #expect(file.rejected.allSatisfy { $0.reason.contains(row.because) })
    #expect(file.payments.count == row.payments)
    #expect(file.pending.count == row.pending)
    let (credits, debits) = Self.sums(file.payments)
    #expect(credits == row.credits)
    #expect(debits == row.debits)
    #expect(Set(file.payments.map(\.bankReference)).count == row.distinct)
    #expect(file.unprovenStatements.map(\.difference.description) == row.unproven)
    let warnings = file.warnings.filter { $0.contains("does not add up") }
    #expect(warnings.count == row.unproven.count)
    #expect(
      warnings.allSatisfy {
        $0.contains("is marked unproven")
          && $0.contains(row.payments == 0 ? "no payments to book" : "booked all the same")
      })
  }

  @Test(
    "with balanceMismatch: refuse, every statement that does not add up is refused whole",
    arguments: table.filter { !$0.unproven.isEmpty })
  func refusedWhenAsked(_ row: Row) throws {
    let statements = try Self.statements(row.path)
    let file = StatementNormalizer(balanceMismatch: .refuse).normalize(statements, file: row.path)
    #expect(file.unprovenStatements.isEmpty)
    #expect(file.rejected.count == row.refused + row.unproven.count)
    let refusals = file.rejected.filter { $0.reason.contains("does not add up") }
    #expect(refusals.count == row.unproven.count)
    #expect(refusals.allSatisfy { $0.fix.contains("nothing of this statement was booked") })
    let differences = row.unproven.map { "(difference \($0.split(separator: " ")[0]))" }
    #expect(zip(refusals, differences).allSatisfy { $0.reason.contains($1) })
  }

  @Test("files whose trailers contradict their records are refused by the reader, located")
  func refusedFiles() throws {
    for (path, phrase) in Self.refusedFiles {
      #expect {
        _ = try Self.statements(path)
      } throws: { error in
        let parseError = error as? ParseError
        return parseError?.message.contains(phrase) == true && parseError?.line != nil
      }
    }
  }
}
