/// The `_xHHHH_` escapes of Office Open XML strings (ECMA-376 Part 1, 22.9.2.19 ST_Xstring):
/// Excel writes characters XML cannot hold, such as a carriage return or a control character,
/// as `_x000D_`, and a literal `_x` that would look like one as `_x005F_x`.
enum XLSXEscapes {
  /// `text` with every `_xHHHH_` replaced by the UTF-16 unit it names.
  static func decoded(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
    let units = Array(text.utf16)
    var result: [UInt16] = []
    result.reserveCapacity(units.count)
    var index = 0
    while index < units.count {
      if let unit = escape(in: units, at: index) {
        result.append(unit)
        index += 7
      } else {
        result.append(units[index])
        index += 1
      }
    }
    return String(decoding: result, as: UTF16.self)
  }

  /// The unit an escape starting at `index` names, nil when there is none there.
  private static func escape(in units: [UInt16], at index: Int) -> UInt16? {
    guard index + 6 < units.count, units[index] == 0x5F, units[index + 1] == 0x78,
      units[index + 6] == 0x5F
    else { return nil }
    var value: UInt16 = 0
    for unit in units[(index + 2)...(index + 5)] {
      guard let digit = hexDigit(unit) else { return nil }
      value = value << 4 | digit
    }
    return value
  }

  private static func hexDigit(_ unit: UInt16) -> UInt16? {
    switch unit {
    case 0x30...0x39: unit - 0x30
    case 0x41...0x46: unit - 0x41 + 10
    case 0x61...0x66: unit - 0x61 + 10
    default: nil
    }
  }
}
