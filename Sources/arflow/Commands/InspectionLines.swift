import Foundation
import Normalizer
import Pipeline
import Receivables

/// The output of `arflow inspect`: JSON lines with stable field names, or text for people.
struct InspectionLines {
  let inspection: FileInspection
  let file: String

  func json() -> [String] {
    var lines: [[String: Any]] = []
    if let normalized = inspection.normalized {
      let names = Dictionary(normalized.customers.map { ($0.id, $0.name) }) { first, _ in first }
      lines += normalized.customers.map(customer)
      lines += normalized.items.map { item($0, customerName: names[$0.customerID]) }
      lines += normalized.payments.map { payment($0, status: "booked") }
      lines += normalized.pending.map { payment($0, status: "pending") }
      lines += normalized.creditAssessments.map(assessment)
      lines += normalized.rejected.map(rejected)
    }
    lines.append(summary())
    return lines.map(Self.encode)
  }

  func raw() -> [String] {
    (inspection.rawRows ?? []).map { Self.encode($0) } + [Self.encode(summary())]
  }

  func text() -> String {
    guard let normalized = inspection.normalized else {
      return "\(file) cannot be read: \(inspection.failure ?? "")\n"
    }
    var text = "\(file): read as \(normalized.kind) with \(normalized.readAs)"
    if let reason = normalized.mappingReason { text += " (\(reason))" }
    text +=
      "\n  encoding \(normalized.encoding ?? "-"), delimiter \(printable(normalized.delimiter))\n"
    text += "  \(normalized.items.count) items, \(normalized.customers.count) customers, "
    text +=
      "\(normalized.payments.count) payments, \(normalized.creditAssessments.count) credit assessments, "
    text += "\(normalized.rejected.count) rejected, \(normalized.skipped.count) skipped\n"
    for reject in normalized.rejected {
      text += "  rejected \(reject.location): \(reject.reason) (\(reject.fix))\n"
    }
    for skip in normalized.skipped { text += "  skipped \(skip)\n" }
    for warning in normalized.warnings { text += "  warning: \(warning)\n" }
    return text
  }

  private func printable(_ delimiter: String?) -> String {
    switch delimiter {
    case "\t": "tab"
    case let value?: "'\(value)'"
    case nil: "-"
    }
  }

  private func source(_ location: SourceLocation) -> [String: Any] {
    var source: [String: Any] = ["file": location.file]
    source["line"] = location.line ?? NSNull()
    if let element = location.element { source["element"] = element }
    return source
  }

  private func customer(_ customer: Customer) -> [String: Any] {
    [
      "kind": "customer", "id": customer.id, "name": customer.name,
      "email": customer.email ?? NSNull(), "language": customer.language?.rawValue ?? NSNull(),
      "street": customer.address?.street ?? NSNull(),
      "postalCode": customer.address?.postalCode ?? NSNull(),
      "city": customer.address?.city ?? NSNull(),
      "country": customer.address?.countryCode ?? NSNull(),
    ]
  }

  private func item(_ item: OpenItem, customerName: String?) -> [String: Any] {
    var line: [String: Any] = [
      "kind": item.kind == .invoice ? "invoice" : "creditNote", "number": item.number,
      "customerId": item.customerID, "customerName": customerName ?? NSNull(),
      "issueDate": item.issueDate.iso8601, "dueDate": item.dueDate.iso8601,
      "amount": item.amount.decimalString, "openAmount": item.openAmount.decimalString,
      "currency": item.currency.code,
      "paymentReference": item.paymentReference?.value ?? item.paymentReferenceText ?? NSNull(),
      "source": source(item.source),
    ]
    if let basis = item.dueDateBasis {
      line["dueDateBasis"] = basis.origin.rawValue
      line["dueDateReason"] = basis.description
    }
    if let typeCode = item.typeCode { line["typeCode"] = typeCode }
    if let preceding = item.precedingInvoice { line["precedingInvoice"] = preceding }
    if let hold = item.dunningHold { line["dunningHold"] = hold }
    if let from = item.dunnableFrom { line["dunnableFrom"] = from.iso8601 }
    if !item.warnings.isEmpty { line["warnings"] = item.warnings }
    if !item.provenance.isEmpty { line["provenance"] = item.provenance }
    return line
  }

  private func payment(_ payment: Payment, status: String) -> [String: Any] {
    var line: [String: Any] = [
      "kind": "payment", "bankReference": payment.bankReference,
      "bookingDate": payment.bookingDate.iso8601, "valueDate": payment.valueDate.iso8601,
      "amount": payment.amount.magnitude.decimalString, "currency": payment.amount.currency.code,
      "direction": payment.amount.isNegative ? "debit" : "credit",
      "payerName": payment.counterpartyName ?? NSNull(),
      "payerIban": payment.counterpartyIBAN ?? NSNull(),
      "reference": payment.structuredReference ?? NSNull(),
      "remittance": payment.remittanceText ?? NSNull(),
      "endToEndId": payment.endToEndID ?? NSNull(), "source": source(payment.source),
      "status": status,
    ]
    if let account = payment.account { line["account"] = account }
    if payment.isReversal { line["reversal"] = true }
    if let reason = payment.returnReason { line["returnReason"] = reason }
    if let code = payment.transactionCode { line["transactionCode"] = code }
    if let mandate = payment.mandateID { line["mandateId"] = mandate }
    if let ultimate = payment.ultimateDebtor { line["ultimateDebtor"] = ultimate }
    return line
  }

  private func assessment(_ assessment: CreditAssessment) -> [String: Any] {
    [
      "kind": "creditInfo", "customerId": assessment.customerID,
      "score": assessment.score.map { $0 as Any } ?? NSNull(),
      "creditLimit": assessment.creditLimit?.decimalString ?? NSNull(),
      "currency": assessment.creditLimit?.currency.code ?? NSNull(),
      "assessedOn": assessment.assessedOn.iso8601, "source": source(assessment.source),
    ]
  }

  private func rejected(_ record: RejectedRecord) -> [String: Any] {
    var line: [String: Any] = [
      "kind": "rejected", "line": record.location.line ?? NSNull(), "reason": record.reason,
      "fix": record.fix,
    ]
    if let element = record.location.element { line["element"] = element }
    return line
  }

  private func summary() -> [String: Any] {
    let normalized = inspection.normalized
    var summary: [String: Any] = [
      "kind": "summary", "file": file, "mapping": normalized?.readAs ?? NSNull(),
      "encoding": normalized?.encoding ?? NSNull(), "delimiter": normalized?.delimiter ?? NSNull(),
      "records": (normalized?.items.count ?? 0) + (normalized?.payments.count ?? 0)
        + (normalized?.customers.count ?? 0) + (normalized?.creditAssessments.count ?? 0),
      "rejected": normalized?.rejected.count ?? 0, "skipped": normalized?.skipped.count ?? 0,
      "warnings": normalized?.warnings ?? [],
    ]
    if let failure = inspection.failure { summary["error"] = failure }
    return summary
  }

  static func encode(_ object: Any) -> String {
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
