import Exporter
import Foundation

extension BatchManifest {
  /// The columns of `manifest.csv`: those of earlier versions first, unchanged, then the
  /// document's status and reason, the address lines, language and page count.
  static let csvHeader = [
    "batch", "file", "customer_id", "customer_name", "channel", "level", "level_name", "items",
    "currency", "total", "references", "status", "reason", "address_1", "address_2",
    "address_3", "address_4", "language", "pages",
  ]

  /// `manifest.csv`: one row per document, for the mail room and spreadsheets.
  func csv() -> Data {
    var text = CSVText()
    text.append(Self.csvHeader)
    for document in documents {
      let address = document.addressLines ?? []
      text.append(
        [
          batch, document.file ?? "", document.customerId, document.customerName ?? "",
          document.channel, document.level.map(String.init) ?? "", document.levelName ?? "",
          document.items.filter { $0.state == "reminded" || $0.state == "open" }.map(\.number)
            .joined(separator: " "),
          document.currency, document.total, document.reference ?? "", document.status,
          document.reason ?? "",
        ] + (0..<4).map { $0 < address.count ? address[$0] : "" }
          + [document.language ?? "", document.pages.map(String.init) ?? ""])
    }
    return Data(text.text.utf8)
  }
}
