import Parsers
import Receivables

/// Resolves an e-invoice's due date in a fixed order and says which step gave it: the
/// document's due date (BT-9); the payment instructions' due date; for a credit, its issue
/// date; the customer's terms, then the source's default terms from the mapping.
struct EInvoiceDueDate {
  let document: EInvoiceDocument
  let mapping: SourceMapping

  /// - Throws: `EInvoiceProblem` when a written due date is not a date, or nothing gives one.
  func resolve(issueDate: LocalDate, customerID: String, isCredit: Bool)
    throws(EInvoiceProblem) -> (date: LocalDate, basis: DueDateBasis)
  {
    if let written = document.dueDate {
      let element = document.syntax == .ubl ? "cbc:DueDate" : "ram:DueDateDateTime"
      return (
        try EInvoiceValues.date(written, name: "due date"),
        DueDateBasis(.document, source: element)
      )
    }
    if let written = document.paymentMeans.lazy.compactMap(\.dueDate).first {
      return (
        try EInvoiceValues.date(written, name: "payment due date"),
        DueDateBasis(.paymentMeans, source: "cac:PaymentMeans/cbc:PaymentDueDate")
      )
    }
    if isCredit {
      return (issueDate, DueDateBasis(.issueDate))
    }
    if let days = mapping.eInvoices.customerTerms[customerID] {
      return (
        issueDate.adding(days: days),
        DueDateBasis(.customerTerms, days: days, source: mapping.name)
      )
    }
    if let days = mapping.defaults.paymentTermsDays {
      return (
        issueDate.adding(days: days),
        DueDateBasis(.sourceTerms, days: days, source: mapping.name)
      )
    }
    throw EInvoiceProblem(
      "the invoice has no due date (BT-9) and mapping \(mapping.name) gives no payment terms",
      element: nil, line: document.rootLine,
      fix:
        "set defaults.paymentTermsDays (or eInvoices.customerTerms) in mappings/sources/\(mapping.name).yaml"
    )
  }
}
