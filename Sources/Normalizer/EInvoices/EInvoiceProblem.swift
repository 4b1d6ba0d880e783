import Parsers

/// Why an e-invoice cannot become an open item, at the element that says so.
public struct EInvoiceProblem: Error, Sendable, Equatable {
  /// What is wrong, in a bookkeeper's words.
  public var message: String
  /// The element path (XPath-like) the problem is at.
  public var element: String?
  /// The line of that element.
  public var line: Int?
  /// What to do about it.
  public var fix: String

  init(_ message: String, at value: XMLText?, fix: String) {
    self.message = message
    self.element = value?.path
    self.line = value?.line
    self.fix = fix
  }

  init(_ message: String, element: String?, line: Int?, fix: String) {
    self.message = message
    self.element = element
    self.line = line
    self.fix = fix
  }
}
