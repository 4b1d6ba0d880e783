/// Reads an identifier cell (invoice number, customer number, reference) as text.
///
/// Identifiers are never numbers: leading zeros stay. Excel's guards are taken off
/// (`="00123"`, `'00123`), and a value Excel already turned into scientific notation
/// (`1.23E+15`) is refused, because its digits are gone.
public struct IdentifierReader: Sendable {
  public init() {}

  /// The identifier in `text`, without surrounding spaces or Excel's text guards.
  /// - Throws: `ValueProblem` with code `missing` for an empty cell, or `changedByExcel` for
  ///   an identifier in scientific notation.
  public func identifier(_ text: String) throws(ValueProblem) -> String {
    var value = CellText.trimmed(text)
    if value.hasPrefix("=\""), value.hasSuffix("\""), value.count >= 3 {
      value = CellText.trimmed(value.dropFirst(2).dropLast())
    } else if value.hasPrefix("'") {
      value = CellText.trimmed(value.dropFirst())
    }
    guard !value.isEmpty else { throw ValueProblem.missing("identifier") }
    if IdentifierReader.isScientific(value) {
      throw ValueProblem(
        .changedByExcel,
        "Excel changed this identifier into the number \(value); the original digits are lost",
        fix:
          "export the column as text (in Excel: format the column as Text before saving, or use 'CSV UTF-8' from the accounting system directly)"
      )
    }
    return String(value)
  }

  /// Excel's scientific notation: one digit, optional decimals, "E", a sign and the exponent
  /// ("1.23E+15", "1,23E+15", "4E+11"). "2024E001" or "12E3" are left alone: Excel never
  /// writes them.
  static func isScientific(_ value: Substring) -> Bool {
    guard let e = value.firstIndex(where: { $0 == "E" || $0 == "e" }) else { return false }
    let mantissa = value[..<e]
    let exponent = value[value.index(after: e)...]
    guard let sign = exponent.first, sign == "+" || sign == "-",
      CellText.isDigits(exponent.dropFirst()), exponent.count <= 4,
      let first = mantissa.first, CellText.isDigit(first)
    else { return false }
    let decimals = mantissa.dropFirst()
    return decimals.isEmpty
      || ((decimals.first == "." || decimals.first == ",")
        && CellText.isDigits(decimals.dropFirst()))
  }
}
