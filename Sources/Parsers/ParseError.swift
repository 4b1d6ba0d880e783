public import Receivables

/// A file that could not be read into records, with where the problem is and what to do about it.
public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Which kind of problem this is; stable for tests and for the Normalizer to branch on.
  public let code: Code
  /// The file as the user named it.
  public let file: String
  /// The 1-based line the problem is on, when known.
  public let line: Int?
  /// An XPath-like element path (XML files), e.g. `/Document/BkToCstmrStmt/Stmt/Ntry[3]/Amt`.
  public let element: String?
  /// What is wrong, in the bookkeeper's words.
  public let message: String
  /// What to do about it.
  public let fix: String

  init(
    _ code: Code, file: String, line: Int? = nil, element: String? = nil, message: String,
    fix: String
  ) {
    self.code = code
    self.file = file
    self.line = line
    self.element = element
    self.message = message
    self.fix = fix
  }

  /// One readable line: `file:line (element): message. Fix: fix. [code]`.
  public var description: String {
    var place = file
    if let line { place += ":\(line)" }
    if let element { place += " (\(element))" }
    return "\(place): \(sentence(message)) Fix: \(sentence(fix)) [\(code)]"
  }

  private func sentence(_ text: String) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    guard let last = flat.last else { return flat }
    return ".!?".contains(last) ? flat : flat + "."
  }
}

extension ParseError: ExplainedError {
  /// "statement.xml, line 40, element /Document/…/Amt".
  public var location: String? {
    var place = file
    if let line { place += ", line \(line)" }
    if let element { place += ", element \(element)" }
    return place
  }
}
