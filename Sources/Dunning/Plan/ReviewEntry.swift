public import Receivables

/// A document that was not sent, or items that could not be planned, listed for a person with
/// the reasons.
public struct ReviewEntry: Sendable, Hashable {
  public var customerID: String
  /// The currency of the document that was held back; nil when no document was planned.
  public var currency: Currency?
  /// The kind of document held back; nil when the items could not be planned at all.
  public var documentKind: PlannedDocument.Kind?
  /// The level the document would have had.
  public var level: Int?
  /// The items it concerns.
  public var itemNumbers: [String]
  public var reasons: [ReviewReason]

  public init(
    customerID: String, currency: Currency?, documentKind: PlannedDocument.Kind?, level: Int?,
    itemNumbers: [String], reasons: [ReviewReason]
  ) {
    self.customerID = customerID
    self.currency = currency
    self.documentKind = documentKind
    self.level = level
    self.itemNumbers = itemNumbers
    self.reasons = reasons
  }
}
