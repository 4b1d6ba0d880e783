public import Foundation

/// Reads ISO 20022 camt.052 reports, camt.053 statements and camt.054 notifications into
/// `BankStatement`s, streaming: libxml2's xmlTextReader holds only the element being read.
///
/// Elements are matched by local name, so every version works (`camt.05x.001.01` to `.13`, and
/// a document without namespace, named by its container). Nothing is converted: amounts, dates
/// and references stay text as written; only what every entry must have is checked (`Amt`, its
/// `Ccy`, `CdtDbtInd`). The XML rules are `SecureXMLReader`'s: no network, no DTD, no entity
/// expansion, a `<!DOCTYPE …>` refused. A file holding several complete XML documents one
/// after another is split at each later `<?xml` declaration (`XMLDocumentBoundaries`); line
/// numbers stay those of the whole file.
public enum CamtReader {
  /// Every statement of a camt.052/053/054 file with its entries (holds them all).
  /// - Parameters:
  ///   - bytes: the file's bytes (UTF-8, or the encoding its XML declaration names).
  ///   - file: the file name used in errors.
  /// - Throws: `ParseError`: `emptyDocument`, `documentTooLarge`, `documentTypeRefused`,
  ///   `malformedXML`, `notACamtMessage`, `noStatement`, or, naming the element path and line,
  ///   `missingAmount`, `invalidAmount`, `missingCurrency`, `invalidCurrency`,
  ///   `missingCreditDebit`, `invalidCreditDebit`.
  public static func read(_ bytes: Data, file: String) throws(ParseError) -> [BankStatement] {
    var statements: [BankStatement] = []
    do {
      try stream(
        bytes, file: file,
        statement: { statements.append($0) },
        entry: { entry in
          guard !statements.isEmpty else { return }
          statements[statements.count - 1].entries.append(entry)
        },
        finished: { header in
          guard let last = statements.popLast() else { return }
          var complete = header
          complete.entries = last.entries
          statements.append(complete)
        })
    } catch let error as ParseError {
      throw error
    } catch {
      throw SecureXMLReader.malformed(file: file, line: nil, detail: "\(error)")
    }
    return statements
  }

  /// Streams the file: `statement` is called when a Stmt/Rpt/Ntfctn's header and balances are
  /// known (entries empty), `entry` for each entry in order, `finished` with the statement's
  /// header and balances once its last entry is passed (entries empty). Memory stays flat: only
  /// one entry is held at a time, so a `Data` mapped from a 1 GB file is fine (its pages count
  /// in the process's resident size as they are read; `stream(contentsOf:…)` avoids that).
  ///
  /// On a throw, what was already reported belongs to a file that is refused: discard it.
  /// - Throws: the `ParseError`s of `read`, or what a callback throws (reading stops there).
  public static func stream(
    _ bytes: Data, file: String, statement: (BankStatement) throws -> Void,
    entry: (BankStatementEntry) throws -> Void, finished: (BankStatement) throws -> Void
  ) throws {
    try bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      let documents = XMLDocumentBoundaries.documents(in: raw)
      var lineOffset = 0
      for (index, range) in documents.enumerated() {
        let document = UnsafeRawBufferPointer(rebasing: raw[range])
        if let refusal = XMLStreamReader.prologRefusal(
          document, file: file, lineOffset: lineOffset)
        {
          throw refusal
        }
        let reader = try XMLStreamReader(bytes: document, file: file, lineOffset: lineOffset)
        try walk(reader, statement: statement, entry: entry, finished: finished)
        if index + 1 < documents.count {
          lineOffset += XMLDocumentBoundaries.lineCount(in: raw, range)
        }
      }
    }
  }

  /// Walks one document, handing each event to its callback.
  static func walk(
    _ reader: XMLStreamReader, statement: (BankStatement) throws -> Void,
    entry: (BankStatementEntry) throws -> Void, finished: (BankStatement) throws -> Void
  ) throws {
    try CamtDocumentWalk(reader: reader).walk { event in
      switch event {
      case .statement(let header): try statement(header)
      case .entry(let booking): try entry(booking)
      case .finished(let header): try finished(header)
      }
    }
  }

  /// `camt.053.001.02` out of `urn:iso:std:iso:20022:tech:xsd:camt.053.001.02`; nil when the
  /// namespace is not an ISO 20022 camt message's.
  public static func messageName(_ namespace: String?) -> String? {
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
