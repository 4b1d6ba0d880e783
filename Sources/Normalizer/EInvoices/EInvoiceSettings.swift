public import Receivables

/// How a mapping of kind `e-invoices` turns documents into open items: which customer number
/// to use, national type codes, terms and the dunning of special documents.
public struct EInvoiceSettings: Sendable, Equatable {
  /// The buyer's identifiers to use as the customer number, first present wins.
  public var customerID: [CustomerIdentity]
  /// National or legacy type codes (`SATIS`, `FT`, `NC`) and what they are; standard UNTDID
  /// 1001 codes need no entry.
  public var typeCodes: [String: OpenItem.Kind]
  /// Whether type 751 (invoice information for accounting purposes) may be reminded.
  public var remindAccountingInformation: Bool
  /// Days after a direct debit's collection date before a reminder may go out.
  public var directDebitMarginDays: Int
  /// Agreed payment terms per customer number, in days after the issue date.
  public var customerTerms: [String: Int]
  /// Specification identifiers (BT-24) this mapping is for, matched as prefixes; empty: any.
  public var specifications: [String]
  /// Seller VAT or party identifiers this mapping is for; empty: any.
  public var sellers: [String]

  /// Which buyer identifier becomes the customer number.
  public enum CustomerIdentity: String, Sendable, Equatable, CaseIterable {
    /// BT-46 the buyer identifier (the seller's customer number in many systems).
    case buyerIdentifier = "buyer-identifier"
    /// BT-48 the buyer's VAT identifier.
    case buyerVAT = "buyer-vat"
    /// BT-47 the buyer's legal registration identifier.
    case buyerLegalID = "buyer-legal-id"
    /// BT-49 the buyer's electronic address, as `scheme:id`.
    case buyerAddress = "buyer-address"
    /// BT-44 the buyer's name.
    case buyerName = "buyer-name"
  }

  public init(
    customerID: [CustomerIdentity] = [
      .buyerIdentifier, .buyerVAT, .buyerLegalID, .buyerAddress, .buyerName,
    ], typeCodes: [String: OpenItem.Kind] = [:], remindAccountingInformation: Bool = false,
    directDebitMarginDays: Int = 5, customerTerms: [String: Int] = [:],
    specifications: [String] = [], sellers: [String] = []
  ) {
    self.customerID = customerID
    self.typeCodes = typeCodes
    self.remindAccountingInformation = remindAccountingInformation
    self.directDebitMarginDays = directDebitMarginDays
    self.customerTerms = customerTerms
    self.specifications = specifications
    self.sellers = sellers
  }
}
