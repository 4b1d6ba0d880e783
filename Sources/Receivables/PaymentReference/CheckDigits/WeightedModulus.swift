/// A weighted-sum check: the digits are multiplied from the right by a repeating cycle of weights
/// and the products summed modulo `modulus`.
///
/// Used by the Dutch betalingskenmerk (weights 2, 4, 8, 5, 10, 9, 7, 3, 6, 1; modulus 11), the
/// Finnish reference number (7, 3, 1; modulus 10) and the Norwegian KID (MOD10 is Luhn: weights
/// 2, 1 with the digits of each product added; MOD11: weights 2…7).
struct WeightedModulus: Sendable {
  /// The weights from the rightmost digit leftwards; they repeat for longer numbers.
  let weights: [Int]
  let modulus: Int
  /// Add the digits of each product rather than the product itself (Luhn: 7 × 2 = 14 counts 5).
  var addsDigitsOfProducts = false

  static let dutchPaymentFeature = WeightedModulus(
    weights: [2, 4, 8, 5, 10, 9, 7, 3, 6, 1], modulus: 11)
  static let finnishReference = WeightedModulus(weights: [7, 3, 1], modulus: 10)
  static let kidMod10 = WeightedModulus(weights: [2, 1], modulus: 10, addsDigitsOfProducts: true)
  static let kidMod11 = WeightedModulus(weights: [2, 3, 4, 5, 6, 7], modulus: 11)

  /// The weighted sum of `digits` modulo `modulus`; the rightmost digit takes `weights[0]`.
  func remainder(of digits: some BidirectionalCollection<Int>) -> Int {
    var sum = 0
    for (position, digit) in digits.reversed().enumerated() {
      let product = digit * weights[position % weights.count]
      sum = (sum + (addsDigitsOfProducts ? product / 10 + product % 10 : product)) % modulus
    }
    return sum
  }

  /// `modulus` minus the remainder: 1…`modulus`, before each scheme maps the values that do not
  /// fit in one digit (10 and 11).
  func complement(of digits: some BidirectionalCollection<Int>) -> Int {
    modulus - remainder(of: digits)
  }
}
