/// Why a "scan to pay" QR code (EPC069-12) could not be made, in words a bookkeeper understands.
public struct EPCPaymentCodeError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Which rule of the EPC069-12 guidelines the value breaks; new kinds may be added.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private enum Kind: String {
      case beneficiaryName, iban, bic, amount, currency, creditorReference, remittanceText
      case referenceAndText, tooLong
    }
    private let kind: Kind
    private init(_ kind: Kind) { self.kind = kind }
    /// The beneficiary name is empty, longer than 70 characters or holds a line break.
    public static let beneficiaryName = Code(.beneficiaryName)
    /// The IBAN is malformed or fails the mod-97 check.
    public static let iban = Code(.iban)
    /// The BIC is not 8 or 11 letters and digits in the SWIFT pattern.
    public static let bic = Code(.bic)
    /// The amount is below € 0.01 or above € 999,999,999.99.
    public static let amount = Code(.amount)
    /// The currency is not EUR.
    public static let currency = Code(.currency)
    /// The creditor reference is not an ISO 11649 "RF" reference.
    public static let creditorReference = Code(.creditorReference)
    /// The remittance text is longer than 140 characters or holds a line break.
    public static let remittanceText = Code(.remittanceText)
    /// Both a creditor reference and a remittance text were given; the code holds one.
    public static let referenceAndText = Code(.referenceAndText)
    /// All details together exceed the 331 bytes a version-13 QR code at level M holds.
    public static let tooLong = Code(.tooLong)
    public var description: String { kind.rawValue }
  }

  public let code: Code
  /// The detail it is about, as printed on the letter: "IBAN", "beneficiary name", "amount".
  public let field: String
  /// Where the value came from (e.g. "mappings/company.yaml"), once the caller adds it.
  public private(set) var source: String?
  /// What to do about it.
  public let fix: String
  private let problem: String

  init(_ code: Code, field: String, problem: String, fix: String) {
    self.code = code
    self.field = field
    self.problem = problem
    self.fix = fix
  }

  /// The same error, saying where the value came from.
  /// - Parameter source: the file or record the value was read from, e.g. "mappings/company.yaml".
  public func located(in source: String) -> EPCPaymentCodeError {
    var copy = self
    copy.source = source
    return copy
  }

  /// "The IBAN in mappings/company.yaml is not a valid IBAN: … Copy the IBAN …"
  public var message: String {
    let place = source.map { " in \($0)" } ?? ""
    return "The \(field)\(place) \(problem). \(fix)"
  }

  public var description: String { message }
}
