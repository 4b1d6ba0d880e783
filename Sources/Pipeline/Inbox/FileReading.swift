import Foundation
import Normalizer
import Parsers
import Receivables

/// Reads an inbox file into domain records: recognises its kind, parses and normalises it.
struct FileReading {
  let mappings: [SourceMapping]
  /// A mapping to use instead of choosing one by recognition (`arflow inspect --mapping`).
  var forcedMapping: String?
  /// The XSD schemas e-invoices are checked against (`--schemas DIR`); nil: no XSD check.
  var schemas: XMLSchemaSet?
  /// The creditor's own accounts (`bankAccounts` of `company.yaml`); empty: every account.
  var ownAccounts: [String] = []
  /// What to do with a statement whose balances do not add up (`statements: balanceMismatch:`
  /// in `mappings/reconciliation.yaml`).
  var balanceMismatch: BalanceMismatch = .book

  /// Every kind of file arflow reads, for the message about a file it cannot place.
  static let kindsRead =
    "open-item lists, customer masters and credit information as CSV or Excel workbooks (.xlsx), "
    + "e-invoices as UBL or CII XML or as Factur-X/ZUGFeRD/XRechnung PDFs, bank statements as "
    + "camt.052/053/054 XML, MT940/MT942, CODA or BAI2, and bank account exports as CSV"

  /// Reads a file by what its content is, whatever its name: a PDF, a workbook, XML, a
  /// line-based bank statement, or a CSV table.
  /// - Throws: `FileRejection` when the file as a whole cannot be read.
  func read(_ file: InboxFile) throws(FileRejection) -> NormalizedFile {
    let bytes = file.bytes
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
      throw FileRejection(
        kind: .unknown, message: "the file is empty", location: nil,
        fix: "export it again from the accounting system or the bank")
    }
    if PDFInvoiceAttachment.looksLikePDF(bytes) {
      return try readHybridPDF(file)
    }
    if let other = XLSXReader.looksLikeOtherSpreadsheet(bytes) {
      throw FileRejection(
        kind: .unknown,
        message: "the file is a spreadsheet in a format arflow does not read (.\(other))",
        location: nil, fix: "open it in Excel or LibreOffice and save it as .xlsx or CSV")
    }
    if XLSXReader.looksLikeWorkbook(bytes) {
      let table: CSVTable
      do {
        table = try XLSXReader.read(bytes, file: file.name)
      } catch {
        throw FileRejection(kind: .openItems, error)
      }
      return try readTable(table, file: file)
    }
    if looksLikeXML(bytes) {
      return try readXML(file)
    }
    if let format = lineStatementFormat(bytes) {
      return try readLineStatement(file, format: format)
    }
    guard looksLikeText(bytes) else {
      throw FileRejection(
        kind: .unknown, message: "arflow does not read this kind of file", location: nil,
        fix: "drop \(Self.kindsRead)")
    }
    let table: CSVTable
    do {
      table = try CSVReader.read(bytes, file: file.name)
    } catch {
      throw FileRejection(kind: .openItems, error)
    }
    return try readTable(table, file: file)
  }

  /// Reads a table (CSV or a workbook's sheet) with the mapping that recognises it.
  private func readTable(_ table: CSVTable, file: InboxFile) throws(FileRejection)
    -> NormalizedFile
  {
    do throws(NormalizerError) {
      let choice = try chooseMapping(for: file.name, table: table)
      var normalized = try TableNormalizer(mapping: choice.mapping).normalize(
        table, file: file.name)
      normalized.encoding = table.sheet.map { "xlsx (sheet \($0))" } ?? table.encoding
      normalized.delimiter = table.sheet == nil ? String(table.delimiter) : nil
      normalized.mappingReason = choice.reason
      let records =
        normalized.items.count + normalized.customers.count + normalized.payments.count
        + normalized.creditAssessments.count
      if records == 0, normalized.rejected.isEmpty, !normalized.isFullSnapshot {
        throw NormalizerError.headerOnly(file: file.name, mapping: choice.mapping.name)
      }
      return normalized
    } catch {
      var rejection = FileRejection(
        kind: .openItems, message: error.message, location: error.line.map { "line \($0)" },
        fix: error.fix)
      rejection.details = error.details
      throw rejection
    }
  }

  /// Whether the bytes read as text: no NUL byte (UTF-16 files start with a byte-order mark).
  private func looksLikeText(_ bytes: Data) -> Bool {
    let start = bytes.prefix(2)
    if start == Data([0xFF, 0xFE]) || start == Data([0xFE, 0xFF]) { return true }
    return !bytes.prefix(64 * 1024).contains(0)
  }

  private func chooseMapping(for name: String, table: CSVTable) throws(NormalizerError)
    -> MappingChoice
  {
    if let forcedMapping {
      guard let mapping = mappings.first(where: { $0.name == forcedMapping }) else {
        throw NormalizerError.unknownMapping(
          forcedMapping, file: name, known: mappings.map(\.name))
      }
      return MappingChoice(mapping: mapping, reason: "named with --mapping")
    }
    return try MappingChoice.choose(for: name, rows: table.rows.map(\.cells), among: mappings)
  }

  /// Whether the first character after a byte-order mark and any blank lines is `<`.
  private func looksLikeXML(_ bytes: Data) -> Bool {
    let start = bytes.drop {
      $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09
    }
    return start.first == UInt8(ascii: "<")
  }
}

extension FileRejection {
  init(kind: FileKind, _ error: ParseError) {
    var location: String?
    switch (error.element, error.line) {
    case (let element?, let line?): location = "element \(element) (line \(line))"
    case (let element?, nil): location = "element \(element)"
    case (nil, let line?): location = "line \(line)"
    case (nil, nil): location = nil
    }
    self.init(kind: kind, message: error.message, location: location, fix: error.fix)
  }
}
