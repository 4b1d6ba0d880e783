public import Foundation

/// Reads US BAI2 cash-management balance reports (BAI "Cash Management Balance Reporting
/// Specifications", version 2) into `BankStatement`s, one per account (03 … 49) of each group.
///
/// A statement (`format` `BAI2`) has the 03 account number, its currency (else the group's,
/// else USD), the 02 originator as `bankID`, the 01 file identification number as
/// `statementID`, and the opening (010) and closing (015) ledger balances dated the group's
/// as-of date. Amounts are whole minor units in the file and become decimals here (two
/// decimals unless the currency has none or three). Each 16 record is an entry with one
/// transaction holding its text and `88` continuations as remittance lines.
public enum BAI2Reader {
  /// Whether the bytes start with a BAI2 file header record `01,`.
  public static func recognises(_ bytes: Data) -> Bool {
    var body = bytes.prefix(64)
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    return body.drop { [0x20, 0x09, 0x0A, 0x0D].contains($0) }.starts(with: Array("01,".utf8))
  }

  /// Reads every account of every group of a BAI2 file.
  /// - Parameters:
  ///   - bytes: the file as received (records ended by `/` or line breaks, `88`
  ///     continuations, UTF-8 or Windows-1252).
  ///   - file: the file name used in errors.
  /// - Throws: `ParseError`, located by line: `unknownStatementFormat` (no 01 header),
  ///   `malformedStatementLine` (a record that cannot be read or is out of place, a 49, 98 or
  ///   99 control total or record count that disagrees with the records),
  ///   `invalidStatementDate`, `missingStatementField` (an envelope left without its trailer,
  ///   an account without a number).
  public static func read(_ bytes: Data, file: String) throws(ParseError) -> [BankStatement] {
    try read(bytes, file: file, checkingTotals: true)
  }

  /// `read(_:file:)`, optionally without the control-total checks (to look at a damaged file).
  static func read(_ bytes: Data, file: String, checkingTotals: Bool) throws(ParseError)
    -> [BankStatement]
  {
    let lines = StatementLine.lines(in: bytes)
    guard let first = lines.first(where: { !$0.isBlank }), first.text.hasPrefix("01,") else {
      let line = lines.first { !$0.isBlank }
      throw ParseError(
        .unknownStatementFormat, file: file, line: line?.number ?? 1,
        message: "the file does not start with a BAI2 file header record \"01,\" (it starts "
          + "with \"\(line.map { String($0.text.prefix(12)) } ?? "")\")",
        fix: "check that the file is a BAI2 balance report, or choose the import format that "
          + "matches it")
    }
    var reader = BAI2FileReader(file: file, checkingTotals: checkingTotals)
    for record in try BAI2RecordScanner.records(lines, file: file) {
      try reader.take(record)
    }
    guard reader.isFinished else {
      let last = lines.last { !$0.isBlank }?.number ?? 1
      throw ParseError(
        .missingStatementField, file: file, line: last,
        message: "the file ends on line \(last) without its file trailer record 99, so it is "
          + "incomplete", fix: "download the file again from the bank")
    }
    return reader.statements
  }
}
