/// A debtor: someone who buys on credit and is reminded when they pay late.
public struct Customer: Hashable, Sendable, Codable, Identifiable {
  /// The customer number in the accounting system: text, leading zeros kept.
  public var id: String
  public var name: String
  public var email: String?
  /// The language letters are written in; nil uses the creditor's default.
  public var language: Language?
  public var address: PostalAddress?

  public init(
    id: String, name: String, email: String? = nil, language: Language? = nil,
    address: PostalAddress? = nil
  ) {
    self.id = id
    self.name = name
    self.email = email
    self.language = language
    self.address = address
  }
}
