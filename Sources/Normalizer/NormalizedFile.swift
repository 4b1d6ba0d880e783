public import Receivables

/// The domain records read from one file, and the records that were not taken.
public struct NormalizedFile: Sendable {
  /// What the file was read as.
  public var kind: FileKind
  /// How it was read: the mapping's name, or the message type ("camt.053.001.02").
  public var readAs: String
  public var customers: [Customer] = []
  public var items: [OpenItem] = []
  public var payments: [Payment] = []
  /// Pending bank entries (`PDNG`): shown by `inspect`, never booked.
  public var pending: [Payment] = []
  public var creditAssessments: [CreditAssessment] = []
  /// The rows of a holds file: pauses, disputes, promises and resumes.
  public var holdInstructions: [HoldInstruction] = []
  /// The cells of each hold row by line, to write a row the ledger refuses into
  /// `NAME.rejected.csv` as it was.
  public var holdRows: [Int: [String]] = [:]
  /// Bank statements booked although their balances do not add up (`balanceMismatch: book`),
  /// each with what was off; every one also has a line in `warnings`.
  public var unprovenStatements: [UnprovenStatement] = []
  public var rejected: [RejectedRecord] = []
  /// Rows or entries deliberately left out, each with where and why (preamble, blank lines,
  /// totals, debits, pending entries).
  public var skipped: [String] = []
  /// Whether the file lists every open item of its mapping (see `SourceMapping.isFullSnapshot`).
  public var isFullSnapshot = false
  /// For a full snapshot: the most (percent) of the source's open items it may close unconfirmed.
  public var snapshotGuardPercent = 20
  /// The header row of a CSV file, to write beside rejected rows.
  public var header: [String]?
  /// How the bytes were decoded ("UTF-8", "Windows-1252"), for text files.
  public var encoding: String?
  /// The delimiter the reader decided on, for CSV files.
  public var delimiter: String?
  /// Why this mapping was chosen.
  public var mappingReason: String?
  /// Things worth a look that did not stop a record (a stray quote, a total that does not add up).
  public var warnings: [String] = []

  public init(kind: FileKind, readAs: String) {
    self.kind = kind
    self.readAs = readAs
  }
}
