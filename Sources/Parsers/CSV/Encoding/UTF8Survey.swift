/// One pass over a file's bytes that says whether they are strict UTF-8, fed chunk by chunk.
///
/// It counts the well-formed multi-byte sequences and the ill-formed ones (each maximal
/// ill-formed part counts once, as in Unicode's "U+FFFD substitution of maximal subparts"),
/// remembers where the first ill-formed one starts, and where the first byte lies that has no
/// character in Windows-1252, in case the file turns out to be Windows-1252.
struct UTF8Survey {
  /// Well-formed sequences of two to four bytes.
  private(set) var multiByteSequences = 0
  /// Ill-formed sequences.
  private(set) var invalidSequences = 0
  /// The file offset where the first ill-formed sequence starts.
  private(set) var firstInvalidOffset: Int?
  /// The file offset of the first 0x81, 0x8D, 0x8F, 0x90 or 0x9D byte.
  private(set) var firstWindows1252UndefinedOffset: Int?

  /// The file offset of the next byte fed.
  private var offset: Int
  /// Continuation bytes still expected by the sequence in progress.
  private var remaining = 0
  /// The range the next continuation byte must be in.
  private var lower: UInt8 = 0x80
  private var upper: UInt8 = 0xBF
  /// Where the sequence in progress started.
  private var sequenceStart = 0

  /// A survey of bytes starting at `offset` in the file (after a byte-order mark).
  init(startingAt offset: Int) {
    self.offset = offset
  }

  /// Whether no byte so far broke UTF-8.
  var isValid: Bool { invalidSequences == 0 }

  /// Surveys the next bytes of the file.
  mutating func feed(_ bytes: UnsafeRawBufferPointer) {
    var index = 0
    let count = bytes.count
    while index < count {
      if remaining == 0 {
        // Eight ASCII bytes at a time.
        while index + 8 <= count,
          bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          index += 8
        }
        guard index < count else { break }
        let byte = bytes[index]
        if byte < 0x80 {
          index += 1
          continue
        }
        noteWindows1252(byte, at: offset + index)
        start(byte, at: offset + index)
        index += 1
        continue
      }
      let byte = bytes[index]
      noteWindows1252(byte, at: offset + index)
      if lower <= byte && byte <= upper {
        remaining -= 1
        lower = 0x80
        upper = 0xBF
        if remaining == 0 { multiByteSequences += 1 }
        index += 1
      } else {
        // The sequence broke off; this byte starts afresh.
        fail(at: sequenceStart)
        remaining = 0
      }
    }
    offset += count
  }

  /// Ends the survey: a sequence cut off by the end of the file is ill-formed.
  mutating func finish() {
    if remaining > 0 {
      fail(at: sequenceStart)
      remaining = 0
    }
  }

  private mutating func start(_ lead: UInt8, at position: Int) {
    sequenceStart = position
    switch lead {
    case 0xC2...0xDF: (remaining, lower, upper) = (1, 0x80, 0xBF)
    case 0xE0: (remaining, lower, upper) = (2, 0xA0, 0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: (remaining, lower, upper) = (2, 0x80, 0xBF)
    case 0xED: (remaining, lower, upper) = (2, 0x80, 0x9F)
    case 0xF0: (remaining, lower, upper) = (3, 0x90, 0xBF)
    case 0xF1...0xF3: (remaining, lower, upper) = (3, 0x80, 0xBF)
    case 0xF4: (remaining, lower, upper) = (3, 0x80, 0x8F)
    default: fail(at: position)
    }
  }

  private mutating func fail(at position: Int) {
    invalidSequences += 1
    if firstInvalidOffset == nil { firstInvalidOffset = position }
  }

  private mutating func noteWindows1252(_ byte: UInt8, at position: Int) {
    guard firstWindows1252UndefinedOffset == nil, byte >= 0x81, byte <= 0x9D,
      Windows1252.undefinedBytes.contains(byte)
    else { return }
    firstWindows1252UndefinedOffset = position
  }
}
