/// An EN 16931 invoice or credit note (UBL 2.1 or UN/CEFACT CII) with the business terms an
/// open item needs, each as written and located; the Normalizer gives them meaning.
public struct EInvoiceDocument: Sendable, Hashable {
  /// The two EN 16931 syntaxes.
  public enum Syntax: String, Sendable, Hashable {
    /// OASIS UBL 2.1 `Invoice` or `CreditNote` (Peppol BIS 3, XRechnung UBL, …).
    case ubl
    /// UN/CEFACT `CrossIndustryInvoice` D16B (ZUGFeRD 2, Factur-X, XRechnung CII).
    case cii
  }

  public var syntax: Syntax
  /// The root's local name: `Invoice`, `CreditNote` or `CrossIndustryInvoice`.
  public var rootName: String
  /// The root's line (after any envelope), for messages.
  public var rootLine: Int
  /// The Peppol SBDH envelope's sender and receiver, when the document came wrapped in one.
  public var envelope: EInvoiceEnvelope?

  /// BT-24: the specification identifier (CustomizationID / GuidelineSpecifiedDocumentContextParameter).
  public var specification: XMLText?
  /// BT-23: the business process (ProfileID / BusinessProcessSpecifiedDocumentContextParameter).
  public var businessProcess: XMLText?
  /// BT-1.
  public var number: XMLText?
  /// BT-2 (UBL `2016-04-04` or `2016-04-04+01:00`; CII `20160404` with `qualifier` "102").
  public var issueDate: XMLText?
  /// BT-3 (`InvoiceTypeCode`, `CreditNoteTypeCode` or CII `TypeCode`).
  public var typeCode: XMLText?
  /// BT-5.
  public var currency: XMLText?
  /// BT-9 where the syntax puts it first: UBL `cbc:DueDate`, CII `DueDateDateTime` (first terms).
  public var dueDate: XMLText?
  /// BT-20: payment terms texts, in document order.
  public var paymentTerms: [XMLText] = []
  /// BT-10.
  public var buyerReference: XMLText?
  /// BT-13.
  public var orderReference: XMLText?
  /// BT-25: the preceding invoices this document refers to, in document order.
  public var precedingInvoices: [XMLText] = []
  /// BT-90: the seller's bank-assigned creditor identifier (SEPA direct debit).
  public var creditorID: XMLText?
  public var seller = EInvoiceParty()
  public var buyer = EInvoiceParty()
  public var totals = EInvoiceTotals()
  /// BG-16, in document order (may be empty).
  public var paymentMeans: [EInvoicePaymentMeans] = []

  public init(syntax: Syntax, rootName: String, rootLine: Int) {
    self.syntax = syntax
    self.rootName = rootName
    self.rootLine = rootLine
  }
}
