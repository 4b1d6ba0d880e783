/// ISO 7064 MOD 97-10 arithmetic, as used by RF creditor references and Belgian structured
/// communications.
///
/// The remainder is taken piece by piece, one digit or letter at a time, so a reference of any
/// length is read without ever building a number that could overflow.
enum Mod97 {
  /// The remainder after dividing the decimal number written by `digits` (each 0…9) by 97.
  static func remainder(ofDigits digits: some Sequence<Int>) -> Int {
    digits.reduce(0) { remainder, digit in (remainder * 10 + digit) % 97 }
  }

  /// The remainder after dividing `text` by 97, read the ISO 7064 way: a digit stands for itself,
  /// an upper-case letter A…Z for the two-digit number 10…35.
  ///
  /// - Returns: `nil` when `text` holds anything but ASCII digits and upper-case letters.
  static func remainder(ofAlphanumeric text: some StringProtocol) -> Int? {
    var remainder = 0
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 48...57: remainder = (remainder * 10 + Int(scalar.value - 48)) % 97
      case 65...90: remainder = (remainder * 100 + Int(scalar.value - 55)) % 97
      default: return nil
      }
    }
    return remainder
  }
}
