public import Foundation
import Normalizer
import Receivables

/// The output of `arflow inspect`: JSON lines with stable field names (see `mappings/README.md`),
/// or text for people.
public struct InspectionLines: Sendable {
  let inspection: FileInspection
  let file: String

  public init(inspection: FileInspection, file: String) {
    self.inspection = inspection
    self.file = file
  }

  /// One JSON object per line: the records, the rejected rows, then the summary.
  public func json() -> [String] {
    var lines: [any Encodable] = []
    if let normalized = inspection.normalized {
      let names = Dictionary(normalized.customers.map { ($0.id, $0.name) }) { first, _ in first }
      lines += normalized.customers.map(CustomerLine.init)
      lines += normalized.items.map { ItemLine($0, customerName: names[$0.customerID]) }
      lines += normalized.payments.map { PaymentLine($0, status: "booked") }
      lines += normalized.pending.map { PaymentLine($0, status: "pending") }
      lines += normalized.creditAssessments.map(CreditInfoLine.init)
      lines += normalized.holdInstructions.map(HoldLine.init)
      lines += normalized.rejected.map(RejectedLine.init)
    }
    lines.append(summary)
    return lines.map(Self.encode)
  }

  /// The rows the CSV reader saw, as JSON arrays, then the summary.
  public func raw() -> [String] {
    (inspection.rawRows ?? []).map { Self.encode($0) } + [Self.encode(summary)]
  }

  /// How the file was read, for people.
  public func text() -> String {
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
    if !normalized.holdInstructions.isEmpty {
      text += "\(normalized.holdInstructions.count) holds, "
    }
    text += "\(normalized.rejected.count) rejected, \(normalized.skipped.count) skipped\n"
    for reject in normalized.rejected {
      text += "  rejected \(reject.location): \(reject.reason) (\(reject.fix))\n"
    }
    for skip in normalized.skipped { text += "  skipped \(skip)\n" }
    for warning in normalized.warnings { text += "  warning: \(warning)\n" }
    return text
  }

  private var summary: SummaryLine { SummaryLine(inspection, file: file) }

  private func printable(_ delimiter: String?) -> String {
    switch delimiter {
    case "\t": "tab"
    case let value?: "'\(value)'"
    case nil: "-"
    }
  }

  static func encode(_ value: any Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
