public import Receivables

/// A statement the ledger holds as unproven, with the file it came in.
public struct StoredUnprovenStatement: Sendable, Hashable {
  /// The statement and what was off.
  public var statement: UnprovenStatement
  /// The file's name as it was dropped.
  public var fileName: String
  /// The run date the file was processed on.
  public var processedOn: LocalDate

  public init(statement: UnprovenStatement, fileName: String, processedOn: LocalDate) {
    self.statement = statement
    self.fileName = fileName
    self.processedOn = processedOn
  }
}
