import CLibXML2

extension SecureXMLReader {
  /// libxml2's code for content after the root element.
  private static let extraContentCode: Int32 = 5
  /// libxml2's code for an XML declaration that is not at the start.
  private static let misplacedDeclarationCode: Int32 = 64

  /// Parses one document's bytes with the secure options and copies the tree.
  /// - Parameters:
  ///   - bytes: the document (a slice of the file when documents are concatenated).
  ///   - file: the file name used in errors.
  ///   - lineOffset: lines of the file that come before `bytes`.
  static func parseDocument(_ bytes: ArraySlice<UInt8>, file: String, lineOffset: Int)
    -> XMLParseAttempt<XMLElementNode>
  {
    withParsedDocument(bytes, file: file, lineOffset: lineOffset) { root in
      XMLTreeBuilder.element(
        root, path: "/" + XMLTreeBuilder.name(of: root), lineOffset: lineOffset)
    }
  }

  /// Parses one document's bytes with the secure options (no network, no DOCTYPE, every external
  /// load refused) and hands its root element to `body` while the libxml2 tree is alive.
  /// - Parameters:
  ///   - bytes: the document.
  ///   - file: the file name used in errors.
  ///   - lineOffset: lines of the file that come before `bytes`.
  ///   - body: what to make of the root; runs with this thread's libxml2 errors silenced.
  static func withParsedDocument<Root>(
    _ bytes: ArraySlice<UInt8>, file: String, lineOffset: Int, _ body: (xmlNodePtr) -> Root
  ) -> XMLParseAttempt<Root> {
    if let refusal = prologRefusal(bytes, file: file, lineOffset: lineOffset) {
      return .failed(refusal, nextDocumentStart: nil)
    }
    _ = XMLEntityLoader.installed
    guard let context = xmlNewParserCtxt() else {
      let error = malformed(file: file, line: nil, detail: "libxml2 could not start a parser")
      return .failed(error, nextDocumentStart: nil)
    }
    defer { xmlFreeParserCtxt(context) }
    var outcome = arflow_xml_outcome()
    return withUnsafeMutablePointer(to: &outcome) { outcome in
      arflow_xml_guard_context(context, outcome)
      arflow_xml_silence_thread(context)
      defer { arflow_xml_restore_thread() }
      let document = bytes.withUnsafeBufferPointer { buffer in
        buffer.baseAddress.flatMap { base in
          base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
            xmlCtxtReadMemory(
              context, $0, Int32(buffer.count), nil, nil, arflow_xml_secure_options())
          }
        }
      }
      defer { if let document { xmlFreeDoc(document) } }
      return attempt(
        document, outcome: outcome.pointee, bytes: bytes, file: file, lineOffset: lineOffset,
        body: body)
    }
  }

  /// Turns what libxml2 returned into `body`'s result for the root or a located refusal.
  private static func attempt<Root>(
    _ document: xmlDocPtr?, outcome: arflow_xml_outcome, bytes: ArraySlice<UInt8>, file: String,
    lineOffset: Int, body: (xmlNodePtr) -> Root
  ) -> XMLParseAttempt<Root> {
    if outcome.doctype_seen != 0 || document?.pointee.intSubset != nil {
      let line = outcome.doctype_seen != 0 ? Int(outcome.doctype_line) + lineOffset : nil
      return .failed(doctypeRefusal(file: file, line: line), nextDocumentStart: nil)
    }
    if let document, outcome.error_is_fatal == 0, let root = xmlDocGetRootElement(document) {
      return .parsed(body(root))
    }
    guard outcome.has_error != 0 else {
      let error = malformed(file: file, line: nil, detail: "libxml2 found no root element")
      return .failed(error, nextDocumentStart: nil)
    }
    let detail = withUnsafeBytes(of: outcome.message) { raw in
      String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
    }.split(whereSeparator: \.isNewline).joined(separator: " ")
    let line = Int(outcome.line) + lineOffset
    let error = malformed(
      file: file, line: line,
      detail: "\(detail) (line \(line), column \(outcome.column))")
    return .failed(error, nextDocumentStart: nextDocumentStart(outcome, in: bytes))
  }

  /// Where a second, concatenated document starts, when that is what libxml2 stopped at.
  private static func nextDocumentStart(_ outcome: arflow_xml_outcome, in bytes: ArraySlice<UInt8>)
    -> Int?
  {
    guard outcome.byte_offset > 0, outcome.byte_offset <= bytes.count else { return nil }
    let stop = bytes.startIndex + Int(outcome.byte_offset)
    switch outcome.code {
    case extraContentCode:
      return stop
    case misplacedDeclarationCode:
      let declaration = Array("<?xml".utf8)
      var index = min(stop, bytes.endIndex - declaration.count)
      while index > bytes.startIndex {
        if bytes[index..<index + declaration.count].elementsEqual(declaration) { return index }
        index -= 1
      }
      return nil
    default:
      return nil
    }
  }

  static func malformed(file: String, line: Int?, detail: String) -> ParseError {
    ParseError(
      .malformedXML, file: file, line: line,
      message: "the XML is not well-formed: \(detail)",
      fix: "ask the sender for a complete, unmodified file (it may be cut off or edited by hand)")
  }

  static func doctypeRefusal(file: String, line: Int?) -> ParseError {
    let place = line.map { " on line \($0)" } ?? ""
    return ParseError(
      .documentTypeRefused, file: file, line: line, element: "<!DOCTYPE>",
      message: "the file declares a document type (<!DOCTYPE …>)\(place); bank statements and "
        + "e-invoices never do, and it can hide entity tricks, so the file was not read",
      fix: "ask the sender for the file without the <!DOCTYPE …> declaration")
  }
}
