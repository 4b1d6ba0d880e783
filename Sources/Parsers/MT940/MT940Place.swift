/// Where a field of an MT940/MT942 file is, so a problem with it can be reported there: the
/// file, the line of its tag and a short description such as `statement 2, :61: on line 14`.
struct MT940Place {
  let file: String
  let line: Int
  let path: String

  /// A located error; `path` goes into the error's element.
  func error(_ code: ParseError.Code, _ message: String, fix: String) -> ParseError {
    ParseError(code, file: file, line: line, element: path, message: message, fix: fix)
  }

  /// The fix for a line the reader cannot follow.
  static let askForCorrectedFile =
    "ask the bank for a corrected statement file, or export the statement again from online "
    + "banking in the MT940 format"
}
