/// One logical BAI2 record: a record code, its fields, and the `88` continuation records
/// (or bare physical lines) that extend it.
struct BAI2Record {
  /// `01`, `02`, `03`, `16`, `49`, `98` or `99`.
  let code: String
  /// The physical line the record starts on.
  let line: Int
  /// Everything after `NN,` without the closing `/`; the fields of `88` records continuing a
  /// record other than `16` are appended after a comma.
  var body: Substring
  /// For a `16`: the text of each `88` (or bare line) continuing it, as written.
  var continuationTexts: [Substring] = []
  /// 1 plus the number of `88` records: what the trailers count.
  var physicalRecords = 1

  /// The record's comma-separated fields (for records without free text).
  var fields: [Substring] { body.split(separator: ",", omittingEmptySubsequences: false) }
}

/// Reads comma-separated fields one by one, so a `16` record's text can take the rest.
struct BAI2FieldCursor {
  private var rest: Substring?

  init(_ body: Substring) { rest = body }

  /// The next field (possibly empty), or nil when the record has no more fields.
  mutating func next() -> Substring? {
    guard let text = rest else { return nil }
    guard let comma = text.firstIndex(of: ",") else {
      rest = nil
      return text
    }
    rest = text[text.index(after: comma)...]
    return text[..<comma]
  }

  /// Everything not read yet, commas included (the free text of a `16` record).
  mutating func remainder() -> Substring {
    defer { rest = nil }
    return rest ?? ""
  }
}

extension BAI2Record {
  /// An error located at this record.
  func error(
    _ code: ParseError.Code, _ message: String, fix: String, file: String, path: String? = nil
  ) -> ParseError {
    ParseError(
      code, file: file, line: line, element: path,
      message: "BAI2 record \(self.code) on line \(line): \(message)", fix: fix)
  }

  /// A signed whole number (`+000123`, `-55703`, `00`) as written in amount and count fields.
  static func integer(_ field: Substring) -> Int? {
    let digits = field.first == "+" || field.first == "-" ? field.dropFirst() : field
    guard let value = StatementAmount.integer(digits) else { return nil }
    return field.first == "-" ? -value : value
  }
}
