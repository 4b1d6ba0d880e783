public import Foundation

/// Reads SWIFT MT940 customer statements and MT942 interim transaction reports into the shared
/// statement model, one `BankStatement` per `:20:`.
///
/// The file may be UTF-8 or Windows-1252/Latin-1, with CRLF, LF or CR line ends, with or without
/// the `{1:…}{2:…}{4:` … `-}` envelope, with bank header lines or prose before the first `:20:`
/// (skipped), blank lines before it (skipped with a warning), several statements one after
/// another, and lines wrapped at 65 characters. Values
/// stay text: amounts become plain decimals with a dot, dates `yyyy-mm-dd`. The `:86:` of each
/// booking is read into one `BankTransactionDetail` in whichever layout the bank used (German
/// `?nn` subfields with a GVC, Dutch `/KEY/` fields, Dutch `NAAM:` keywords, account number and
/// name first, or free text) and is also kept as written in the entry's `information`.
///
/// MT942 entries get status `PDNG`: an interim report lists bookings during the day that the
/// end-of-day MT940 reports again, so counting both would book the money twice.
public enum MT940Reader {
  /// Whether the bytes look like MT940/MT942, however the file starts: a line starting with
  /// `:20:` among the first 60 lines that are not blank (after a byte-order mark, any number of
  /// blank lines, bank header lines, a `-` separator or the `{1:…}{2:…}{4:` envelope, with the
  /// `:20:` on the `{4:` line or below it), whatever the line ends (CRLF, LF, CR).
  public static func recognises(_ bytes: Data) -> Bool {
    let blank: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0x01, 0x03, 0xEF, 0xBB, 0xBF]
    let start = bytes.firstIndex { !blank.contains($0) } ?? bytes.endIndex
    let lines = MT940Text.lines(of: bytes[start...].prefix(16 << 10))
    for line in lines.lazy.filter({ !$0.allSatisfy(\.isWhitespace) }).prefix(60) {
      var text = Substring(line)
      if let block4 = text.range(of: "{4:") { text = text[block4.upperBound...] }
      if text.hasPrefix(":20:") { return true }
    }
    return false
  }

  /// Every statement in the file, in order. A `:20:` with nothing after it (a cut-off message
  /// at the end of some exports) yields no statement.
  /// - Parameters:
  ///   - bytes: the file's content.
  ///   - file: the file name as the user knows it, for errors.
  /// - Throws: `ParseError` with the file, line and statement: `unknownStatementFormat` (no
  ///   `:20:` at all), `missingStatementField` (no `:25:` account, no `:60F:` opening balance
  ///   in an MT940, no currency), `malformedStatementLine` (a balance or `:61:` line that cannot
  ///   be read), `invalidStatementDate` (a date that is no date).
  public static func read(_ bytes: Data, file: String) throws(ParseError) -> [BankStatement] {
    let lines = MT940Text.lines(of: bytes)
    let messages = MT940Scanner.messages(in: lines)
    guard !messages.isEmpty else {
      let empty = lines.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
      throw ParseError(
        .unknownStatementFormat, file: file, line: empty ? nil : 1,
        message: empty
          ? "the file is empty"
          : "the file has no :20: line, so it is not an MT940 or MT942 bank statement",
        fix: "check that this is the bank's MT940/MT942 export (its statements start with :20:, "
          + "often after a {1:…}{2:…}{4: header); camt, CODA and BAI2 files have their own reader")
    }
    var statements: [BankStatement] = []
    for message in messages {
      if let statement = try statement(message, number: statements.count + 1, file: file) {
        statements.append(statement)
      }
    }
    let blankLines = lines.prefix { $0.allSatisfy(\.isWhitespace) }.count
    if blankLines > 0, !statements.isEmpty {
      statements[0].warnings.insert(
        "the file starts with \(blankLines) blank \(blankLines == 1 ? "line" : "lines"), which "
          + "\(blankLines == 1 ? "was" : "were") skipped", at: 0)
    }
    return statements
  }
}
