import Dunning
import Exporter
import Foundation
import Receivables

/// `review.csv` of a reminder batch: the documents that were not sent but wait for a person,
/// with the reasons (an unplaced payment, a pending suggestion, an unapplied credit note, no
/// address), and items that could not be planned at all.
struct ReviewList {
  let entries: [ReviewEntry]
  let customers: [String: Customer]

  static let header = [
    "customer_id", "customer_name", "currency", "document", "level", "items", "reason_codes",
    "reasons",
  ]

  func csv() -> Data {
    var text = CSVText()
    text.append(Self.header)
    for entry in entries {
      text.append([
        entry.customerID, customers[entry.customerID]?.name ?? "", entry.currency?.code ?? "",
        entry.documentKind?.rawValue ?? "", entry.level.map(String.init) ?? "",
        entry.itemNumbers.joined(separator: " "),
        entry.reasons.map(\.code).joined(separator: " "),
        entry.reasons.map(\.description).joined(separator: "; "),
      ])
    }
    return Data(text.text.utf8)
  }
}
