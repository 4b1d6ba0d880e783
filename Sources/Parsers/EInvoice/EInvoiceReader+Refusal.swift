extension EInvoiceReader {
  private static let readable =
    "arflow reads UBL 2.1 Invoice and CreditNote (Peppol BIS 3, XRechnung, EHF) and UN/CEFACT "
    + "CrossIndustryInvoice (ZUGFeRD 2.x, Factur-X, XRechnung CII)"
  private static let notReceivableFix =
    "move the file out of the inbox: it is not a receivable. " + readable

  /// The refusal for a root that is not an invoice this reader reads, naming what it is.
  static func refusal(_ root: XMLElementNode, file: String) -> ParseError {
    let namespace = root.namespace ?? ""
    let refuse = { (code: ParseError.Code, message: String, fix: String) in
      ParseError(code, file: file, line: root.line, element: root.path, message: message, fix: fix)
    }
    switch namespace {
    case EInvoiceNamespace.zugferd1:
      return refuse(
        .legacyEInvoice,
        "ZUGFeRD 1.0 (\(root.name)) is a legacy format arflow does not read",
        "ask the sender for the invoice as ZUGFeRD 2.x/Factur-X or XRechnung (UBL or CII)")
    case EInvoiceNamespace.svefaktura1:
      return refuse(
        .legacyEInvoice,
        "Svefaktura 1.0 (\(root.name), \(namespace)) is a legacy format arflow does not read",
        "ask the sender for the invoice as Peppol BIS Billing 3.0 (Svefaktura's successor), "
          + "ZUGFeRD 2.x/Factur-X or XRechnung")
    case EInvoiceNamespace.ciiMessage:
      return refuse(
        .notAnInvoice,
        "the root element <\(root.name)> is in the Cross Industry Invoice namespace, but a CII "
          + "invoice's root must be <CrossIndustryInvoice>",
        "ask the sender for a corrected file whose root element is rsm:CrossIndustryInvoice "
          + "(ZUGFeRD 2.x, Factur-X, XRechnung CII)")
    case EInvoiceNamespace.envelope:
      return refuse(
        .notAnInvoice,
        "the Peppol envelope holds <\(root.name)> instead of an invoice",
        "ask the sender or the access point for the message with the invoice in it")
    default:
      return otherRefusal(root, namespace: namespace, refuse: refuse)
    }
  }

  /// UBL documents that are not invoices, bank statements and any other XML.
  private static func otherRefusal(
    _ root: XMLElementNode, namespace: String,
    refuse: (ParseError.Code, String, String) -> ParseError
  ) -> ParseError {
    if namespace.hasPrefix(EInvoiceNamespace.ublDocumentPrefix) {
      if root.name == "Invoice" || root.name == "CreditNote" {
        return refuse(
          .notAnInvoice,
          "the root element <\(root.name)> is in the namespace \(namespace), not in UBL 2.x's "
            + "urn:oasis:names:specification:ubl:schema:xsd:\(root.name)-2",
          "ask the sender for a UBL 2.1 \(root.name) (Peppol BIS 3 or XRechnung)")
      }
      return refuse(
        .notAnInvoice, "a UBL \(root.name) is not an invoice", notReceivableFix)
    }
    if let camt = CamtReader.messageName(namespace) {
      return refuse(
        .notAnInvoice, "an ISO 20022 \(camt) bank statement (<\(root.name)>) is not an invoice",
        "import it as a bank statement, not as an invoice")
    }
    let place = namespace.isEmpty ? "without a namespace" : "in the namespace \(namespace)"
    return refuse(
      .notAnInvoice,
      "the file is not an e-invoice: its root element is <\(root.name)> \(place)",
      "check what the file is: if it is an invoice, ask the sender for it as an e-invoice; "
        + readable)
  }
}
