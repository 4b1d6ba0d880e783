/// What happened to an item, as its append-only history (`item_history.event`) records it. The
/// raw values are stored: they never change.
public enum ItemEvent: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
  /// Booked from a file.
  case imported
  /// An export said less is open than the ledger knew: paid by other means.
  case settledOutside
  /// A full snapshot of its source no longer lists it.
  case closedBySnapshot
  case dueDateChanged
  /// Never reminded (accounting information only, …).
  case dunningHold
  /// Something the credit manager should look at.
  case warning
  /// A credit note or correction was linked to the invoice it names (or unlinked again).
  case linked, unlinked
  /// A payment was allocated to it (or taken back).
  case allocated, unallocated
  /// A credit note was set off against an invoice.
  case netted
  /// A rest within tolerance was written off.
  case writtenOff
  /// A reminder went out at a level.
  case reminded

  public var description: String { rawValue }
}
