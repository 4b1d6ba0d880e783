/// Why a text is not a valid calendar date.
public struct DateError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The text that was read.
  public let text: String
  /// What is wrong, in words a bookkeeper understands.
  public let message: String

  public var description: String { message }
}
