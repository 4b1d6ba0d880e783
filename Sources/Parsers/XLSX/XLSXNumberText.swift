/// Excel's numbers written as the plain decimal text the normaliser reads.
enum XLSXNumberText {
  /// The shortest decimal that reads back as the same double, without exponent and without a
  /// `.0` on whole numbers: `1234.5`, `-12`, `0.30000000000000004`, `1234567890123456`,
  /// `0.00001`. Nil for infinity and NaN, which no workbook cell holds.
  static func text(_ value: Double) -> String? {
    guard value.isFinite else { return nil }
    if value == 0 { return "0" }
    // Swift's description is the shortest round-trip form: `1234.5`, `12.0`, and with an
    // exponent below 1e-4 and from 2^53 on: `1.234567890123456e+16`, `1e-05`.
    let written = value.description
    let bytes = written.utf8
    guard bytes.contains(UInt8(ascii: "e")) else {
      return bytes.last == UInt8(ascii: "0") && bytes.dropLast().last == UInt8(ascii: ".")
        ? String(written.dropLast(2)) : written
    }
    return expanded(written)
  }

  /// `1.234567890123456e+16` as `12345678901234560`, `-1e-05` as `-0.00001`.
  private static func expanded(_ written: String) -> String {
    let negative = written.hasPrefix("-")
    let parts = written.drop { $0 == "-" }.split(separator: "e", maxSplits: 1)
    let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
    let mantissa = parts[0].split(separator: ".", maxSplits: 1)
    let whole = String(mantissa[0])
    let digits = whole + (mantissa.count == 2 ? String(mantissa[1]) : "")
    let point = whole.count + exponent
    var integer: String
    var fraction: String
    if point <= 0 {
      integer = "0"
      fraction = String(repeating: "0", count: -point) + digits
    } else if point >= digits.count {
      integer = digits + String(repeating: "0", count: point - digits.count)
      fraction = ""
    } else {
      integer = String(digits.prefix(point))
      fraction = String(digits.dropFirst(point))
    }
    integer = String(integer.drop { $0 == "0" })
    if integer.isEmpty { integer = "0" }
    while fraction.last == "0" { fraction.removeLast() }
    let sign = negative ? "-" : ""
    return fraction.isEmpty ? sign + integer : sign + integer + "." + fraction
  }
}
