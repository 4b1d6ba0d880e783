/// Why a pipeline step could not run at all (not a bad input file: those end in `inbox/failed/`).
public struct PipelineError: Error, Sendable, CustomStringConvertible {
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
