import Foundation
import Normalizer
import Parsers
import Receivables

extension FileReading {
  /// Reads an XML file: a camt.052/053/054 bank statement (one or several concatenated
  /// documents, read streaming), or an e-invoice (UBL, CII, in an SBDH envelope or not);
  /// anything else is refused with the document named.
  func readXML(_ file: InboxFile) throws(FileRejection) -> NormalizedFile {
    let statements: [BankStatement]?
    do {
      statements = try CamtReader.read(file.bytes, file: file.name)
    } catch  where error.code == .notACamtMessage {
      statements = nil  // not camt: an e-invoice, or something to refuse by name
    } catch {
      throw FileRejection(kind: .bankStatement, error)
    }
    if let statements {
      return try statementPayments(statements, file: file)
    }
    let root: XMLElementNode
    do {
      root = try SecureXMLReader.read(file.bytes, file: file.name)
    } catch {
      throw FileRejection(kind: .xml, error)
    }
    return try readEInvoice(root, file, xml: file.bytes, xmlFile: file.name)
  }

  /// Reads an e-invoice's XML (a file of its own, or the XML inside a hybrid PDF, then named
  /// `invoice.pdf (embedded factur-x.xml)`).
  func readEInvoice(_ root: XMLElementNode, _ file: InboxFile, xml: Data, xmlFile: String)
    throws(FileRejection) -> NormalizedFile
  {
    let document: EInvoiceDocument
    do {
      document = try EInvoiceReader.read(root, file: xmlFile)
    } catch {
      throw FileRejection(kind: .eInvoice, error)
    }
    let mapping: SourceMapping
    if let forcedMapping {
      guard let named = mappings.first(where: { $0.name == forcedMapping }),
        named.kind == .eInvoices
      else {
        throw FileRejection(
          kind: .eInvoice,
          message: "there is no e-invoice mapping named '\(forcedMapping)'",
          location: nil,
          fix: "name a mapping of kind e-invoices: \(eInvoiceMappingNames)")
      }
      mapping = named
    } else {
      guard
        let chosen = EInvoiceMappingChoice.choose(
          for: document, fileName: file.name, among: mappings)
      else {
        throw FileRejection(
          kind: .eInvoice,
          message: "no mapping of kind e-invoices matches this file",
          location: nil,
          fix: "add mappings/sources/einvoice.yaml (arflow init writes the default one)")
      }
      mapping = chosen
    }
    let problems = schemas?.problems(in: xml, file: xmlFile) ?? []
    do {
      return try EInvoiceNormalizer(mapping: mapping).normalize(
        document, file: file.name, schemaProblems: problems)
    } catch {
      var location: String?
      switch (error.element, error.line) {
      case (let element?, let line?): location = "element \(element) (line \(line))"
      case (let element?, nil): location = "element \(element)"
      case (nil, let line?): location = "line \(line)"
      case (nil, nil): location = nil
      }
      throw FileRejection(
        kind: .eInvoice, message: error.message, location: location, fix: error.fix)
    }
  }

  private var eInvoiceMappingNames: String {
    mappings.filter { $0.kind == .eInvoices }.map(\.name).joined(separator: ", ")
  }
}
