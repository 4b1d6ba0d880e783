/// Everything printed on one reminder letter, already worded and formatted (no domain logic here).
public struct LetterDocument: Sendable {
  /// The company sending the letter, printed large in the letterhead.
  public var creditorName: String
  /// Address, phone/e-mail, VAT number, IBAN/BIC: the small letterhead lines, top right.
  public var creditorLines: [String]
  /// One small line above the recipient in the envelope window (DIN 5008 return address).
  public var returnAddress: String
  /// The customer's name and address, placed in the window of a DIN long/C5 window envelope.
  public var recipientLines: [String]
  /// "Amsterdam, 23 november 2026", right-aligned above the subject.
  public var placeAndDate: String
  /// The subject line, printed bold.
  public var subject: String
  /// Paragraphs before the table: the salutation and the text.
  public var bodyBefore: [String]
  /// The invoices the letter is about.
  public var table: LetterTable
  /// Paragraphs after the table: the closing and signature.
  public var bodyAfter: [String]
  /// How to pay, in a bordered box with an optional QR code; nil leaves the box off.
  public var paymentBox: PaymentBox?
  /// Small text at the bottom of every page (registration numbers, bank, terms).
  public var footer: String
  /// "Page {page} of {pages}", printed at the foot of every page; empty prints none.
  public var pageLabel: String

  public init(
    creditorName: String, creditorLines: [String] = [], returnAddress: String = "",
    recipientLines: [String], placeAndDate: String, subject: String, bodyBefore: [String] = [],
    table: LetterTable, bodyAfter: [String] = [], paymentBox: PaymentBox? = nil,
    footer: String = "", pageLabel: String = ""
  ) {
    self.creditorName = creditorName
    self.creditorLines = creditorLines
    self.returnAddress = returnAddress
    self.recipientLines = recipientLines
    self.placeAndDate = placeAndDate
    self.subject = subject
    self.bodyBefore = bodyBefore
    self.table = table
    self.bodyAfter = bodyAfter
    self.paymentBox = paymentBox
    self.footer = footer
    self.pageLabel = pageLabel
  }
}
