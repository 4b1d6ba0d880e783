/// FNV-1a 64-bit: a stable, platform-independent hash for identities and change digests, never
/// for security. Payment identities and stored digests are built with it: never change it.
public enum StableHash {
  /// Where every hash starts (the FNV-1a 64-bit offset basis).
  public static let start: UInt64 = 0xcbf2_9ce4_8422_2325

  /// The 64-bit FNV-1a hash of the text's UTF-8 bytes.
  public static func value(of text: String) -> UInt64 {
    value(of: text.utf8)
  }

  /// The 64-bit FNV-1a hash of bytes, continuing from `hash` (to hash several pieces as one).
  public static func value(of bytes: some Sequence<UInt8>, continuing hash: UInt64 = start)
    -> UInt64
  {
    var hash = hash
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }

  /// The hash as 16 lowercase hex digits, zero-padded.
  public static func hex(of text: String) -> String {
    hex(value(of: text))
  }

  /// A hash value as 16 lowercase hex digits, zero-padded.
  public static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
