import Foundation
import Normalizer
import Parsers

extension FileReading {
  /// Reads an XML file: a camt bank statement, or an e-invoice (UBL, CII, in an SBDH envelope
  /// or not); anything else is refused with the document named.
  func readXML(_ file: InboxFile) throws(FileRejection) -> NormalizedFile {
    let roots: [XMLElementNode]
    do {
      roots = try SecureXMLReader.readDocuments(file.bytes, file: file.name)
    } catch {
      throw FileRejection(kind: "xml", error)
    }
    if roots.count == 1, let root = roots.first, !isBankStatement(root) {
      return try readEInvoice(root, file)
    }
    do {
      var statements: [CamtStatement] = []
      for root in roots {
        guard isBankStatement(root) else {
          throw FileRejection(
            kind: "xml",
            message: "the XML document <\(root.name)> is not a bank statement arflow reads",
            location: "element /\(root.name) (line \(root.line))",
            fix: "drop one camt statement per file, or concatenated camt documents only")
        }
        statements += try CamtReader.read(root, file: file.name)
      }
      return BankStatementNormalizer().normalize(statements, file: file.name)
    } catch let error as ParseError {
      throw FileRejection(kind: "bank-statement", error)
    } catch let error as FileRejection {
      throw error
    } catch {
      throw FileRejection(kind: "xml", message: "\(error)", location: nil, fix: "check the file")
    }
  }

  private func isBankStatement(_ root: XMLElementNode) -> Bool {
    root.name == "Document" && root.children.contains { $0.name.hasPrefix("BkToCstmr") }
  }

  private func readEInvoice(_ root: XMLElementNode, _ file: InboxFile) throws(FileRejection)
    -> NormalizedFile
  {
    let document: EInvoiceDocument
    do {
      document = try EInvoiceReader.read(root, file: file.name)
    } catch {
      throw FileRejection(kind: "e-invoice", error)
    }
    let mapping: SourceMapping
    if let forcedMapping {
      guard let named = mappings.first(where: { $0.name == forcedMapping }),
        named.kind == .eInvoices
      else {
        throw FileRejection(
          kind: "e-invoice",
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
          kind: "e-invoice",
          message: "no mapping of kind e-invoices matches this file",
          location: nil,
          fix: "add mappings/sources/einvoice.yaml (arflow init writes the default one)")
      }
      mapping = chosen
    }
    let problems = schemas?.problems(in: file.bytes, file: file.name) ?? []
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
        kind: "e-invoice", message: error.message, location: location, fix: error.fix)
    }
  }

  private var eInvoiceMappingNames: String {
    mappings.filter { $0.kind == .eInvoices }.map(\.name).joined(separator: ", ")
  }
}
