import Foundation

/// CSV text as arflow writes it, for every CSV file in the outbox and beside failed inputs
/// (RFC 4180: CRLF line ends, quotes only where needed).
///
/// A text cell a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return and is not a plain number) gets a leading apostrophe, as OWASP advises for
/// CSV injection: a customer named `=HYPERLINK(…)` is shown, never run. Amounts and plain
/// numbers (`-12.50`, `+3`, `-1.234,56`) are written as they are.
public struct CSVText: Sendable {
  public private(set) var text = ""
  /// The field separator: `,` by default; a source's own (`;`, tab) for files people correct
  /// and drop in again.
  public let delimiter: Character

  public init(delimiter: Character = ",") {
    self.delimiter = delimiter
  }

  /// Appends one record.
  public mutating func append(_ fields: [String]) {
    text += fields.map { quoted(Self.defused($0)) }.joined(separator: String(delimiter)) + "\r\n"
  }

  /// The cell as a spreadsheet may safely open it: an apostrophe before a would-be formula.
  public static func defused(_ field: String) -> String {
    guard let first = field.unicodeScalars.first,
      ["=", "+", "-", "@", "\t", "\r"].contains(first), !isPlainNumber(field)
    else { return field }
    return "'" + field
  }

  /// Whether the text is an optional sign, digits, and groups of digits after `.` or `,`.
  static func isPlainNumber(_ field: String) -> Bool {
    var scalars = Substring(field).unicodeScalars.makeIterator()
    guard var current = scalars.next() else { return false }
    if current == "+" || current == "-" {
      guard let next = scalars.next() else { return false }
      current = next
    }
    var previousWasDigit = false
    var scalar: Unicode.Scalar? = current
    while let character = scalar {
      if ("0"..."9").contains(character) {
        previousWasDigit = true
      } else if character == "." || character == ",", previousWasDigit {
        previousWasDigit = false
      } else {
        return false
      }
      scalar = scalars.next()
    }
    return previousWasDigit
  }

  private func quoted(_ field: String) -> String {
    guard
      field.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" })
    else {
      return field
    }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
