/// The result of handing one document's bytes to libxml2.
enum XMLParseAttempt {
  /// The document parsed; its root element.
  case parsed(XMLElementNode)
  /// The document was refused. `nextDocumentStart` is set when the only problem is a second
  /// document starting at that index of the bytes (concatenated files).
  case failed(ParseError, nextDocumentStart: Int?)
}
