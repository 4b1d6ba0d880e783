/// The recursive modulo-10 check digit of Swiss QR references (and the older ISR/ESR slips).
///
/// A carry runs through the digits left to right, each step looking up
/// `table[(carry + digit) % 10]`; the check digit is `(10 − carry) % 10`.
enum RecursiveMod10 {
  private static let table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]

  /// The check digit for `digits`, which must not include the check digit itself.
  static func checkDigit(for digits: some Sequence<Int>) -> Int {
    let carry = digits.reduce(0) { carry, digit in table[(carry + digit) % 10] }
    return (10 - carry) % 10
  }
}
