import CLibXML2

/// Streams one XML document through libxml2's xmlTextReader under `SecureXMLReader`'s rules:
/// no network, no DTD loading, no entity substitution, every external load refused
/// (`XMLEntityLoader`), a `<!DOCTYPE …>` refused, libxml2's errors kept off stderr and turned
/// into located `ParseError`s.
///
/// Only the element the reader stands on (and, after `expand()`, its subtree) is held in memory;
/// libxml2 frees what the reader has passed. The bytes must stay valid while the reader lives.
final class XMLStreamReader {
  /// What the reader stands on.
  enum Place: Equatable {
    case startTag
    case endTag
    /// Text, whitespace, a comment or a processing instruction.
    case other
    /// Past the end of the document.
    case end
  }

  private let reader: xmlTextReaderPtr
  private let problem = XMLStreamProblem()
  /// The file libxml2 pulls from, kept alive as long as the reader.
  private let input: XMLFileInput?
  /// The file name used in errors.
  let file: String
  /// Lines of the file that come before this document.
  let lineOffset: Int
  private(set) var place = Place.other

  /// The libxml2 options: exactly `SecureXMLReader`'s. (Not `XML_PARSE_NOBLANKS`: beyond line
  /// 65535 an element's line is found from the text right after its start tag.)
  private static let options = arflow_xml_secure_options()

  /// Opens a reader on `bytes` (one XML document); nothing is read yet.
  /// - Throws: `malformedXML` when libxml2 cannot start a reader.
  convenience init(bytes: UnsafeRawBufferPointer, file: String, lineOffset: Int)
    throws(ParseError)
  {
    _ = XMLEntityLoader.installed
    let opened = bytes.baseAddress.flatMap { base in
      xmlReaderForMemory(
        base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil, nil, Self.options)
    }
    try self.init(opened, file: file, lineOffset: lineOffset, input: nil)
  }

  /// Opens a reader on a file that libxml2 pulls in chunks through `input` (plain reads: no
  /// URL, no gzip detection); nothing is read yet.
  /// - Throws: `malformedXML` when libxml2 cannot start a reader.
  convenience init(input: XMLFileInput, file: String) throws(ParseError) {
    _ = XMLEntityLoader.installed
    let opened = xmlReaderForIO(
      XMLFileInput.read, nil, input.callbackContext, nil, nil, Self.options)
    try self.init(opened, file: file, lineOffset: 0, input: input)
  }

  private init(
    _ opened: xmlTextReaderPtr?, file: String, lineOffset: Int, input: XMLFileInput?
  ) throws(ParseError) {
    guard let opened else {
      throw SecureXMLReader.malformed(
        file: file, line: nil, detail: "libxml2 could not start a reader")
    }
    self.file = file
    self.lineOffset = lineOffset
    self.input = input
    reader = opened
    xmlTextReaderSetStructuredErrorHandler(reader, XMLStreamProblem.handler, problem.handlerData)
  }

  deinit { xmlFreeTextReader(reader) }

  /// Moves to the next node in document order (into an element's children).
  /// - Throws: `malformedXML` where libxml2 stopped, `documentTypeRefused` at a DOCTYPE.
  func advance() throws(ParseError) {
    try move { xmlTextReaderRead($0) }
  }

  /// Moves past the current node and everything inside it.
  /// - Throws: as `advance()`.
  func skip() throws(ParseError) {
    try move { xmlTextReaderNext($0) }
  }

  /// The current element with its whole subtree, read now; valid until the reader moves on.
  /// - Throws: `malformedXML` when the subtree is not well-formed.
  func expand() throws(ParseError) -> XMLStreamNode {
    guard let node = silenced({ xmlTextReaderExpand($0) }) else { throw failure() }
    return XMLStreamNode(node: node, lineOffset: lineOffset)
  }

  /// The depth of the current node; the root element is 0.
  var depth: Int { Int(xmlTextReaderDepth(reader)) }

  /// Whether the current start tag closes itself (`<Stmt/>`), so no end tag follows.
  var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

  /// Whether the current node's local name is `name` (compared as C strings, no Swift string).
  func isNamed(_ name: StaticString) -> Bool {
    xmlStrEqual(xmlTextReaderConstLocalName(reader), name.utf8Start) != 0
  }

  /// The current node's local name.
  var localName: String {
    xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
  }

  /// The current node's namespace URI, if it is in one.
  var namespace: String? {
    xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) }
  }

  /// The 1-based line of the current node in the whole file.
  var line: Int {
    guard let node = xmlTextReaderCurrentNode(reader) else { return parserLine }
    return XMLStreamNode.line(of: node) + lineOffset
  }

  private var parserLine: Int { Int(xmlTextReaderGetParserLineNumber(reader)) + lineOffset }

  private func move(_ step: (xmlTextReaderPtr) -> Int32) throws(ParseError) {
    switch silenced(step) {
    case 1:
      switch xmlTextReaderNodeType(reader) {
      case Int32(XML_READER_TYPE_ELEMENT.rawValue): place = .startTag
      case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): place = .endTag
      case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
        // libxml2 keeps no line for a DOCTYPE node, and its parser may be further on already.
        throw SecureXMLReader.doctypeRefusal(file: file, line: nil)
      default: place = .other
      }
    case 0: place = .end
    default: throw failure()
    }
  }

  /// Runs one libxml2 call with this thread's global error channels pointed at this reader's
  /// problem record, so nothing reaches stderr even when a callback parsed XML in between.
  private func silenced<Result>(_ call: (xmlTextReaderPtr) -> Result) -> Result {
    arflow_xml_silence_thread_into(problem.handlerData, XMLStreamProblem.handler)
    defer { arflow_xml_restore_thread() }
    return withExtendedLifetime(problem) { call(reader) }
  }

  /// The located refusal for where libxml2 stopped.
  private func failure() -> ParseError {
    if let error = input?.failure { return error }
    guard problem.isRecorded else {
      return SecureXMLReader.malformed(
        file: file, line: parserLine, detail: "libxml2 stopped reading (line \(parserLine))")
    }
    let line = problem.line + lineOffset
    return SecureXMLReader.malformed(
      file: file, line: line, detail: "\(problem.message) (line \(line), column \(problem.column))")
  }
}
