/// The result of handing one document's bytes to libxml2.
enum XMLParseAttempt<Root> {
  /// The document parsed; what was made of its root element.
  case parsed(Root)
  /// The document was refused. `nextDocumentStart` is set when the only problem is a second
  /// document starting at that index of the bytes (concatenated files).
  case failed(ParseError, nextDocumentStart: Int?)
}
