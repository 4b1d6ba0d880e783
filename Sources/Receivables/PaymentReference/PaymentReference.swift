/// A structured payment reference a debtor quotes when paying, with its scheme.
///
/// A value always carries valid check digits: the only ways to make one are the validating
/// initialisers, ``creditorReference(for:)`` and ``find(in:)``.
public struct PaymentReference: Hashable, Sendable, CustomStringConvertible {
  /// The national or international rules a reference follows.
  public enum Scheme: String, Sendable, Codable, CaseIterable {
    /// ISO 11649 "RF" creditor reference: RF, two check digits (mod 97), up to 21 letters or digits.
    case creditorReference
    /// Belgian structured communication (OGM/VCS): 12 digits, the last two mod 97 of the first ten.
    case belgianStructured
    /// Dutch betalingskenmerk: 16 digits with a weighted mod-11 check digit in front, 9 to 14
    /// digits with check digit and length code, or 7 digits without any check.
    case dutchPaymentFeature
    /// Finnish reference number (viitenumero): 4 to 20 digits, 7-3-1 weighted check digit last.
    case finnish
    /// Norwegian KID: 2 to 25 digits, check digit last by MOD10 (Luhn) or MOD11 ("-" for 10).
    case norwegianKID
    /// Swiss QR reference: 27 digits, recursive mod-10 check digit last.
    case swissQR
  }

  public let scheme: Scheme
  /// The electronic form: no spaces or separators, upper case (e.g. "RF18539007547034",
  /// "123456789002" for an OGM's 12 digits, the 16 digits of a betalingskenmerk).
  ///
  /// Finnish references lose their leading zeros (the 20-digit machine form pads with them); a
  /// MOD11 KID may end in "-", which is its check digit, not a separator.
  public let value: String

  /// Validates `text` as a reference of the given scheme.
  ///
  /// Spaces are tolerated everywhere; "+", "*" and "/" in a Belgian structured communication
  /// (`+++090/9337/55493+++`); lower case letters in an RF reference.
  /// - Parameters:
  ///   - text: The reference as printed or typed.
  ///   - scheme: The scheme the reference must follow.
  /// - Throws: `PaymentReferenceError` saying which character, length or check digit is wrong.
  public init(_ text: String, scheme: Scheme) throws(PaymentReferenceError) {
    let value: String
    switch scheme {
    case .creditorReference: value = try Self.creditorReferenceValue(text)
    case .belgianStructured: value = try Self.belgianStructuredValue(text)
    case .dutchPaymentFeature: value = try Self.dutchPaymentFeatureValue(text)
    case .finnish: value = try Self.finnishValue(text)
    case .norwegianKID: value = try Self.norwegianKIDValue(text)
    case .swissQR: value = try Self.swissQRValue(text)
    }
    self.init(checked: value, scheme: scheme)
  }

  /// A reference whose `value` has already been validated and normalised for `scheme`.
  init(checked value: String, scheme: Scheme) {
    self.scheme = scheme
    self.value = value
  }

  public var description: String { formatted }
}

extension PaymentReference.Scheme {
  /// The scheme's name in a bookkeeper's words, for messages.
  var name: String {
    switch self {
    case .creditorReference: "RF creditor reference (ISO 11649)"
    case .belgianStructured: "Belgian structured communication (OGM/VCS)"
    case .dutchPaymentFeature: "Dutch payment reference (betalingskenmerk)"
    case .finnish: "Finnish reference number (viitenumero)"
    case .norwegianKID: "Norwegian KID number"
    case .swissQR: "Swiss QR reference"
    }
  }
}
