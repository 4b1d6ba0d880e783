/// Splits CSV bytes into records for one delimiter, counting physical lines as it goes.
///
/// Rules: a field that starts with `"` is quoted until a lone `"`, with `""` standing for one
/// quote; delimiters, CR and LF inside quotes belong to the field and are kept byte for byte.
/// A `"` inside an unquoted field is an ordinary character, as are characters after a closing
/// quote. Records end at CR, LF or CRLF. A line with no characters, or only spaces and tabs
/// outside quotes, is blank and yields no record.
struct CSVRecordScanner {
  /// What a scan produced.
  struct Outcome {
    var rows: [CSVRow] = []
    /// Set when the bytes end inside a quoted field: the line that quote opened on.
    var unterminatedQuoteLine: Int?
  }

  let bytes: [UInt8]
  let delimiter: UInt8

  private static let quote = UInt8(ascii: "\"")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  /// Scans up to `limit` records.
  func scan(limit: Int = .max) -> Outcome {
    var state = State()
    var outcome = Outcome()
    var index = 0
    while index < bytes.count, outcome.rows.count < limit {
      let byte = bytes[index]
      if byte == Self.quote, state.field.isEmpty, !state.fieldQuoted {
        let openLine = state.line
        guard let end = readQuoted(from: index + 1, into: &state) else {
          outcome.unterminatedQuoteLine = openLine
          return outcome
        }
        index = end
      } else if byte == delimiter {
        state.endField()
        index += 1
      } else if byte == Self.carriageReturn || byte == Self.lineFeed {
        if let row = state.endRecord() { outcome.rows.append(row) }
        let isCRLF =
          byte == Self.carriageReturn && index + 1 < bytes.count
          && bytes[index + 1] == Self.lineFeed
        index += isCRLF ? 2 : 1
        state.line += 1
        state.recordLine = state.line
      } else {
        state.field.append(byte)
        state.sawContent = true
        index += 1
      }
    }
    if outcome.rows.count < limit, let row = state.endRecord() { outcome.rows.append(row) }
    return outcome
  }

  /// Reads a quoted field body starting after the opening quote; returns the index after the
  /// closing quote, or nil when the bytes end first.
  private func readQuoted(from start: Int, into state: inout State) -> Int? {
    state.fieldQuoted = true
    state.sawContent = true
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      if byte == Self.quote {
        guard index + 1 < bytes.count, bytes[index + 1] == Self.quote else { return index + 1 }
        state.field.append(Self.quote)
        index += 2
        continue
      }
      if byte == Self.lineFeed {
        state.line += 1
      } else if byte == Self.carriageReturn,
        index + 1 >= bytes.count || bytes[index + 1] != Self.lineFeed
      {
        state.line += 1
      }
      state.field.append(byte)
      index += 1
    }
    return nil
  }

  /// The record being built.
  private struct State {
    var line = 1
    var recordLine = 1
    var cells: [String] = []
    var field: [UInt8] = []
    var fieldQuoted = false
    var sawContent = false
    var sawDelimiter = false

    mutating func endField() {
      cells.append(String(decoding: field, as: UTF8.self))
      field = []
      fieldQuoted = false
      sawDelimiter = true
      sawContent = true
    }

    mutating func endRecord() -> CSVRow? {
      let blank = !sawDelimiter && !fieldQuoted && field.allSatisfy { $0 == 0x20 || $0 == 0x09 }
      defer {
        cells = []
        field = []
        fieldQuoted = false
        sawContent = false
        sawDelimiter = false
      }
      guard sawContent, !blank else { return nil }
      cells.append(String(decoding: field, as: UTF8.self))
      return CSVRow(line: recordLine, cells: cells)
    }
  }
}
