import Parsers
import Receivables

/// Opening balance + booked entries = closing balance, per statement: the statement's own
/// proof that no booking was missed or read wrong.
struct StatementBalanceProof {
  let statement: BankStatement

  /// The problem, when the balances are there and do not add up; nil when they add up or the
  /// statement states no opening and closing balance (camt.052/054, MT942).
  /// - Parameter bookedMinorUnits: the signed sum of the booked entries, in minor units.
  func problem(bookedMinorUnits: Int64) throws(ValueProblem) -> ValueProblem? {
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
    let sum = try signed(opening.amount, opening.creditDebit, currency) + bookedMinorUnits
    let closingAmount = try signed(closing.amount, closing.creditDebit, currency)
    guard sum != closingAmount else { return nil }
    let text = { (minor: Int64) in Money(minorUnits: minor, currency: currency).decimalString }
    let booked = bookedMinorUnits
    return ValueProblem(
      .notAnAmount,
      "the statement does not add up: opening balance \(text(try signed(opening.amount, opening.creditDebit, currency))) + booked entries \(text(booked)) = \(text(sum)) \(currency.code), but the closing balance is \(text(closingAmount)) (difference \(text(closingAmount - sum)))",
      fix:
        "an entry is missing or was changed: export the statement again from online banking; nothing of this statement was booked"
    )
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
