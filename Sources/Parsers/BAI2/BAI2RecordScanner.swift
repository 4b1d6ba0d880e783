/// Cuts the physical lines of a BAI2 file into logical records.
///
/// A record ends with `/`; several may share a line (`…,2/   02,…`) and banks often end
/// them at the line break instead. A `16` record's text runs to the end of the record and may
/// hold commas and slashes, so a `/` only ends a record at the end of the line or before the
/// next record code. `88` continues the record before it; a line without a record code
/// continues an unterminated `16` text.
enum BAI2RecordScanner {
  static let codes: Set<Substring> = ["01", "02", "03", "16", "49", "88", "98", "99"]

  /// The records in file order.
  /// - Throws: `malformedStatementLine` for a line that is not a record and continues none.
  static func records(_ lines: [StatementLine], file: String) throws(ParseError) -> [BAI2Record] {
    var records: [BAI2Record] = []
    var textIsOpen = false
    for line in lines where !line.isBlank {
      for (index, segment) in segments(line.text).enumerated() {
        let text = segment.text
        guard startsWithCode(text) else {
          guard index == 0, textIsOpen, let last = records.indices.last else {
            throw ParseError(
              .malformedStatementLine, file: file, line: line.number,
              message: "line \(line.number) does not start with a BAI2 record code (01, 02, "
                + "03, 16, 49, 88, 98, 99) and does not continue the text of a 16 record",
              fix: "download the file again from the bank; it is damaged or not BAI2")
          }
          records[last].continuationTexts.append(text)
          textIsOpen = !segment.closed
          continue
        }
        let code = text.prefix(2)
        let body = text.dropFirst(3)
        if code == "88", let last = records.indices.last {
          records[last].physicalRecords += 1
          if records[last].code == "16" {
            records[last].continuationTexts.append(body)
          } else {
            records[last].body += "," + body
          }
        } else if code == "88" {
          throw ParseError(
            .malformedStatementLine, file: file, line: line.number,
            message: "the file starts with a continuation record 88, which has nothing to "
              + "continue", fix: "download the file again from the bank")
        } else {
          records.append(BAI2Record(code: String(code), line: line.number, body: body))
        }
        textIsOpen = records.last?.code == "16" && !segment.closed
      }
    }
    return records
  }

  /// A line cut at each `/` that ends it or is followed by the next record code.
  private static func segments(_ text: String) -> [(text: Substring, closed: Bool)] {
    var result: [(text: Substring, closed: Bool)] = []
    var start = text.startIndex
    var index = start
    while index < text.endIndex {
      if text[index] == "/" {
        let next = text[text.index(after: index)...].drop { $0 == " " || $0 == "\t" }
        if next.isEmpty || startsWithCode(next) {
          result.append((text[start..<index], true))
          if next.isEmpty { return result }
          start = next.startIndex
          index = start
          continue
        }
      }
      index = text.index(after: index)
    }
    result.append((text[start...], false))
    return result
  }

  private static func startsWithCode(_ text: Substring) -> Bool {
    text.count >= 3 && codes.contains(text.prefix(2)) && text.dropFirst(2).first == ","
  }
}
