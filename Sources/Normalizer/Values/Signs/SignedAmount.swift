public import Receivables

/// An amount with the sign the source's convention gives it: negative for a credit note.
public struct SignedAmount: Sendable, Hashable {
  /// The amount: positive for an invoice, negative for a credit note.
  public let amount: Money
  /// Invoice or credit note.
  public let kind: OpenItem.Kind

  /// Takes the kind from the sign: negative is a credit note, zero or positive an invoice.
  init(_ amount: Money) {
    self.amount = amount
    self.kind = amount.isNegative ? .creditNote : .invoice
  }

  /// Whether the amount is a credit note.
  public var isCreditNote: Bool { kind == .creditNote }
}
