import Normalizer
import Parsers
import Receivables

extension FileReading {
  /// Reads a hybrid PDF e-invoice: the Factur-X / ZUGFeRD / XRechnung XML inside it goes through
  /// the same e-invoice reader, security rules and mappings as the XML dropped on its own.
  func readHybridPDF(_ file: InboxFile) throws(FileRejection) -> NormalizedFile {
    let attachment: PDFInvoiceAttachment
    do {
      attachment = try PDFInvoiceAttachment.extract(from: file.bytes, file: file.name)
    } catch {
      throw FileRejection(kind: .eInvoice, error)
    }
    let root: XMLElementNode
    do {
      root = try SecureXMLReader.read(attachment.xml, file: attachment.xmlFile)
    } catch {
      throw FileRejection(kind: .eInvoice, error)
    }
    var normalized = try readEInvoice(
      root, file, xml: attachment.xml, xmlFile: attachment.xmlFile)
    normalized.warnings = attachment.notes + normalized.warnings
    normalized.readAs += " (from \(attachment.name) inside the PDF)"
    return normalized
  }
}
