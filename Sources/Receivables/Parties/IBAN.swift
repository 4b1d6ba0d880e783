/// An International Bank Account Number as arflow compares and checks it: the one place that
/// says how an IBAN is written compactly and whether its check digits hold.
public enum IBAN {
  /// Letters and digits only, upper case: "nl91 abna 0417 1643 00" → "NL91ABNA0417164300".
  public static func compact(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(34)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
        bytes.append(byte)
      case UInt8(ascii: "a")...UInt8(ascii: "z"): bytes.append(byte - 32)
      default: continue
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether `text` (any spacing or case) is an IBAN: a country code, two check digits and
  /// 11 to 30 letters or digits, with ISO 7064 MOD 97-10 check digits that hold.
  public static func isValid(_ text: String) -> Bool {
    let compact = compact(text)
    let bytes = Array(compact.utf8)
    guard (15...34).contains(bytes.count),
      bytes[0...1].allSatisfy({ (65...90).contains($0) }),
      bytes[2...3].allSatisfy({ (48...57).contains($0) })
    else { return false }
    return Mod97.remainder(ofAlphanumeric: compact.dropFirst(4) + compact.prefix(4)) == 1
  }
}
