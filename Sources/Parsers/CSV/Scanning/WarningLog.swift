/// The warnings of one read, kept to a fixed number so memory does not grow with the file.
struct WarningLog {
  /// How many warnings are listed; the rest are only counted.
  static let limit = 100

  private(set) var listed: [CSVWarning] = []
  private var unlisted = 0
  private var firstUnlistedLine = 0
  private var last: CSVWarning?

  /// Adds a warning, or counts it when the list is full. A warning with the same message on
  /// the same line as the one before is dropped.
  mutating func add(_ warning: CSVWarning) {
    if last == warning { return }
    last = warning
    guard listed.count < Self.limit else {
      if unlisted == 0 { firstUnlistedLine = warning.line }
      unlisted += 1
      return
    }
    listed.append(warning)
  }

  /// The listed warnings, followed by one saying how many more there were.
  var all: [CSVWarning] {
    guard unlisted > 0 else { return listed }
    return listed + [
      CSVWarning(
        line: firstUnlistedLine,
        message: "\(unlisted) more warnings from line \(firstUnlistedLine) on are not listed")
    ]
  }
}
