/// Why reconciliation, or a person's allocation, could not be done, and what to do.
public struct ReconciliationError: Error, Sendable, CustomStringConvertible {
  public var message: String
  public var fix: String

  public init(_ message: String, fix: String) {
    self.message = message
    self.fix = fix
  }

  public var description: String { "\(message); \(fix)" }
}
