import Parsers
import Receivables

/// A booking line of a journal export (DATEV Buchungsstapel) seen from the customer's account:
/// which customer account it touches and with which sign.
struct CustomerAccountBooking {
  let customerID: String
  let signed: SignedAmount

  /// True when the account or the contra account of the row is a customer account.
  static func touches(_ range: ClosedRange<Int>, _ cells: RowCells) -> Bool {
    [cells.text("account"), cells.text("contraAccount")].contains { text in
      text.flatMap { Int($0) }.map(range.contains) ?? false
    }
  }

  /// - Returns: nil when neither the account nor the contra account is a customer account.
  init?(cells: RowCells, range: ClosedRange<Int>, signed: SignedAmount) throws(ValueProblem) {
    let account = cells.text("account").flatMap { Int($0) }
    let contra = cells.text("contraAccount").flatMap { Int($0) }
    if let account, range.contains(account) {
      customerID = String(account)
      self.signed = signed
    } else if let contra, range.contains(contra) {
      // Debiting the account credits the contra account: the customer's side is the opposite.
      customerID = String(contra)
      let flipped = (try? signed.amount.negated()) ?? signed.amount
      self.signed = SignedAmount(flipped)
    } else {
      return nil
    }
  }
}
