/// Splits UTF-8 text into records for one dialect, fed chunk by chunk, counting physical lines.
///
/// Rules (RFC 4180, tolerant): a field that starts with the quote is quoted until a lone quote,
/// with a doubled quote standing for one; delimiters, CR and LF inside quotes belong to the
/// field. A quote inside an unquoted field is kept as a character, with a warning. Text after a
/// closing quote is added to the field, with a warning. Records end at CR, LF or CRLF, also when
/// a chunk ends between the CR and the LF. A line with no characters, or only spaces and tabs
/// outside quotes, is blank and yields no record. Each cell is made into a `String` once, from
/// the chunk's bytes, or from a copy when the field spans chunks or had quotes to remove.
struct CSVRecordScanner {
  private enum Mode {
    case fieldStart
    case unquoted
    case quoted
    case quoteInQuoted
    case afterClosingQuote
  }

  static let lineFeed = UInt8(ascii: "\n")
  static let carriageReturn = UInt8(ascii: "\r")

  let delimiter: UInt8
  let quote: UInt8?
  /// The quote, or LF when there is none: the byte the fast loops stop at either way.
  private let quoteStop: UInt8

  /// The physical line the scan has reached.
  private(set) var line: Int
  /// The line the record being built started on.
  private var recordLine: Int
  private var mode = Mode.fieldStart
  private var cells: [String] = []
  /// The bytes of the current field when it cannot be read straight from a chunk.
  private var field: [UInt8] = []
  private var fieldSpilled = false
  private var fieldQuoted = false
  private var sawDelimiter = false
  /// The previous chunk ended on a CR; an LF starting this one belongs to it.
  private var pendingCarriageReturn = false
  private var quoteOpenedOn = 0

  /// What was tolerated on the way.
  private(set) var warnings = WarningLog()
  /// How often text followed a closing quote: the sniffer's sign that quotes are literal.
  private(set) var textAfterClosingQuote = 0
  /// Whether to note, per record, which cells were quoted (for the sniffer's type score).
  var notesQuoting = false
  /// Per record returned, which of its cells were quoted (only when `notesQuoting`).
  private(set) var quotedCells: [[Bool]] = []
  private var quotedInRecord: [Bool] = []

  /// A scanner for text whose first byte is on `line`.
  init(dialect: CSVDialect, line: Int = 1) {
    delimiter = dialect.delimiter
    quote = dialect.quote
    quoteStop = dialect.quote ?? Self.lineFeed
    self.line = line
    recordLine = line
    cells.reserveCapacity(16)
  }

  /// Scans the next chunk, appending the records it completes to `rows`.
  mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, into rows: inout [CSVRow]) {
    let count = bytes.count
    var index = 0
    if pendingCarriageReturn {
      pendingCarriageReturn = false
      if count > 0, bytes[0] == Self.lineFeed {
        if mode == .quoted { field.append(Self.lineFeed) }
        index = 1
      }
    }
    var runStart = index
    while index < count {
      switch mode {
      case .fieldStart:
        if quote != nil, bytes[index] == quoteStop {
          mode = .quoted
          fieldQuoted = true
          fieldSpilled = true
          quoteOpenedOn = line
          index += 1
        } else {
          mode = .unquoted
          runStart = index
        }
      case .unquoted:
        while index < count {
          let byte = bytes[index]
          if byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn
            || byte == quoteStop
          {
            break
          }
          index += 1
        }
        guard index < count else { break }
        let byte = bytes[index]
        let run = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
        if byte == delimiter {
          endField(run)
          sawDelimiter = true
          mode = .fieldStart
          index += 1
        } else if byte == Self.lineFeed || byte == Self.carriageReturn {
          endRecord(lastRun: run, into: &rows)
          index = endLine(at: index, in: bytes)
        } else {
          warnings.add(
            CSVWarning(
              line: line,
              message: "a \" inside an unquoted field was kept as a character"))
          index += 1
        }
      case .quoted:
        index = scanQuoted(bytes, from: index)
      case .quoteInQuoted:
        if bytes[index] == quoteStop {
          field.append(quoteStop)
          mode = .quoted
          index += 1
        } else {
          mode = .afterClosingQuote
        }
      case .afterClosingQuote:
        let byte = bytes[index]
        if byte == delimiter {
          endField(UnsafeBufferPointer(start: nil, count: 0))
          sawDelimiter = true
          mode = .fieldStart
          index += 1
        } else if byte == Self.lineFeed || byte == Self.carriageReturn {
          endRecord(lastRun: UnsafeBufferPointer(start: nil, count: 0), into: &rows)
          index = endLine(at: index, in: bytes)
        } else {
          textAfterClosingQuote += 1
          warnings.add(
            CSVWarning(
              line: line,
              message: "text after a closing quote was added to the field; a field with "
                + "quotes inside should be quoted as a whole, with each inner quote doubled"))
          mode = .unquoted
          runStart = index
        }
      }
    }
    if mode == .unquoted, runStart < count {
      field.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
      fieldSpilled = true
    }
  }

  /// Reads a quoted field's bytes up to the next quote or line end; returns where it stopped.
  private mutating func scanQuoted(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let count = bytes.count
    var index = start
    while index < count {
      let byte = bytes[index]
      if byte == quoteStop || byte == Self.lineFeed || byte == Self.carriageReturn { break }
      index += 1
    }
    field.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
    guard index < count else { return index }
    let byte = bytes[index]
    index += 1
    if byte == quoteStop {
      mode = .quoteInQuoted
      return index
    }
    field.append(byte)
    line += 1
    if byte == Self.carriageReturn {
      if index == count {
        pendingCarriageReturn = true
      } else if bytes[index] == Self.lineFeed {
        field.append(Self.lineFeed)
        index += 1
      }
    }
    return index
  }

  /// Ends the text: completes the last record.
  /// - Returns: the line a still-open quoted field started on, or nil when all is closed.
  mutating func finish(into rows: inout [CSVRow]) -> Int? {
    switch mode {
    case .quoted:
      return quoteOpenedOn
    case .fieldStart:
      if sawDelimiter { endRecord(lastRun: UnsafeBufferPointer(start: nil, count: 0), into: &rows) }
    case .unquoted, .quoteInQuoted, .afterClosingQuote:
      endRecord(lastRun: UnsafeBufferPointer(start: nil, count: 0), into: &rows)
    }
    return nil
  }

  /// Completes the current field, the last bytes of which are `run`.
  private mutating func endField(_ run: UnsafeBufferPointer<UInt8>) {
    if fieldSpilled {
      field.append(contentsOf: run)
      cells.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
      fieldSpilled = false
    } else {
      cells.append(String(decoding: run, as: UTF8.self))
    }
    if notesQuoting { quotedInRecord.append(fieldQuoted) }
    fieldQuoted = false
  }

  /// Completes the current record, unless the line is blank.
  private mutating func endRecord(lastRun: UnsafeBufferPointer<UInt8>, into rows: inout [CSVRow]) {
    mode = .fieldStart
    if cells.isEmpty, !sawDelimiter, !fieldQuoted, isBlank(lastRun), !fieldSpilled || isBlank(field)
    {
      field.removeAll(keepingCapacity: true)
      fieldSpilled = false
      return
    }
    endField(lastRun)
    rows.append(CSVRow(line: recordLine, cells: cells))
    let width = cells.count
    cells = []
    cells.reserveCapacity(width)
    sawDelimiter = false
    if notesQuoting {
      quotedCells.append(quotedInRecord)
      quotedInRecord = []
    }
  }

  /// Steps over the CR, LF or CRLF at `index`; returns the index after it.
  private mutating func endLine(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    line += 1
    recordLine = line
    var next = index + 1
    if bytes[index] == Self.carriageReturn {
      if next == bytes.count {
        pendingCarriageReturn = true
      } else if bytes[next] == Self.lineFeed {
        next += 1
      }
    }
    return next
  }

  private func isBlank(_ bytes: some Collection<UInt8>) -> Bool {
    bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 }
  }
}
