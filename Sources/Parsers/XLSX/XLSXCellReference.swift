/// A cell's A1-style name (`F7`, `AA12`, `XFD1048576`) and its 0-based column.
enum XLSXCellReference {
  /// The widest sheet Excel has: column XFD, the 16,384th.
  static let columnCount = 16_384

  /// The 0-based column of a cell name's letters (`A1` → 0, `AA3` → 26, `XFD9` → 16383), or
  /// nil when the name does not start with 1 to 3 letters naming a column up to XFD. A `$`
  /// (absolute reference) is skipped.
  static func column(of name: String) -> Int? {
    var column = 0
    var letters = 0
    for byte in name.utf8 {
      switch byte {
      case UInt8(ascii: "$") where letters == 0:
        continue
      case UInt8(ascii: "A")...UInt8(ascii: "Z"):
        column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
      case UInt8(ascii: "a")...UInt8(ascii: "z"):
        column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
      default:
        guard letters > 0 else { return nil }
        return column <= columnCount ? column - 1 : nil
      }
      letters += 1
      guard letters <= 3 else { return nil }
    }
    guard letters > 0 else { return nil }
    return column <= columnCount ? column - 1 : nil
  }

  /// The letters of a 0-based column: 0 → `A`, 25 → `Z`, 26 → `AA`, 16383 → `XFD`.
  static func letters(ofColumn column: Int) -> String {
    var remaining = max(0, column) + 1
    var letters: [UInt8] = []
    while remaining > 0 {
      let digit = (remaining - 1) % 26
      letters.append(UInt8(ascii: "A") + UInt8(digit))
      remaining = (remaining - 1) / 26
    }
    return String(decoding: letters.reversed(), as: UTF8.self)
  }
}
