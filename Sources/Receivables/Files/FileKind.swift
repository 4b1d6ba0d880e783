/// What an inbox file was read as. Stored with every file in the ledger (`ingested_file.kind`):
/// the raw values never change.
public enum FileKind: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
  /// An open-items list (CSV or workbook) read with an `open-items` mapping.
  case openItems = "open-items"
  /// A customer master read with a `customers` mapping.
  case customers
  /// Credit information (bureau scores, limits) read with a `credit-info` mapping.
  case creditInfo = "credit-info"
  /// A bank account export (CSV) read with a `payments` mapping.
  case payments
  /// Pauses, disputes, promises and resumes (CSV or workbook) read with a `holds` mapping.
  case holds
  /// An e-invoice: UBL, CII or a hybrid PDF with the XML inside.
  case eInvoice = "e-invoice"
  /// A bank statement: camt.05x, MT940/MT942, CODA or BAI2.
  case bankStatement = "bank-statement"
  /// An XML file that is neither an e-invoice nor a bank statement.
  case xml
  /// A file whose kind could not be told.
  case unknown
  /// A file whose content was processed before: not read again.
  case duplicate
  /// A file committed before an interruption and archived on restart: not read again.
  case resumed

  public var description: String { rawValue }
}
