/// The funds type after a BAI2 amount, which decides how many fields follow it:
/// `0`, `1`, `2`, `Z` or empty none; `V` a value date and time; `S` three availability
/// amounts; `D` a count and that many pairs of days and amount.
enum BAI2FundsType {
  /// Reads the funds type and its extra fields.
  /// - Returns: the value date (`yyyy-mm-dd`) of funds type `V`, else nil.
  /// - Throws: `malformedStatementLine` for an unknown funds type or missing or non-numeric
  ///   extra fields; `invalidStatementDate` for a `V` date that is not a date.
  static func read(
    _ cursor: inout BAI2FieldCursor, in record: BAI2Record, file: String, path: String?
  ) throws(ParseError) -> String? {
    let code = (cursor.next() ?? "").uppercased()
    func broken(_ what: String) -> ParseError {
      record.error(
        .malformedStatementLine, "the funds type \(code) \(what)",
        fix: "ask the bank for a corrected file", file: file, path: path)
    }
    func number() throws(ParseError) -> Int {
      guard let field = cursor.next() else { throw broken("is missing fields that must follow it") }
      if field.isEmpty { return 0 }
      guard let value = BAI2Record.integer(field) else {
        throw broken("is followed by \"\(field)\" where a number belongs")
      }
      return value
    }
    switch code {
    case "", "0", "1", "2", "Z": return nil
    case "S":
      for _ in 0..<3 { _ = try number() }
      return nil
    case "D":
      let count = try number()
      guard (0...99).contains(count) else { throw broken("announces \(count) distributions") }
      for _ in 0..<count * 2 { _ = try number() }
      return nil
    case "V":
      guard let date = cursor.next(), cursor.next() != nil else {
        throw broken("needs a value date and a time after it")
      }
      if date.isEmpty { return nil }
      guard let iso = StatementDate.iso(String(date), dayFirst: false) else {
        throw record.error(
          .invalidStatementDate,
          "the value date \"\(date)\" after funds type V is not a date (BAI2 writes YYMMDD)",
          fix: "ask the bank for a corrected file", file: file, path: path)
      }
      return iso
    default:
      throw record.error(
        .malformedStatementLine,
        "the funds type is \"\(code)\"; BAI2 knows 0, 1, 2, S, V, D and Z",
        fix: "ask the bank for a corrected file", file: file, path: path)
    }
  }
}
