import Parsers
import Receivables

/// Opening balance + booked entries = closing balance, per statement: the statement's own
/// proof that no booking was missed or read wrong.
struct StatementBalanceProof {
  let statement: BankStatement
  let file: String

  /// What was off, when the balances are there and do not add up; nil when they add up or the
  /// statement states no opening and closing balance (camt.052/054, MT942).
  /// - Parameter bookedMinorUnits: the signed sum of the booked entries, in minor units.
  /// - Throws: `ValueProblem` when a balance or its currency cannot be read.
  func unproven(bookedMinorUnits: Int64) throws(ValueProblem) -> UnprovenStatement? {
    guard let opening = statement.openingBalance, let closing = statement.closingBalance else {
      return nil
    }
    let code = opening.currency ?? closing.currency ?? statement.currency ?? ""
    let currency: Currency
    do {
      currency = try Currency(code: code)
    } catch {
      throw ValueProblem(
        .notAnAmount, "the statement's balances have no readable currency ('\(code)')",
        fix: "ask the bank for a corrected statement")
    }
    let openingAmount = try signed(opening.amount, opening.creditDebit, currency)
    let closingAmount = try signed(closing.amount, closing.creditDebit, currency)
    let sum = openingAmount &+ bookedMinorUnits
    guard sum != closingAmount else { return nil }
    let money = { (minor: Int64) in Money(minorUnits: minor, currency: currency) }
    let text = { (minor: Int64) in money(minor).decimalString }
    let detail =
      "the statement does not add up: opening balance \(text(openingAmount)) + booked entries "
      + "\(text(bookedMinorUnits)) = \(text(sum)) \(currency.code), but the closing balance is "
      + "\(text(closingAmount)) (difference \(text(closingAmount &- sum)))"
    let date = [closing.date, statement.createdOn].lazy.compactMap { $0 }
      .compactMap { try? LocalDate(iso8601: $0) }.first
    return UnprovenStatement(
      account: statement.account, statementID: statement.statementID, statementDate: date,
      opening: money(openingAmount), booked: money(bookedMinorUnits),
      closing: money(closingAmount), detail: detail,
      source: SourceLocation(file: file, line: statement.line, element: statement.path))
  }

  private func signed(_ amount: String, _ direction: CreditDebit, _ currency: Currency)
    throws(ValueProblem) -> Int64
  {
    do {
      let money = try Money(decimal: amount, currency: currency)
      return direction == .credit ? money.minorUnits : -money.minorUnits
    } catch {
      throw ValueProblem(
        .notAnAmount, "the amount '\(amount)' cannot be read: \(error.message)",
        fix: "ask the bank for a corrected statement")
    }
  }
}
