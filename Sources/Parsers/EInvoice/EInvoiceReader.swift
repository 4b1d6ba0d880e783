public import Foundation

/// Reads an EN 16931 e-invoice into its located business terms, without interpreting them: a UBL
/// 2.x `Invoice` or `CreditNote`, a UN/CEFACT `CrossIndustryInvoice`, bare or inside a Peppol
/// envelope (Standard Business Document Header).
///
/// The document is recognised by the namespace URI and local name of its root, never by prefix or
/// file name. Anything else from the e-invoice family (ZUGFeRD 1.0, Svefaktura 1.0, a UBL Order, a
/// CII file with the wrong root) and any other XML is refused with a message that names it.
public enum EInvoiceReader {
  /// Reads an e-invoice file with `SecureXMLReader` (no network, no DOCTYPE).
  /// - Parameters:
  ///   - bytes: the file's bytes.
  ///   - file: the file name used in errors.
  /// - Throws: `ParseError`: the reader's `malformedXML`, `documentTypeRefused`,
  ///   `emptyDocument` or `documentTooLarge`, or `legacyEInvoice` / `notAnInvoice` (see
  ///   `read(_:file:)` for a root).
  public static func read(_ bytes: Data, file: String) throws(ParseError) -> EInvoiceDocument {
    try read(SecureXMLReader.read(bytes, file: file), file: file)
  }

  /// Reads the business terms below a parsed root element.
  /// - Parameters:
  ///   - root: the document's root from `SecureXMLReader`.
  ///   - file: the file name used in errors.
  /// - Throws: `ParseError` located at the root (or the envelope's payload): `legacyEInvoice`
  ///   for ZUGFeRD 1.0 and Svefaktura 1.0, `notAnInvoice` for any other document.
  public static func read(_ root: XMLElementNode, file: String) throws(ParseError)
    -> EInvoiceDocument
  {
    guard isEnvelope(root) else { return try readPayload(root, file: file) }
    var document = try readPayload(payload(of: root, file: file), file: file)
    document.envelope = envelope(root)
    return document
  }

  /// Whether the root belongs to the e-invoice family this reader reads or refuses by name:
  /// any UBL 2.x document, CII, a Peppol envelope, ZUGFeRD 1.0 or Svefaktura 1.0. Lets a caller
  /// route an XML file here rather than to another reader.
  public static func isEInvoiceFamily(_ root: XMLElementNode) -> Bool {
    guard let namespace = root.namespace else { return false }
    return namespace.hasPrefix(EInvoiceNamespace.ublDocumentPrefix)
      || [
        EInvoiceNamespace.ciiMessage, EInvoiceNamespace.envelope, EInvoiceNamespace.zugferd1,
        EInvoiceNamespace.svefaktura1,
      ].contains(namespace)
  }

  /// The invoice a root is, or the refusal that names what it is instead.
  private static func readPayload(_ root: XMLElementNode, file: String) throws(ParseError)
    -> EInvoiceDocument
  {
    switch root.namespace {
    case EInvoiceNamespace.ublInvoice where root.name == "Invoice",
      EInvoiceNamespace.ublCreditNote where root.name == "CreditNote":
      return UBLInvoiceReader.read(root)
    case EInvoiceNamespace.ciiMessage where root.name == "CrossIndustryInvoice":
      return CIIInvoiceReader.read(root)
    default:
      throw refusal(root, file: file)
    }
  }
}
