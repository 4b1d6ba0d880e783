import Foundation

/// The `:61:` statement line, read by the SWIFT grammar
/// `6!n[4!n]2a[1!a]15d1!a3!c16x[//16x]` with `[34x]` supplementary details on the next line:
/// value date, entry date, debit/credit mark, funds code, amount, transaction type, the account
/// owner's reference and the bank's reference. A line without its transaction type (`N` and
/// three characters), as some banks write it, is read with a warning.
///
/// Marks: `C` credit, `D` debit, `RC` a reversed credit (booked as a debit), `RD` a reversed debit
/// (booked as a credit), `EC`/`ED` an expected (not yet booked) credit or debit. `CR` and `DR`,
/// which some German savings banks write, are `C` and `D` followed by the funds code `R` (the
/// third letter of EUR), as the grammar reads them; that is also what makes their statements add
/// up.
struct MT940StatementLine {
  var valueDate: MT940Day
  var entryDate: MT940Day?
  var creditDebit: CreditDebit
  var isReversal = false
  var isExpected = false
  /// The third letter of the currency, when written (`R` for EUR, `K` for NOK).
  var fundsCode: Character?
  /// A plain decimal with a dot.
  var amount: String
  /// `NTRF`, `NMSC`, `FCHG`, `S103`, `N192`…; nil when the bank left it out.
  var transactionType: String?
  var customerReference: String?
  var bankReference: String?
  /// The second line of `:61:` (some banks put the other party's account or name there).
  var supplementaryDetails: String?
  /// What was tolerated: a line without a transaction type.
  var warnings: [String] = []

  /// Reads the `:61:` field. When its first line stops short, the first two lines are tried as
  /// one, since some banks break the line after the mark or after the amount (a second line
  /// that is an account number is the supplementary details, never the rest of the line).
  /// - Throws: `malformedStatementLine` or `invalidStatementDate`, at `place`.
  init(_ field: MT940Field, at place: MT940Place) throws(ParseError) {
    let first = field.lines.first ?? ""
    let rest = Array(field.lines.dropFirst())
    let joined = { () -> MT940StatementLine? in
      guard let second = rest.first else { return nil }
      return try? MT940StatementLine(
        parsing: first + second, supplementary: Array(rest.dropFirst()), at: place)
    }
    do throws(ParseError) {
      let line = try MT940StatementLine(parsing: first, supplementary: rest, at: place)
      if line.transactionType == nil, line.customerReference == nil, line.bankReference == nil,
        let second = rest.first?.trimmingCharacters(in: .whitespaces),
        MT940LineReader.transactionType(at: second) != nil,
        !MT940AccountShape.isAccountNumber(second), let whole = joined()
      {
        self = whole
      } else {
        self = line
      }
    } catch {
      guard let whole = joined() else { throw error }
      self = whole
    }
  }

  private init(parsing text: String, supplementary: [String], at place: MT940Place)
    throws(ParseError)
  {
    var reader = MT940LineReader(text: text, place: place)
    valueDate = try reader.valueDate()
    entryDate = try reader.entryDate(near: valueDate)
    (creditDebit, isReversal, isExpected) = try reader.mark()
    fundsCode = reader.fundsCode()
    amount = try reader.amount()
    transactionType = reader.transactionType()
    if transactionType == nil {
      warnings.append(
        "the :61: booking line on line \(place.line) has no transaction type (such as NTRF or "
          + "NMSC) after the amount: \"\(text)\"; it was read as a booking without one")
    }
    let references = reader.remainder()
    if let split = references.range(of: "//") {
      customerReference = Self.nonEmpty(references[..<split.lowerBound])
      bankReference = Self.nonEmpty(references[split.upperBound...])
    } else {
      customerReference = Self.nonEmpty(references)
    }
    supplementaryDetails = Self.nonEmpty(
      supplementary.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        .joined(separator: " "))
  }

  private static func nonEmpty(_ text: some StringProtocol) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    return trimmed.isEmpty ? nil : trimmed
  }
}
