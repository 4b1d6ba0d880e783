/// Why letters could not be rendered to PDF, and which letter it was.
public struct RenderError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What kind of problem it is; new kinds may be added.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private enum Kind: String { case nothingToRender, table, doesNotFit, qrEncoding, drawing }
    private let kind: Kind
    private init(_ kind: Kind) { self.kind = kind }
    /// The batch holds no letters.
    public static let nothingToRender = Code(.nothingToRender)
    /// A table row has more or fewer cells than the table has columns.
    public static let table = Code(.table)
    /// A part of the letter is taller than the space it must fit in.
    public static let doesNotFit = Code(.doesNotFit)
    /// The QR code could not be made from its text.
    public static let qrEncoding = Code(.qrEncoding)
    /// Cairo or Pango reported a failure while drawing or writing the PDF.
    public static let drawing = Code(.drawing)
    public var description: String { kind.rawValue }
  }

  public let code: Code
  /// What is wrong and what to do about it.
  public let message: String
  /// The 1-based position of the letter in the batch, when one letter is at fault.
  public private(set) var letter: Int?
  /// The first recipient line of that letter (the customer's name), when known.
  public private(set) var recipient: String?

  init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  /// The same error, pointing at the letter it happened in.
  func inLetter(_ position: Int, recipient: String?) -> RenderError {
    var copy = self
    copy.letter = position
    copy.recipient = recipient
    return copy
  }

  /// "Letter 2 (Smith & <Sons>): …" or just the message.
  public var description: String {
    guard let letter else { return message }
    let who = recipient.map { " (\($0))" } ?? ""
    return "Letter \(letter)\(who): \(message)"
  }
}
