import CLibXML2

extension XMLSchemaSet {
  /// The problems of a parsed document: its root's, or its envelope payload's.
  func problems(of root: xmlNodePtr) -> [SchemaProblem] {
    var element = root
    if Self.namespace(of: root) == EInvoiceNamespace.envelope,
      XMLTreeBuilder.name(of: root) == "StandardBusinessDocument"
    {
      guard let payload = Self.payload(of: root) else {
        return [problem(root, "the Peppol envelope holds no document to check")]
      }
      element = payload
    }
    let namespace = Self.namespace(of: element)
    let name = XMLTreeBuilder.name(of: element)
    guard let schema = schema(namespace: namespace, rootName: name) else {
      let place = namespace.map { "in the namespace \($0)" } ?? "without a namespace"
      return [
        problem(
          element,
          "no XML Schema for the root element <\(name)> \(place): the schema set covers UBL 2.1 "
            + "Invoice and CreditNote and CII CrossIndustryInvoice")
      ]
    }
    return schema.problems(of: element, isRoot: element == root)
  }

  private func problem(_ node: xmlNodePtr, _ message: String) -> SchemaProblem {
    SchemaProblem(line: arflow_xml_line(node), message: message)
  }

  private static func namespace(of node: xmlNodePtr) -> String? {
    node.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } }
  }

  /// The envelope's first child element that is not its header.
  private static func payload(of envelope: xmlNodePtr) -> xmlNodePtr? {
    var cursor = envelope.pointee.children
    while let node = cursor {
      if node.pointee.type == XML_ELEMENT_NODE,
        !(namespace(of: node) == EInvoiceNamespace.envelope
          && XMLTreeBuilder.name(of: node) == "StandardBusinessDocumentHeader")
      {
        return node
      }
      cursor = node.pointee.next
    }
    return nil
  }
}
