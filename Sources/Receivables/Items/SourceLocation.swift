/// Where a record came from: the file, and the line or XML element inside it.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The file's name as it was dropped in the inbox.
  public var file: String
  /// The 1-based line, where the format has lines.
  public var line: Int?
  /// The element path, for XML ("/Document/BkToCstmrStmt/Stmt[1]/Ntry[3]").
  public var element: String?

  public init(file: String, line: Int? = nil, element: String? = nil) {
    self.file = file
    self.line = line
    self.element = element
  }

  /// "open-items.csv, line 12" or "statement.xml, line 40, element /Document/…/Amt".
  public var description: String {
    var text = file
    if let line { text += ", line \(line)" }
    if let element { text += ", element \(element)" }
    return text
  }
}
