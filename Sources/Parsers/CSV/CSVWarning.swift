/// Something the reader tolerated in a file and the user may want to know about.
public struct CSVWarning: Sendable, Equatable, CustomStringConvertible {
  /// The 1-based physical line it is about.
  public let line: Int
  /// What was tolerated and how it was read, in the bookkeeper's words.
  public let message: String

  /// A warning about a line.
  /// - Parameters:
  ///   - line: the 1-based physical line.
  ///   - message: what was tolerated and how it was read.
  public init(line: Int, message: String) {
    self.line = line
    self.message = message
  }

  /// `line N: message`.
  public var description: String { "line \(line): \(message)" }
}
