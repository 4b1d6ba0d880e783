import Parsers
import Receivables

/// The totals of an e-invoice read as money in the document currency, with the warnings
/// their reading gave (a `currencyID` that is not the document's, too many decimals).
struct EInvoiceTotalsRead {
  var payable: Money
  var taxInclusive: Money?
  var prepaid: Money?
  var rounding: Money?
  var warnings: [String] = []

  /// - Throws: `EInvoiceProblem` when the amount due (BT-115) is missing, not an amount, or
  ///   stated in another currency than the invoice's.
  init(_ totals: EInvoiceTotals, currency: Currency) throws(EInvoiceProblem) {
    guard let payableText = totals.payable else {
      throw EInvoiceProblem(
        "the invoice states no amount due for payment (BT-115)", element: nil, line: nil,
        fix: "ask the sender for a complete invoice with PayableAmount / DuePayableAmount")
    }
    if let stated = payableText.qualifier, stated != currency.code {
      throw EInvoiceProblem(
        "the amount due is stated in \(stated) but the invoice currency (BT-5) is \(currency.code)",
        at: payableText, fix: "ask the sender for a corrected invoice")
    }
    payable = try EInvoiceValues.amount(payableText, name: "amount due", currency: currency)
    var warnings: [String] = []
    func optional(_ value: XMLText?, _ name: String) -> Money? {
      guard let value else { return nil }
      if let stated = value.qualifier, stated != currency.code {
        warnings.append(
          "currency: the \(name) is stated in \(stated), the invoice currency is \(currency.code) (\(value.path), line \(value.line))"
        )
      }
      do {
        return try EInvoiceValues.amount(value, name: name, currency: currency)
      } catch {
        warnings.append("decimals: \(error.message) (\(value.path), line \(value.line))")
        return nil
      }
    }
    taxInclusive = optional(totals.taxInclusive, "total with VAT (BT-112)")
    prepaid = optional(totals.prepaid, "prepaid amount (BT-113)")
    rounding = optional(totals.rounding, "rounding amount (BT-114)")
    self.warnings = warnings
  }

  /// BR-CO-16: amount due = total with VAT − prepaid + rounding; a warning when it does not hold.
  func amountDueCheck(_ totals: EInvoiceTotals) -> String? {
    guard let taxInclusive else { return nil }
    let expected =
      taxInclusive.minorUnits - (prepaid?.minorUnits ?? 0) + (rounding?.minorUnits ?? 0)
    guard expected != payable.minorUnits else { return nil }
    let currency = payable.currency
    let expectedText = Money(minorUnits: expected, currency: currency).decimalString
    let place = totals.payable.map { " (\($0.path), line \($0.line))" } ?? ""
    return
      "BR-CO-16: the amount due \(payable.decimalString) is not total with VAT − prepaid + rounding = \(expectedText) \(currency.code)\(place); the amount due is booked as written"
  }
}
