/// An error arflow explains to the person who runs it: what went wrong, where, and what to do.
///
/// Every stage's public error conforms (`ParseError`, `ConfigurationError`, `LedgerError`,
/// `ExportError`, …), so the command line prints any of them the same way without flattening
/// them to text on the way.
public protocol ExplainedError: Error, Sendable, CustomStringConvertible {
  /// What went wrong, in the bookkeeper's words.
  var message: String { get }
  /// Where: a file and line, an element, a setting; nil when the problem has no place.
  var location: String? { get }
  /// What to do about it.
  var fix: String { get }
}

extension ExplainedError {
  /// "policy.yaml, line 4: 'dayz' is not a setting"
  public var placedMessage: String { location.map { "\($0): \(message)" } ?? message }
}
