/// A column name reduced to its letters and digits, lower case, so that "Invoice No.",
/// "invoice_no" and "\u{FEFF}INVOICE NO" compare equal.
struct ColumnName: Hashable, Sendable {
  let key: String

  init(_ text: String) {
    key = String(
      text.lowercased().unicodeScalars.filter {
        $0.properties.isAlphabetic || ("0"..."9").contains($0)
      }.map(Character.init))
  }
}
