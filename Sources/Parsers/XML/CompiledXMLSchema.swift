import CLibXML2

/// One XML Schema compiled by libxml2 once and shared: libxml2 only reads a compiled schema while
/// validating, so each validation gets its own context and may run on any thread.
final class CompiledXMLSchema: @unchecked Sendable {
  private let schema: xmlSchemaPtr

  /// Compiles the schema at `path`, letting it include and import files below `folder` only.
  /// - Parameters:
  ///   - path: the entry schema, a canonical absolute path below `folder`.
  ///   - folder: the schema set's canonical folder.
  /// - Throws: `ParseError` (`unreadableFile`) naming the schema and libxml2's first complaint.
  init(path: String, folder: String) throws(ParseError) {
    let log = XMLErrorLog(limit: 5)
    let compiled = XMLEntityLoader.allowingFiles(under: folder) { () -> xmlSchemaPtr? in
      guard let parser = xmlSchemaNewParserCtxt(path) else { return nil }
      defer { xmlSchemaFreeParserCtxt(parser) }
      return log.withHandlerData { data in
        xmlSchemaSetParserStructuredErrors(parser, XMLErrorLog.handler, data)
        arflow_xml_silence_thread_into(data, XMLErrorLog.handler)
        defer { arflow_xml_restore_thread() }
        return xmlSchemaParse(parser)
      }
    }
    guard let compiled else {
      let detail = log.problems.first.map { ": \($0.message)" } ?? ""
      throw ParseError(
        .unreadableFile, file: path,
        message: "the XML Schema \(path) could not be compiled\(detail)",
        fix: "point arflow at a complete, unmodified copy of the schema folder")
    }
    schema = compiled
  }

  deinit { xmlSchemaFree(schema) }

  /// The problems of one element and everything below it (the document's root or an envelope's
  /// payload); empty when it is valid.
  /// - Parameters:
  ///   - element: an element of a parsed libxml2 document.
  ///   - isRoot: whether `element` is the document's root (validated as the whole document).
  func problems(of element: xmlNodePtr, isRoot: Bool) -> [SchemaProblem] {
    guard let context = xmlSchemaNewValidCtxt(schema) else {
      return [SchemaProblem(line: nil, message: "libxml2 could not start a schema validation")]
    }
    defer { xmlSchemaFreeValidCtxt(context) }
    let log = XMLErrorLog(limit: 100)
    let result = log.withHandlerData { data in
      xmlSchemaSetValidStructuredErrors(context, XMLErrorLog.handler, data)
      if isRoot, let document = element.pointee.doc {
        return xmlSchemaValidateDoc(context, document)
      }
      return xmlSchemaValidateOneElement(context, element)
    }
    if result != 0, log.problems.isEmpty {
      return [SchemaProblem(line: nil, message: "libxml2 could not validate (code \(result))")]
    }
    return log.report
  }
}
