/// Why an export (letters, batch files) could not be written, and what to do.
public struct ExportError: Error, Sendable, CustomStringConvertible {
  /// What went wrong.
  public let message: String
  /// What to do about it.
  public let fix: String

  init(_ message: String, fix: String) {
    self.message = message
    self.fix = fix
  }

  public var description: String { "\(message); \(fix)" }
}
