/// The creditor: the company whose receivables arflow keeps, who the letters come from and
/// where customers pay (`mappings/company.yaml`).
public struct Creditor: Sendable, Equatable {
  public var name: String
  public var street: String
  public var postalCode: String
  public var city: String
  /// ISO 3166 alpha-2, "NL".
  public var countryCode: String
  public var email: String?
  public var phone: String?
  public var vatNumber: String?
  /// The account customers pay into, checked.
  public var iban: IBAN
  public var bic: String?
  /// The letter language for customers without one.
  public var defaultLanguage: Language
  /// The creditor's own bank accounts as written: only statements for these are read; empty
  /// means every account is accepted (and `arflow status` warns about it).
  public var bankAccounts: [String]
  /// The lines of the registration printed in every letter's footer: "KvK 12345678",
  /// "Amtsgericht München HRB 12345", "Geschäftsführer: A. Muster".
  public var registration: [String]
  /// How to pay in a currency other than the main account's, as printed in the payment box
  /// ("USD: JPMorgan Chase, account 123456789, ABA 021000021").
  public var otherCurrencyAccounts: [Currency: String]

  public init(
    name: String, street: String, postalCode: String, city: String, countryCode: String,
    email: String? = nil, phone: String? = nil, vatNumber: String? = nil, iban: IBAN,
    bic: String? = nil, defaultLanguage: Language, bankAccounts: [String] = [],
    registration: [String] = [],
    otherCurrencyAccounts: [Currency: String] = [:]
  ) {
    self.name = name
    self.street = street
    self.postalCode = postalCode
    self.city = city
    self.countryCode = countryCode
    self.email = email
    self.phone = phone
    self.vatNumber = vatNumber
    self.iban = iban
    self.bic = bic
    self.defaultLanguage = defaultLanguage
    self.bankAccounts = bankAccounts
    self.registration = registration
    self.otherCurrencyAccounts = otherCurrencyAccounts
  }

  /// The sender's address as one line for above the letter window.
  public var returnAddress: String { "\(name) · \(street) · \(postalCode) \(city)" }
}
