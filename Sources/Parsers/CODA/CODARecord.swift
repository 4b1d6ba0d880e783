import Foundation

/// One 128-character CODA record, read by the 1-based positions of the Febelfin standard.
struct CODARecord {
  /// Every CODA record is exactly this many characters.
  static let length = 128

  let line: Int
  let file: String
  /// Where the record is, for errors and paths: `statement 1, record 21 on line 7`.
  let path: String
  private let characters: [Unicode.Scalar]

  /// Checks the record length and keeps its characters.
  /// - Throws: `malformedStatementLine` when the record is not 128 characters long.
  init(_ line: StatementLine, statement: Int, file: String) throws(ParseError) {
    self.line = line.number
    self.file = file
    var characters = Array(line.text.unicodeScalars)
    if characters.count > Self.length, characters[Self.length...].allSatisfy({ $0 == " " }) {
      characters.removeLast(characters.count - Self.length)  // padding after the record
    }
    self.characters = characters
    let kind = Self.kind(of: characters)
    self.path = "statement \(statement), record \(kind) on line \(line.number)"
    guard characters.count == Self.length else {
      throw ParseError(
        .malformedStatementLine, file: file, line: line.number, element: path,
        message: "CODA record \(kind) on line \(line.number) is \(characters.count) characters "
          + "long; every CODA record has exactly 128, so the fields cannot be found",
        fix: "download the CODA file again from the bank; an e-mail program or editor that "
          + "trims trailing spaces or wraps lines damages CODA files")
    }
  }

  /// The record identification: `0`, `1`, `4`, `8`, `9`, or `21`…`23`, `31`…`33`.
  var kind: String { Self.kind(of: characters) }

  private static func kind(of characters: [Unicode.Scalar]) -> String {
    let first = characters.first.map(String.init) ?? ""
    guard first == "2" || first == "3", characters.count > 1 else { return first }
    return first + String(characters[1])
  }

  /// The characters at positions `from` through `to` (1-based, inclusive), as written.
  func text(_ from: Int, _ to: Int) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: characters[(from - 1)..<to])
    return String(view)
  }

  /// The field trimmed of spaces, or nil when it is blank.
  func trimmed(_ from: Int, _ to: Int) -> String? {
    let value = text(from, to).trimmingCharacters(in: .whitespaces)
    return value.isEmpty ? nil : value
  }

  /// A CODA amount: digits with three implied decimals, as thousandths.
  /// - Throws: `malformedStatementLine` when the field is not all digits.
  func amount(_ from: Int, _ to: Int, what: String) throws(ParseError) -> Int {
    let digits = text(from, to)
    guard let value = StatementAmount.integer(digits) else {
      throw error(
        .malformedStatementLine,
        "the \(what) in positions \(from)–\(to) is \"\(digits)\", not an amount in digits",
        fix: "ask the bank for a corrected CODA file")
    }
    return value
  }

  /// A `DDMMYY` date as `yyyy-mm-dd`; nil when the field is `000000` or blank (not given).
  /// - Throws: `invalidStatementDate` when it is neither a date nor left empty.
  func date(_ from: Int, _ to: Int, what: String) throws(ParseError) -> String? {
    let digits = text(from, to)
    if digits == "000000" || digits.allSatisfy({ $0 == " " }) { return nil }
    guard let iso = StatementDate.iso(digits, dayFirst: true) else {
      throw error(
        .invalidStatementDate,
        "the \(what) in positions \(from)–\(to) is \"\(digits)\", which is not a date "
          + "(CODA writes DDMMYY)",
        fix: "ask the bank for a corrected CODA file")
    }
    return iso
  }

  /// An error located at this record.
  func error(_ code: ParseError.Code, _ message: String, fix: String) -> ParseError {
    ParseError(
      code, file: file, line: line, element: path,
      message: "CODA record \(kind) on line \(line): \(message)", fix: fix)
  }
}
