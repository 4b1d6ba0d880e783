/// An International Bank Account Number: the one place that says how an IBAN (or any account
/// number a bank writes) is compacted, checked and printed.
public struct IBAN: Hashable, Sendable, CustomStringConvertible {
  /// What is wrong with a written IBAN, for the messages of whoever asked.
  public enum Problem: Sendable, Equatable {
    /// Not a country code, two check digits and 11 to 30 letters or digits.
    case shape
    /// The shape is right but the ISO 7064 MOD 97-10 check digits do not hold: a character is
    /// probably mistyped.
    case checkDigits
  }

  /// The electronic form: letters and digits only, upper case ("NL91ABNA0417164300").
  public let compact: String

  /// A checked IBAN; nil when `text` (any spacing or case) is not a valid IBAN.
  public init?(_ text: String) {
    guard Self.problem(with: text) == nil else { return nil }
    compact = Self.compact(text)
  }

  /// The print form in groups of four: "NL91 ABNA 0417 1643 00".
  public var formatted: String {
    PaymentReference.grouped(compact, by: 4, fromTheRight: false)
  }

  public var description: String { formatted }

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
  public static func isValid(_ text: String) -> Bool { problem(with: text) == nil }

  /// Why `text` is not a valid IBAN; nil when it is one.
  public static func problem(with text: String) -> Problem? {
    let compact = compact(text)
    let bytes = Array(compact.utf8)
    guard (15...34).contains(bytes.count),
      bytes[0...1].allSatisfy({ (65...90).contains($0) }),
      bytes[2...3].allSatisfy({ (48...57).contains($0) })
    else { return .shape }
    guard Mod97.remainder(ofAlphanumeric: compact.dropFirst(4) + compact.prefix(4)) == 1 else {
      return .checkDigits
    }
    return nil
  }

  /// An account as arflow keys it in payment identities and own-account lists: without white
  /// space, upper case, every other character kept, so an IBAN and any other account number a
  /// bank writes (a German Kontonummer, an MT940 `:25:` of BIC, slash and number) compare the
  /// same however they are spaced. Stored payment identities are built with it: never change it.
  public static func accountKey(_ account: String) -> String {
    String(account.filter { !$0.isWhitespace }).uppercased()
  }
}
