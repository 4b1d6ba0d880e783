/// Why a text is not a valid payment reference, in words a bookkeeper understands.
public struct PaymentReferenceError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What kind of problem it is; new kinds may be added.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private enum Kind: String {
      case wrongCheckDigits, wrongLength, invalidCharacters, unrecognised
    }
    private let kind: Kind
    private init(_ kind: Kind) { self.kind = kind }
    /// The check digits do not match the rest: a digit was mistyped or the number is made up.
    public static let wrongCheckDigits = Code(.wrongCheckDigits)
    /// Too few or too many characters for the scheme.
    public static let wrongLength = Code(.wrongLength)
    /// A character the scheme does not allow, or a missing prefix such as "RF".
    public static let invalidCharacters = Code(.invalidCharacters)
    /// The text does not have the shape of any scheme that can be recognised on its own.
    public static let unrecognised = Code(.unrecognised)
    public var description: String { kind.rawValue }
  }

  public let code: Code
  /// The text that was read, as it was given.
  public let text: String
  /// What is wrong and what to do about it.
  public let message: String

  init(_ code: Code, text: String, message: String) {
    self.code = code
    self.text = text
    self.message = message
  }

  public var description: String { message }
}

extension PaymentReferenceError {
  static func wrongCheckDigits(_ text: String, _ scheme: PaymentReference.Scheme) -> Self {
    Self(
      .wrongCheckDigits, text: text,
      message: "“\(text)” is not a valid \(scheme.name): its check digits do not match the other "
        + "digits, so a digit is probably mistyped. Compare it with the invoice or the statement.")
  }

  static func wrongLength(
    _ text: String, _ scheme: PaymentReference.Scheme, count: Int, expected: String
  ) -> Self {
    Self(
      .wrongLength, text: text,
      message: "“\(text)” has \(count) characters, but a \(scheme.name) has \(expected). "
        + "Check that no digit is missing or doubled.")
  }

  static func invalidCharacter(
    _ text: String, _ scheme: PaymentReference.Scheme, found: Character, allowed: String
  ) -> Self {
    Self(
      .invalidCharacters, text: text,
      message: "“\(text)” contains “\(found)”, which a \(scheme.name) cannot hold; it allows "
        + "\(allowed).")
  }
}
