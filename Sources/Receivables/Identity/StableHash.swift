/// FNV-1a 64-bit: a stable, platform-independent hash for identities and change digests, never
/// for security. Payment identities and stored digests are built with it: never change it.
public enum StableHash {
  /// The 64-bit FNV-1a hash of the text's UTF-8 bytes.
  public static func value(of text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }

  /// The hash as 16 lowercase hex digits, zero-padded.
  public static func hex(of text: String) -> String {
    let digits = String(value(of: text), radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
