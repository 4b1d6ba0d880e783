/// A debtor: someone who buys on credit and is reminded when they pay late.
public struct Customer: Hashable, Sendable, Identifiable {
  /// The customer number in the accounting system: text, leading zeros kept.
  public var id: String
  public var name: String
  public var email: String?
  /// The language letters are written in; nil uses the creditor's default.
  public var language: Language?
  public var address: PostalAddress?
  /// Business or consumer: the law treats their late payments differently.
  public var segment: Segment?
  /// The most the customer may owe at once, agreed or advised.
  public var creditLimit: Money?
  /// The IBANs the customer pays from, as written: a payment from one of them is the
  /// customer's (reconciliation's known-payer rule).
  public var bankAccounts: [String] = []
  /// The customer's group in the accounting system ("wholesale"): the dunning policy may map
  /// groups to schedules.
  public var group: String?
  /// The dunning schedule the customer master names for this customer (its `policy` column).
  public var dunningPolicy: String?

  /// Whether a customer is a business or a consumer.
  public enum Segment: String, Sendable, Codable, CaseIterable {
    case business = "B2B"
    case consumer = "B2C"
  }

  public init(
    id: String, name: String, email: String? = nil, language: Language? = nil,
    address: PostalAddress? = nil, segment: Segment? = nil, creditLimit: Money? = nil
  ) {
    self.id = id
    self.name = name
    self.email = email
    self.language = language
    self.address = address
    self.segment = segment
    self.creditLimit = creditLimit
  }
}
