/// How a CSV file separates and quotes its fields.
struct CSVDialect: Equatable, Sendable {
  /// The field separator byte.
  let delimiter: UInt8
  /// The quote byte, or nil when quotes are ordinary characters.
  let quote: UInt8?

  /// Comma-separated with double quotes: what RFC 4180 describes and an empty file gets.
  static let standard = CSVDialect(delimiter: UInt8(ascii: ","), quote: UInt8(ascii: "\""))

  /// The delimiters the sniffer considers, in the order that wins a tie.
  static let candidateDelimiters: [UInt8] = [
    UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|"),
  ]
}
