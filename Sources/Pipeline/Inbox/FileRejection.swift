import Receivables

/// Why a whole inbox file could not be ingested: what, where, and how to fix it.
struct FileRejection: Error, Sendable {
  /// What the file was read as, as far as that got.
  var kind: FileKind
  var message: String
  /// "line 12", "element /Document/…/Amt (line 40)", or nil for the whole file.
  var location: String?
  var fix: String
  /// More for `NAME.error.txt` than the summary line needs (why each mapping passed it by).
  var details: [String] = []
}
