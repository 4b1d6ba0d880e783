import Exporter
import Foundation
public import Ledger
public import Receivables

/// `arflow items` and `arflow item NUMBER`: the open items as a table, CSV or JSON, and one
/// item with its whole history.
public struct ItemsText: Sendable {
  let items: [OpenItem]
  let customers: [String: Customer]
  let asOf: LocalDate

  /// The open items of the pipeline's ledger, oldest due date first; only a customer's, only
  /// those overdue on `date`, when asked.
  /// - Throws: `LedgerError`.
  public init(of pipeline: PipelineRun, asOf date: LocalDate, customer: String?, overdue: Bool)
    throws(LedgerError)
  {
    items = try pipeline.ledger.openItems().filter {
      (customer == nil || $0.customerID == customer) && (!overdue || $0.daysOverdue(on: date) > 0)
    }
    customers = try pipeline.ledger.customers()
    asOf = date
  }

  static let columns = [
    "number", "kind", "customer_id", "customer_name", "issue_date", "due_date", "days_overdue",
    "amount", "open_amount", "currency", "payment_reference",
  ]

  private func fields(_ item: OpenItem) -> [String] {
    [
      item.number, item.kind.rawValue, item.customerID, customers[item.customerID]?.name ?? "",
      item.issueDate.iso8601, item.dueDate.iso8601, String(max(0, item.daysOverdue(on: asOf))),
      item.amount.decimalString, item.openAmount.decimalString, item.currency.code,
      item.paymentReference?.formatted ?? item.paymentReferenceText ?? "",
    ]
  }

  /// The items as CSV with a header (formula-safe, like every CSV arflow writes).
  public var csv: String {
    var csv = CSVText()
    csv.append(Self.columns)
    for item in items { csv.append(fields(item)) }
    return csv.text
  }

  /// The items as one JSON array of objects named like the CSV columns.
  public func json() throws -> String {
    let objects = items.map { Dictionary(uniqueKeysWithValues: zip(Self.columns, fields($0))) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(objects), as: UTF8.self)
  }

  /// The items as a table for people, with totals per currency.
  public var text: String {
    guard !items.isEmpty else { return "No open items.\n" }
    var lines = items.map { item in
      let days = item.daysOverdue(on: asOf)
      let overdue =
        days > 0 ? "\(Plural.count(days, "day")) overdue" : "due \(item.dueDate.iso8601)"
      return
        "\(item.number.padding(16)) \(item.customerID.padding(10)) \(overdue.padding(18)) \(item.openAmount.decimalString) \(item.currency.code)"
    }
    var totals: [Currency: Int64] = [:]
    for item in items { totals[item.currency, default: 0] += item.openAmount.minorUnits }
    lines.append(
      "\(Plural.count(items.count, "item")) open: "
        + totals.keys.sorted().map {
          "\(Money(minorUnits: totals[$0] ?? 0, currency: $0).decimalString) \($0.code)"
        }.joined(separator: ", "))
    return lines.joined(separator: "\n") + "\n"
  }

  /// One item and its whole history (bookings, allocations, reminders, holds), for people.
  /// - Throws: `LedgerError` `unknownRecord` when there is no such item.
  public static func history(of number: String, in pipeline: PipelineRun) throws(LedgerError)
    -> String
  {
    guard let item = try pipeline.ledger.item(number: number) else {
      throw LedgerError.unknownItem(number)
    }
    var text = "\(item.kind == .invoice ? "Invoice" : "Credit note") \(item.number)"
    text += " of customer \(item.customerID)\n"
    text += "  issued \(item.issueDate.iso8601), due \(item.dueDate.iso8601)"
    if let basis = item.dueDateBasis { text += " (\(basis))" }
    text += "\n  amount \(item.amount.decimalString) \(item.currency.code), "
    text += "open \(item.openAmount.decimalString) \(item.currency.code)\n"
    if let reference = item.paymentReference?.formatted ?? item.paymentReferenceText {
      text += "  payment reference \(reference)\n"
    }
    if let document = try pipeline.ledger.documentFile(ofItem: number) {
      text += "  original file \(document)\n"
    }
    text += "History:\n"
    for entry in try pipeline.ledger.history(ofItem: number) {
      text += "  \(entry.date.iso8601)  \(entry.event.rawValue.padding(16)) \(entry.detail)\n"
    }
    return text
  }
}
