public import Foundation

/// Reads Belgian CODA bank statements (Febelfin "coded statement of account", version 2).
///
/// A CODA file is a run of 128-character records; each record 0 … record 9 group is one
/// `BankStatement` (`format` `CODA 2`): record 1 gives the account (IBAN, or the 12-digit
/// Belgian number as written), currency, old balance (`type` `1`), paper statement number
/// (`sequenceNumber`) and CODA sequence (`statementID`); record 8 the new balance (`type`
/// `8`); record 0 the bank's BIC (`bankID`). Amounts have three implied decimals and are
/// kept that way (`25.000`).
///
/// Each movement (record 2.1 with its 2.2/2.3 and the information records 3.x after it) is
/// an entry with one transaction. A globalised movement (records 2.1 sharing a sequence
/// number, the first with detail number 0000) is one entry booked at the first record's
/// amount; the others become its transactions, each with its own amount. Structured
/// communication 101/102 (Belgian OGM) becomes a `BBA` structured reference, 127 (SEPA
/// direct debit) a mandate, free communication a remittance line. Free messages (record 4)
/// are counted but not kept.
public enum CODAReader {
  /// Whether the bytes start like a CODA file: a 128-character header record `00000…` with
  /// application code `05`.
  public static func recognises(_ bytes: Data) -> Bool {
    let head = bytes.prefix(1024)
    let end = head.firstIndex { $0 == 0x0A || $0 == 0x0D } ?? head.endIndex
    guard let first = StatementLine.lines(in: head[..<end]).first else { return false }
    let characters = Array(first.text.unicodeScalars)
    return characters.count == CODARecord.length && first.text.hasPrefix("00000")
      && String(String.UnicodeScalarView(characters[14..<16])) == "05"
  }

  /// Reads every statement of a CODA file.
  /// - Parameters:
  ///   - bytes: the file as received (UTF-8 or Windows-1252, LF or CRLF).
  ///   - file: the file name used in errors.
  /// - Throws: `ParseError`, located by line and statement: `unknownStatementFormat` (not
  ///   CODA 2), `malformedStatementLine` (a record of the wrong length or out of place, a
  ///   trailer whose record count or debit/credit totals disagree with the movements),
  ///   `invalidStatementDate`, `missingStatementField` (no record 1, 8 or 9).
  public static func read(_ bytes: Data, file: String) throws(ParseError) -> [BankStatement] {
    try read(bytes, file: file, checkingTotals: true)
  }

  /// `read(_:file:)`, optionally without the trailer check (to look at a damaged file).
  static func read(_ bytes: Data, file: String, checkingTotals: Bool) throws(ParseError)
    -> [BankStatement]
  {
    var statements: [BankStatement] = []
    var current: CODAStatementBuilder?
    var lastLine = 1
    for line in StatementLine.lines(in: bytes) where !line.isBlank {
      lastLine = line.number
      let record = try CODARecord(line, statement: statements.count + 1, file: file)
      guard var builder = current else {
        guard record.kind == "0" else { throw notCODA(record) }
        current = try CODAStatementBuilder(header: record, number: statements.count + 1)
        continue
      }
      current = nil
      switch record.kind {
      case "9":
        statements.append(try builder.finish(trailer: record, checkingTotals: checkingTotals))
      case "0": throw unfinished(builder.number, file: file, line: record.line)
      default:
        try builder.add(record)
        current = builder
      }
    }
    if let current { throw unfinished(current.number, file: file, line: lastLine) }
    guard !statements.isEmpty else {
      throw ParseError(
        .unknownStatementFormat, file: file, line: 1,
        message: "the file holds no CODA records", fix: "choose the bank statement file itself")
    }
    return statements
  }

  private static func notCODA(_ record: CODARecord) -> ParseError {
    record.error(
      .unknownStatementFormat,
      "a CODA statement starts with a header record 0, but this record is \"\(record.kind)\"",
      fix: "check that the file is a CODA statement, or choose the import format that matches it")
  }

  private static func unfinished(_ statement: Int, file: String, line: Int) -> ParseError {
    ParseError(
      .missingStatementField, file: file, line: line, element: "statement \(statement)",
      message: "statement \(statement) is not closed by a trailer record 9 before line \(line) "
        + "(a new statement or the end of the file comes first), so the file is incomplete",
      fix: "download the CODA file again from the bank")
  }
}
