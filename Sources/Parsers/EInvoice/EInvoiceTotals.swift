/// The document totals (EN 16931 BG-22), as written; each amount's `qualifier` is its
/// `currencyID` (UBL) or `currencyID` attribute (CII, where present).
public struct EInvoiceTotals: Sendable, Hashable {
  /// BT-106: sum of invoice line net amounts.
  public var lineTotal: XMLText?
  /// BT-109: total without VAT.
  public var taxExclusive: XMLText?
  /// BT-110: total VAT in the document currency.
  public var taxTotal: XMLText?
  /// BT-112: total with VAT.
  public var taxInclusive: XMLText?
  /// BT-113: paid in advance.
  public var prepaid: XMLText?
  /// BT-114: rounding amount.
  public var rounding: XMLText?
  /// BT-115: amount due for payment: the open amount.
  public var payable: XMLText?

  public init() {}
}
