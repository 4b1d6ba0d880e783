/// How a reminder reaches the customer; stored with each reminder (`dunning_event.channel`): the
/// raw values never change.
public enum DocumentChannel: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
  /// A printed letter (PDF, and `print.pdf` for the mail room).
  case letter
  /// An e-mail with the letter attached.
  case email

  public var description: String { rawValue }
}
