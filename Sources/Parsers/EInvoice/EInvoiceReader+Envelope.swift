extension EInvoiceReader {
  private static let headerName = "StandardBusinessDocumentHeader"

  /// Whether the root is a Peppol `StandardBusinessDocument`.
  static func isEnvelope(_ root: XMLElementNode) -> Bool {
    root.namespace == EInvoiceNamespace.envelope && root.name == "StandardBusinessDocument"
  }

  /// The document the envelope carries: its child element that is not the header.
  static func payload(of root: XMLElementNode, file: String) throws(ParseError)
    -> XMLElementNode
  {
    let payload = root.children.first {
      !($0.namespace == EInvoiceNamespace.envelope && $0.name == headerName)
    }
    guard let payload else {
      throw ParseError(
        .notAnInvoice, file: file, line: root.line, element: root.path,
        message: "the Peppol envelope (StandardBusinessDocument) holds no document after its "
          + "header",
        fix: "ask the sender or the access point for the complete message with the invoice in it")
    }
    return payload
  }

  /// The envelope's sender, receiver and instance identifier.
  static func envelope(_ root: XMLElementNode) -> EInvoiceEnvelope {
    let namespace = EInvoiceNamespace.envelope
    let header = root.child(headerName, in: namespace)
    var envelope = EInvoiceEnvelope()
    envelope.sender = XMLText(
      header?.child("Sender", in: namespace)?.child("Identifier", in: namespace),
      qualifier: "Authority")
    envelope.receiver = XMLText(
      header?.child("Receiver", in: namespace)?.child("Identifier", in: namespace),
      qualifier: "Authority")
    envelope.instanceID = XMLText(
      header?.child("DocumentIdentification", in: namespace)?
        .child("InstanceIdentifier", in: namespace))
    return envelope
  }
}
