public import Receivables

/// What a reversal or returned payment takes back: its original payment and the allocations
/// to undo, so the items open again.
public struct ReversalOutcome: Hashable, Sendable {
  /// The original payment's bank reference; nil when none, or more than one, fits.
  public var originalPayment: String?
  /// The allocations to undo, newest first. The last one may carry a smaller amount than was
  /// booked: undo only that much of it when the reversal takes back only part.
  public var allocationsToUndo: [Allocation]
  /// How the original was found and what is undone, or why nothing is.
  public var explanation: String

  public init(originalPayment: String?, allocationsToUndo: [Allocation], explanation: String) {
    self.originalPayment = originalPayment
    self.allocationsToUndo = allocationsToUndo
    self.explanation = explanation
  }
}
