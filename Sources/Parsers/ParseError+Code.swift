extension ParseError {
  /// The kind of a parse problem.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private enum Kind: String {
      case notUTF8
      case invalidUTF16
      case unreadableFile
      case unterminatedQuote
      case emptyDocument
      case documentTooLarge
      case documentTypeRefused
      case malformedXML
      case notACamtMessage
      case noStatement
      case missingAmount
      case invalidAmount
      case missingCurrency
      case invalidCurrency
      case missingCreditDebit
      case invalidCreditDebit
      case unknownStatementFormat
      case malformedStatementLine
      case invalidStatementDate
      case missingStatementField
      case legacyEInvoice
      case notAnInvoice
      case unreadablePDF
      case noInvoiceInPDF
      case ambiguousInvoiceInPDF
      case attachmentTooLarge
      case notAWorkbook
      case damagedWorkbook
      case unsupportedSpreadsheet
      case workbookTooLarge
      case sheetNotFound
    }

    private let kind: Kind

    private init(_ kind: Kind) { self.kind = kind }

    /// A UTF-8 file (byte-order mark, or mostly UTF-8 characters) has a byte that is not
    /// UTF-8, e.g. a Windows-1252 letter pasted in.
    public static let notUTF8 = Code(.notUTF8)
    /// A file with a UTF-16 byte-order mark has an odd number of bytes or a broken character.
    public static let invalidUTF16 = Code(.invalidUTF16)
    /// The file could not be opened or read from disk.
    public static let unreadableFile = Code(.unreadableFile)
    /// A quoted CSV field is never closed.
    public static let unterminatedQuote = Code(.unterminatedQuote)
    /// The file has no content at all.
    public static let emptyDocument = Code(.emptyDocument)
    /// The file is larger than the XML reader accepts.
    public static let documentTooLarge = Code(.documentTooLarge)
    /// The XML carries a DOCTYPE, which bank and invoice files never do; refused unread.
    public static let documentTypeRefused = Code(.documentTypeRefused)
    /// The XML is not well-formed.
    public static let malformedXML = Code(.malformedXML)
    /// The XML is not an ISO 20022 camt.052/053/054 message.
    public static let notACamtMessage = Code(.notACamtMessage)
    /// The camt message holds no statement, report or notification.
    public static let noStatement = Code(.noStatement)
    /// An entry has no `<Amt>`.
    public static let missingAmount = Code(.missingAmount)
    /// An `<Amt>` is not a plain decimal amount.
    public static let invalidAmount = Code(.invalidAmount)
    /// An `<Amt>` has no `Ccy` attribute.
    public static let missingCurrency = Code(.missingCurrency)
    /// A `Ccy` is not a three-letter currency code.
    public static let invalidCurrency = Code(.invalidCurrency)
    /// An entry has no `<CdtDbtInd>`.
    public static let missingCreditDebit = Code(.missingCreditDebit)
    /// A `<CdtDbtInd>` is neither CRDT nor DBIT.
    public static let invalidCreditDebit = Code(.invalidCreditDebit)
    /// The XML is an e-invoice in a format that EN 16931 replaced (ZUGFeRD 1.0, Svefaktura 1.0).
    public static let legacyEInvoice = Code(.legacyEInvoice)
    /// The XML is not a UBL Invoice/CreditNote or CII CrossIndustryInvoice (e.g. a UBL Order).
    public static let notAnInvoice = Code(.notAnInvoice)
    /// A PDF that cannot be opened: not a PDF, cut off, damaged or protected with a password.
    public static let unreadablePDF = Code(.unreadablePDF)
    /// A PDF without an embedded Factur-X / ZUGFeRD / XRechnung XML (a plain PDF invoice).
    public static let noInvoiceInPDF = Code(.noInvoiceInPDF)
    /// A PDF that embeds two files under the same invoice XML name (e.g. two `factur-x.xml`).
    public static let ambiguousInvoiceInPDF = Code(.ambiguousInvoiceInPDF)
    /// A PDF whose embedded invoice XML is larger than the reader accepts.
    public static let attachmentTooLarge = Code(.attachmentTooLarge)
    /// The file is not an Excel `.xlsx` workbook: not a ZIP package, or a ZIP without
    /// `xl/workbook.xml`.
    public static let notAWorkbook = Code(.notAWorkbook)
    /// The workbook is cut off or damaged: a broken ZIP, a part that fails its checksum, a part
    /// the workbook names but does not hold, or a cell that points nowhere.
    public static let damagedWorkbook = Code(.damagedWorkbook)
    /// A spreadsheet arflow does not read: an Excel 97–2003 `.xls` (or a password-protected
    /// workbook), an OpenDocument `.ods`, or a binary `.xlsb`.
    public static let unsupportedSpreadsheet = Code(.unsupportedSpreadsheet)
    /// The workbook unpacks to more than the reader accepts (a part, the whole, or the cells of
    /// the sheet), which is also how a ZIP bomb shows.
    public static let workbookTooLarge = Code(.workbookTooLarge)
    /// The workbook has no sheet of the name asked for, or no worksheet at all.
    public static let sheetNotFound = Code(.sheetNotFound)

    /// A text file that looks like a bank statement but is none of MT940, MT942, CODA, BAI2.
    public static let unknownStatementFormat = Code(.unknownStatementFormat)
    /// A line or record of an MT940/MT942, CODA or BAI2 file does not follow the format
    /// (a `:61:` line that cannot be read, a CODA record of the wrong length, a BAI2 record
    /// with the wrong number of fields).
    public static let malformedStatementLine = Code(.malformedStatementLine)
    /// A date in a line-based statement is not a date (`YYMMDD`, `DDMMYY`).
    public static let invalidStatementDate = Code(.invalidStatementDate)
    /// A field every statement must have is missing (`:25:` account, `:60F:` opening balance).
    public static let missingStatementField = Code(.missingStatementField)

    /// The code's name, e.g. `missingAmount`.
    public var description: String { kind.rawValue }
  }
}
