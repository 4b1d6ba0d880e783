/// Walks an ISO 20022 camt.052, camt.053 or camt.054 document into statements and entries.
///
/// Elements are matched by local name only, so every version's namespace works
/// (camt.053.001.02 through .08 and their .052/.054 siblings). Nothing is converted: amounts,
/// dates and references stay text as written; only the few things every entry must have are
/// checked (`Amt`, its `Ccy`, `CdtDbtInd`).
public enum CamtReader {
  /// The three camt containers and what each one holds.
  private static let containers: [(container: String, statement: String, message: String)] = [
    ("BkToCstmrStmt", "Stmt", "camt.053"),
    ("BkToCstmrAcctRpt", "Rpt", "camt.052"),
    ("BkToCstmrDbtCdtNtfctn", "Ntfctn", "camt.054"),
  ]

  /// Reads the statements (camt.053 `Stmt`), reports (camt.052 `Rpt`) or notifications
  /// (camt.054 `Ntfctn`) of a camt document.
  /// - Parameters:
  ///   - root: the `<Document>` element from `SecureXMLReader`.
  ///   - file: the file name used in errors.
  /// - Throws: `ParseError` with code `notACamtMessage`, `noStatement`, or, naming the entry's
  ///   element path and line, `missingAmount`, `invalidAmount`, `missingCurrency`,
  ///   `invalidCurrency`, `missingCreditDebit`, `invalidCreditDebit`.
  public static func read(_ root: XMLElementNode, file: String) throws(ParseError)
    -> [CamtStatement]
  {
    let found = containers.lazy.compactMap { kind in
      root.children.first { isContainer($0.name, kind.container) }.map { (element: $0, kind: kind) }
    }.first
    guard root.name == "Document", let found else {
      throw ParseError(
        .notACamtMessage, file: file, line: root.line, element: root.path,
        message: "the file is not an ISO 20022 camt bank statement: its root is <\(root.name)>, "
          + "not <Document> with <BkToCstmrStmt>, <BkToCstmrAcctRpt> or <BkToCstmrDbtCdtNtfctn>",
        fix: "export the statement from online banking as camt.053 (XML), or choose the import "
          + "format that matches this file")
    }
    let statements = found.element.children(found.kind.statement)
    guard !statements.isEmpty else {
      throw ParseError(
        .noStatement, file: file, line: found.element.line, element: found.element.path,
        message: "the camt message has a header but no statement (<\(found.kind.statement)>)",
        fix: "download the statement again from online banking; this file holds no bookings")
    }
    let messageName = messageName(root.namespace) ?? found.kind.message
    var result: [CamtStatement] = []
    for (index, element) in statements.enumerated() {
      let label = statements.count > 1 ? " of statement \(index + 1)" : ""
      result.append(
        try statement(element, messageName: messageName, label: label, file: file))
    }
    return result
  }

  private static func statement(
    _ element: XMLElementNode, messageName: String, label: String, file: String
  ) throws(ParseError) -> CamtStatement {
    let iban = element.descendant("Acct", "Id", "IBAN")?.nonEmptyText
    var entries: [CamtEntry] = []
    for (index, ntry) in element.children("Ntry").enumerated() {
      let context = EntryContext(
        label: "entry \(index + 1)\(label)", accountIBAN: iban, file: file)
      entries.append(try entry(ntry, context: context))
    }
    return CamtStatement(
      messageName: messageName,
      statementId: element.child("Id")?.nonEmptyText,
      accountIBAN: iban,
      accountCurrency: element.descendant("Acct", "Ccy")?.nonEmptyText,
      entries: entries,
      line: element.line,
      path: element.path)
  }

  /// `BkToCstmrStmt`, or `BkToCstmrStmtV01` as the .001.01 versions name it.
  private static func isContainer(_ name: String, _ container: String) -> Bool {
    guard name.hasPrefix(container) else { return false }
    let suffix = name.dropFirst(container.count)
    return suffix.isEmpty
      || (suffix.count == 3 && suffix.first == "V" && suffix.dropFirst().allSatisfy(\.isASCIIDigit))
  }

  /// `camt.053.001.02` out of `urn:iso:std:iso:20022:tech:xsd:camt.053.001.02`.
  static func messageName(_ namespace: String?) -> String? {
    guard let namespace, let start = namespace.firstRange(of: "camt.")?.lowerBound else {
      return nil
    }
    let name = namespace[start...].prefix { $0 != ":" && $0 != "/" && $0 != " " }
    let parts = name.split(separator: ".", omittingEmptySubsequences: false)
    let shape = [4, 3, 3, 2]
    guard parts.count == shape.count,
      zip(parts.dropFirst(), shape.dropFirst()).allSatisfy({ part, length in
        part.count == length && part.allSatisfy(\.isASCIIDigit)
      })
    else { return nil }
    return String(name)
  }
}
