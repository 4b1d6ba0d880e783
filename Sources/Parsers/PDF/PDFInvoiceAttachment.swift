public import Foundation

/// The e-invoice XML a hybrid PDF carries (Factur-X, ZUGFeRD or XRechnung in a PDF/A-3), taken
/// out of the PDF's embedded files in memory with poppler.
///
/// The XML is then read exactly like the same XML dropped on its own (`readInvoice()` hands it
/// to `EInvoiceReader` with the same security rules), so a ZUGFeRD 1.0 invoice in a PDF is
/// refused with the same message as its XML. Nothing is written to disk; the embedded file is
/// counted while it is read and never allowed past `sizeLimit`, whatever size the PDF declares.
public struct PDFInvoiceAttachment: Sendable, Hashable {
  /// The embedded invoice XML, byte for byte as the PDF holds it (after stream decoding).
  public var xml: Data
  /// The embedded file's name as the PDF writes it, e.g. `factur-x.xml` or `ZUGFeRD-invoice.xml`.
  public var name: String
  /// The PDF's file name as the user named it.
  public var pdfFile: String
  /// What the bookkeeper should know about the choice: which invoice files the PDF carried and
  /// which one was read, other files it carries, a declared size that does not match.
  public var notes: [String]
  /// Every file the PDF embeds, in the PDF's order.
  public var embeddedFiles: [PDFEmbeddedFile]
  /// What poppler reported about the PDF's syntax while reading it (for logs, not for the
  /// bookkeeper); at most 20 messages and a count of the rest.
  public var pdfWarnings: [String]

  /// The largest embedded invoice XML accepted by default: 20 MiB.
  public static let defaultSizeLimit = 20 * 1024 * 1024

  /// The name errors about the XML use: `rechnung.pdf (embedded factur-x.xml)`.
  public var xmlFile: String { "\(pdfFile) (embedded \(name))" }

  /// Whether the bytes are a PDF: `%PDF-` within the first 1024 bytes (where PDF readers look).
  public static func looksLikePDF(_ bytes: Data) -> Bool {
    bytes.prefix(1024).range(of: Data("%PDF-".utf8)) != nil
  }

  /// Takes the invoice XML out of a hybrid PDF.
  ///
  /// The invoice is the embedded file named `factur-x.xml`, `zugferd-invoice.xml` or
  /// `xrechnung.xml` (any case); when several are there, the first in that order is read and a
  /// note says so.
  /// - Parameters:
  ///   - bytes: the PDF's bytes.
  ///   - file: the PDF's file name used in errors and in `xmlFile`.
  ///   - sizeLimit: the most bytes the invoice XML may have.
  /// - Throws: `ParseError` with code `emptyDocument`, `unreadablePDF` (not a PDF, cut off,
  ///   damaged, password-protected, or the embedded file cannot be decoded), `noInvoiceInPDF`,
  ///   `ambiguousInvoiceInPDF` or `attachmentTooLarge`.
  public static func extract(
    from bytes: Data, file: String, sizeLimit: Int = defaultSizeLimit
  ) throws(ParseError) -> PDFInvoiceAttachment {
    if let refusal = prologRefusal(bytes, file: file) { throw refusal }
    let log = PDFWarningLog()
    var attachment = try log.collecting { () throws(ParseError) -> PDFInvoiceAttachment in
      let pdf: OpenedPDF
      do throws(OpenedPDF.Failure) {
        pdf = try OpenedPDF(bytes)
      } catch {
        throw openingRefusal(error, file: file, warnings: log.warnings)
      }
      return try invoice(in: pdf, file: file, sizeLimit: sizeLimit)
    }
    attachment.pdfWarnings = log.report
    return attachment
  }

  /// Reads the embedded XML as an e-invoice, with `xmlFile` as its name in errors.
  /// - Throws: `ParseError` from `EInvoiceReader.read(_:file:)`, e.g. `legacyEInvoice` for
  ///   ZUGFeRD 1.0 or `documentTypeRefused` for an XML with a DOCTYPE.
  public func readInvoice() throws(ParseError) -> EInvoiceDocument {
    try EInvoiceReader.read(xml, file: xmlFile)
  }

  /// Refuses what is not worth handing to poppler: no bytes, no PDF header, no `%%EOF` at the
  /// end (a PDF cut off while it was sent or copied).
  private static func prologRefusal(_ bytes: Data, file: String) -> ParseError? {
    if bytes.isEmpty {
      return ParseError(
        .emptyDocument, file: file, message: "the file is empty",
        fix: "ask the sender to send the invoice again")
    }
    if !looksLikePDF(bytes) {
      return unreadable(
        file: file, "the file is not a PDF: its first 1024 bytes have no %PDF- header")
    }
    if bytes.suffix(1024).range(of: Data("%%EOF".utf8)) == nil {
      return unreadable(
        file: file,
        "the PDF is incomplete: it does not end with %%EOF, so it was probably cut off while it "
          + "was sent, downloaded or copied")
    }
    return nil
  }

  /// Picks the invoice among the PDF's embedded files and reads it within the limit.
  private static func invoice(in pdf: OpenedPDF, file: String, sizeLimit: Int)
    throws(ParseError) -> PDFInvoiceAttachment
  {
    let choice = try invoiceChoice(in: pdf.files, file: file)
    let chosen = pdf.files[choice.index]
    var notes = choice.notes
    if let declared = chosen.declaredSize, declared > sizeLimit {
      throw tooLarge(chosen, file: file, limit: sizeLimit, readSoFar: nil)
    }
    switch pdf.read(choice.index, limit: sizeLimit) {
    case .tooLarge(let readSoFar):
      throw tooLarge(chosen, file: file, limit: sizeLimit, readSoFar: readSoFar)
    case .unreadable:
      throw unreadable(
        file: file,
        "the embedded \(printable(chosen.name)) cannot be read: its data in the PDF is damaged")
    case .bytes(let xml):
      if let declared = chosen.declaredSize, declared != xml.count {
        notes.append(
          "\(printable(chosen.name)) declares \(declared) bytes but holds \(xml.count); "
            + "arflow read what it holds")
      }
      return PDFInvoiceAttachment(
        xml: xml, name: chosen.name, pdfFile: file, notes: notes, embeddedFiles: pdf.files,
        pdfWarnings: [])
    }
  }
}
