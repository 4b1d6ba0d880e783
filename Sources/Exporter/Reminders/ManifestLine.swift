import Foundation
import Receivables

/// One letter's line in a batch manifest.
struct ManifestLine: Encodable {
  var batch: String
  var file: String
  var customerId: String
  var customerName: String
  var channel: String
  var level: Int
  var levelName: String
  var items: [String]
  var currency: String
  var total: String
  var references: [String]

  static let header = [
    "batch", "file", "customer_id", "customer_name", "channel", "level", "level_name", "items",
    "currency", "total", "references",
  ]

  init(batchID: String, file: String, letter: ReminderLetter) {
    batch = batchID
    self.file = file
    customerId = letter.customer.id
    customerName = letter.customer.name
    channel = (letter.reminders.first?.channel ?? .letter).rawValue
    level = letter.reminders.map(\.level).max() ?? 1
    levelName = letter.reminders.first?.levelName ?? ""
    items = letter.reminders.map(\.itemNumber)
    currency = letter.total.currency.code
    total = letter.total.decimalString
    references = letter.paymentReferences.map(\.value)
  }

  var fields: [String] {
    [
      batch, file, customerId, customerName, channel, String(level), levelName,
      items.joined(separator: " "), currency, total, references.joined(separator: " "),
    ]
  }

  static func json(_ lines: [ManifestLine], batchID: String, asOf: LocalDate) throws(ExportError)
    -> Data
  {
    struct Manifest: Encodable {
      var batch: String
      var asOf: String
      var letters: [ManifestLine]
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    do {
      return try encoder.encode(Manifest(batch: batchID, asOf: asOf.iso8601, letters: lines))
    } catch {
      throw ExportError("the manifest cannot be written: \(error)", fix: "this is a bug in arflow")
    }
  }
}
