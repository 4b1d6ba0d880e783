import Receivables

/// The bank accounts the credit manager knows a customer pays from: from customer master data,
/// from e-invoices, or learned from earlier confirmed matches.
public struct KnownPayers: Hashable, Sendable, ExpressibleByDictionaryLiteral {
  /// Customer id by IBAN, the IBAN in its ``normalised(_:)`` form.
  public private(set) var customerIDs: [String: String] = [:]

  /// Known payers from IBAN (any spacing or case) to customer id.
  public init(_ customerIDs: [String: String] = [:]) {
    for (iban, customerID) in customerIDs { learn(iban: iban, customerID: customerID) }
  }

  public init(dictionaryLiteral elements: (String, String)...) {
    for (iban, customerID) in elements { learn(iban: iban, customerID: customerID) }
  }

  /// Records that `iban` belongs to `customerID`; a later call for the same IBAN wins.
  public mutating func learn(iban: String, customerID: String) {
    let key = Self.normalised(iban)
    guard !key.isEmpty else { return }
    customerIDs[key] = customerID
  }

  /// The customer who pays from `iban`, if known.
  public func customerID(forIBAN iban: String) -> String? {
    customerIDs[Self.normalised(iban)]
  }

  public var count: Int { customerIDs.count }

  /// An IBAN as stored and compared: letters and digits only, upper case
  /// ("nl91 abna 0417 1643 00" becomes "NL91ABNA0417164300").
  public static func normalised(_ iban: String) -> String {
    IBAN.compact(iban)
  }

}
