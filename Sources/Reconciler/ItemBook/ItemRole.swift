/// What an item can be in a matching run.
enum ItemRole: UInt8, Sendable {
  /// An invoice with something open: payments and credit notes may settle it.
  case invoice
  /// A credit note with credit left: it may be netted against invoices.
  case creditNote
  /// Settled, or with an open amount of the wrong sign: left alone.
  case ignored
}
