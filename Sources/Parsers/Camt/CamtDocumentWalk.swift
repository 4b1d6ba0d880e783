/// One camt document read from an `XMLStreamReader`, statement by statement and entry by entry:
/// only the element being read (a header element or one `<Ntry>`) is ever held.
struct CamtDocumentWalk {
  /// What the walk found, in file order.
  enum Event {
    /// A statement whose header and balances are known (no entries yet).
    case statement(BankStatement)
    case entry(BankStatementEntry)
    /// The statement's header and balances once its last entry is passed (no entries).
    case finished(BankStatement)
  }

  /// A camt container, the statement element it holds and the message it belongs to.
  struct Container {
    let name: String
    let statement: String
    let message: String
  }

  static let containers = [
    Container(name: "BkToCstmrStmt", statement: "Stmt", message: "camt.053"),
    Container(name: "BkToCstmrAcctRpt", statement: "Rpt", message: "camt.052"),
    Container(name: "BkToCstmrDbtCdtNtfctn", statement: "Ntfctn", message: "camt.054"),
  ]

  let reader: XMLStreamReader

  /// Reads the whole document, reporting each statement, entry and statement end to `emit`.
  /// - Throws: `ParseError` (`notACamtMessage`, `noStatement`, the located entry errors,
  ///   `malformedXML`, `documentTypeRefused`), or what `emit` throws.
  func walk(_ emit: (Event) throws -> Void) throws {
    repeat { try reader.advance() } while reader.place == .other
    guard reader.place == .startTag else {
      throw SecureXMLReader.malformed(
        file: reader.file, line: reader.line, detail: "the document has no root element")
    }
    let root = (name: reader.localName, namespace: reader.namespace, line: reader.line)
    let message = CamtReader.messageName(root.namespace)
    let isStatementMessage = ["camt.052.", "camt.053.", "camt.054."].contains {
      message?.hasPrefix($0) == true
    }
    guard root.name == "Document", root.namespace == nil || isStatementMessage else {
      throw notCamt(
        root.name, namespace: root.name == "Document" ? root.namespace : nil, line: root.line)
    }
    var found = false
    try reader.forEachChild {
      let name = reader.localName
      guard let container = Self.containers.first(where: { Self.isContainer(name, $0.name) })
      else { return try reader.skip() }
      found = true
      try walkContainer(
        container, path: "/Document/" + name, format: message ?? container.message, emit)
    }
    guard found else { throw notCamt(root.name, namespace: nil, line: root.line) }
    while reader.place != .end { try reader.advance() }
  }

  private func walkContainer(
    _ container: Container, path: String, format: String, _ emit: (Event) throws -> Void
  ) throws {
    let line = reader.line
    var count = 0
    try reader.forEachChild {
      guard reader.localName == container.statement else { return try reader.skip() }
      count += 1
      let step = container.statement + (count > 1 ? "[\(count)]" : "")
      try walkStatement(number: count, path: path + "/" + step, format: format, emit)
    }
    guard count > 0 else {
      throw ParseError(
        .noStatement, file: reader.file, line: line, element: path,
        message: "the camt message has a header but no statement (<\(container.statement)>)",
        fix: "download the statement again from online banking; this file holds no bookings")
    }
  }

  /// `BkToCstmrStmt`, or `BkToCstmrStmtV01` as the .001.01 versions name it.
  private static func isContainer(_ name: String, _ container: String) -> Bool {
    guard name.hasPrefix(container) else { return false }
    let suffix = name.dropFirst(container.count)
    return suffix.isEmpty
      || (suffix.count == 3 && suffix.first == "V" && suffix.dropFirst().allSatisfy(\.isASCIIDigit))
  }

  /// The refusal of a root that is no camt statement message; `namespace` is given when the
  /// root is a `<Document>` of another ISO 20022 message (pain.001, camt.056…).
  private func notCamt(_ name: String, namespace: String?, line: Int) -> ParseError {
    let what =
      if let namespace {
        "its root <Document> is in the namespace \(namespace), not a camt.052, camt.053 or "
          + "camt.054 one"
      } else {
        "its root is <\(name)>, not <Document> with <BkToCstmrStmt>, <BkToCstmrAcctRpt> or "
          + "<BkToCstmrDbtCdtNtfctn>"
      }
    return ParseError(
      .notACamtMessage, file: reader.file, line: line, element: "/" + name,
      message: "the file is not an ISO 20022 camt bank statement: \(what)",
      fix: "export the statement from online banking as camt.053 (XML), or choose the import "
        + "format that matches this file")
  }
}
