/// Walks the records of a BAI2 file through its envelopes: the file (01 … 99), its groups
/// (02 … 98) and their accounts (03 … 49); each account becomes a statement.
struct BAI2FileReader {
  let file: String
  let checkingTotals: Bool
  private(set) var statements: [BankStatement] = []
  private(set) var isFinished = false
  /// The 01 file identification number.
  private var fileID: String?
  /// Every physical record so far, which the 99 counts.
  var records = 0
  var groups = 0
  /// The group control totals of the 98 records, which the 99 adds up.
  var groupTotals: [Int] = []
  var group: BAI2Group?
  var account: BAI2Account?

  init(file: String, checkingTotals: Bool) {
    self.file = file
    self.checkingTotals = checkingTotals
  }

  /// Takes in the next record.
  /// - Throws: `malformedStatementLine` for a record out of place, `missingStatementField`
  ///   for an envelope left open, and what reading the record finds.
  mutating func take(_ record: BAI2Record) throws(ParseError) {
    records += record.physicalRecords
    group?.records += record.physicalRecords
    switch (record.code, group != nil, account != nil) {
    case _ where isFinished: throw outOfPlace(record, "comes after the file trailer 99")
    case ("01", _, _) where records == record.physicalRecords: readHeader(record)
    case ("02", false, _):
      groups += 1
      group = try BAI2Group(record, number: groups, file: file)
      group?.records = record.physicalRecords
    case ("03", true, false):
      guard var current = group else { return }
      account = try BAI2Account(record, group: current, fileID: fileID, file: file)
      current.accounts += 1
      group = current
    case ("16", _, true): try account?.addDetail(record, file: file)
    case ("49", _, true): try closeAccount(record)
    case ("98", true, false): try closeGroup(record)
    case ("99", false, _):
      try closeFile(record)
      isFinished = true
    case ("02", true, _), ("99", true, _):
      throw unclosed(record, account != nil ? "account trailer 49" : "group trailer 98")
    case ("03", true, true), ("98", true, true): throw unclosed(record, "account trailer 49")
    default: throw outOfPlace(record, "is not where the BAI2 file structure allows it")
    }
  }

  private mutating func readHeader(_ record: BAI2Record) {
    let fields = record.fields
    fileID = fields.count > 4 && !fields[4].isEmpty ? String(fields[4]) : nil
  }

  private mutating func closeAccount(_ record: BAI2Record) throws(ParseError) {
    guard var closed = account else { return }
    closed.records += record.physicalRecords
    account = nil
    let total = checkingTotals ? try check49(record, closed) : 0
    group?.accountTotals.append(total)
    statements.append(closed.statement)
  }

  private mutating func closeGroup(_ record: BAI2Record) throws(ParseError) {
    guard let closed = group else { return }
    group = nil
    groupTotals.append(checkingTotals ? try check98(record, closed) : 0)
  }

  private func closeFile(_ record: BAI2Record) throws(ParseError) {
    if checkingTotals { try check99(record) }
  }

  func outOfPlace(_ record: BAI2Record, _ what: String) -> ParseError {
    record.error(
      .malformedStatementLine,
      "the record \(what) (01 file, 02 group, 03 account, 16 "
        + "details, 49/98/99 trailers, in that nesting)",
      fix: "download the file again from the bank; records are missing or out of order",
      file: file)
  }

  private func unclosed(_ record: BAI2Record, _ trailer: String) -> ParseError {
    record.error(
      .missingStatementField,
      "the record comes before the \(trailer) that must close the "
        + "envelope before it", fix: "download the file again from the bank; it is incomplete",
      file: file)
  }
}
