/// How a text file's bytes are turned into characters, as decided before reading it.
///
/// A byte-order mark decides: UTF-8, UTF-16LE or UTF-16BE. Without one the whole file is
/// checked as strict UTF-8; a file that is not (and is not mostly UTF-8 either) is read as
/// Windows-1252, the code page Excel and most Western European accounting systems save in.
/// UTF-16 without a byte-order mark is never guessed.
enum TextEncoding: Equatable, Sendable {
  case utf8(byteOrderMark: Bool)
  case utf16LittleEndian
  case utf16BigEndian
  case windows1252

  /// The name recorded in the import result, e.g. `"UTF-16LE with BOM"`.
  var name: String {
    switch self {
    case .utf8(byteOrderMark: false): "UTF-8"
    case .utf8(byteOrderMark: true): "UTF-8 with BOM"
    case .utf16LittleEndian: "UTF-16LE with BOM"
    case .utf16BigEndian: "UTF-16BE with BOM"
    case .windows1252: "Windows-1252"
    }
  }

  /// How many bytes the byte-order mark takes at the start of the file.
  var byteOrderMarkLength: Int {
    switch self {
    case .utf8(byteOrderMark: false), .windows1252: 0
    case .utf8(byteOrderMark: true): 3
    case .utf16LittleEndian, .utf16BigEndian: 2
    }
  }

  /// The encoding a byte-order mark at the start of `prefix` announces, if there is one.
  static func announced(by prefix: some Collection<UInt8>) -> TextEncoding? {
    if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8(byteOrderMark: true) }
    if prefix.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
    if prefix.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
    return nil
  }
}
