public import Receivables

/// How to read one kind of accounting export: which files, which columns, which dialect.
///
/// Loaded from `mappings/sources/NAME.yaml`; documented in `mappings/README.md`.
public struct SourceMapping: Sendable, Equatable {
  /// The mapping's name.
  public var name: String
  /// What the file holds.
  public var kind: RecordKind
  /// For open items: true when a file lists every open item of its source, so that items it no
  /// longer lists are closed as settled outside arflow.
  public var isFullSnapshot: Bool
  /// For full snapshots: the largest share (percent) of the source's open items one file may
  /// close; a file that would close more, or lists no items at all, closes nothing until a
  /// person confirms it (`arflow confirm-snapshot NAME`).
  public var snapshotGuardPercent = 20
  public var recognise: Recognition
  public var dialect: Dialect
  public var defaults: Defaults
  /// How invoices are told from credit notes (and money in from money out).
  public var signs: SignConvention
  /// For bookings exports (DATEV): which accounts are customer accounts.
  public var customerAccounts: ClosedRange<Int>?
  /// A field that group-heading rows set for the rows below them (Xero's contact headings).
  public var groupHeading: String?
  /// For each target field, the column names that may hold it (first found wins).
  public var fields: [String: [String]]
  /// For e-invoice mappings: customer numbers, national type codes, terms.
  public var eInvoices = EInvoiceSettings()

  /// What the records of a file are.
  public enum RecordKind: String, Sendable, Codable, CaseIterable {
    case openItems = "open-items"
    case customers
    case creditInfo = "credit-info"
    case payments
    case eInvoices = "e-invoices"
    /// Pauses, disputes, promises and resumes kept in a spreadsheet.
    case holds
  }

  /// File-name globs, column names and a first line that identify a file for this mapping.
  public struct Recognition: Sendable, Equatable {
    public var fileNames: [String]
    /// Columns the header row must contain (case, space, punctuation and BOM-insensitive).
    public var columns: [String]
    /// What the file's first line must start with ("EXTF" for DATEV), if anything.
    public var firstLine: String?
    /// True for files without a header row: fields name columns by position ("#1").
    public var noHeader: Bool
  }

  /// How values are written in the file; nil means "decide per column from the file".
  public struct Dialect: Sendable, Equatable {
    public var decimalNotation: DecimalNotation?
    public var dateLayout: DateLayout?
    /// What the decimal separator and date layout are assumed to be when a column leaves
    /// them open ("1.234" alone; "03/04/2026").
    public var fallbackNotation: DecimalNotation
    public var fallbackDateLayout: DateLayout
    public var twoDigitYearPivot: Int
    /// Dates written DDMM with the year in the DATEV header (Belegdatum).
    public var datevDayMonth: Bool
  }

  /// Values used when a row leaves a field empty.
  public struct Defaults: Sendable, Equatable {
    public var currency: String?
    /// Days after the invoice date when no due date is given.
    public var paymentTermsDays: Int?
  }
}

extension SourceMapping.RecordKind {
  /// What a file read with a mapping of this kind is.
  public var fileKind: FileKind {
    switch self {
    case .openItems: .openItems
    case .customers: .customers
    case .creditInfo: .creditInfo
    case .payments: .payments
    case .eInvoices: .eInvoice
    case .holds: .holds
    }
  }
}
