/// One record of a CSV file with the line it starts on.
public struct CSVRow: Sendable, Equatable {
  /// The 1-based physical line the record starts on (a quoted newline does not shift it).
  public let line: Int
  /// The fields, unquoted, exactly as written otherwise (no trimming, no type guessing).
  public let cells: [String]

  /// A record as the reader found it.
  /// - Parameters:
  ///   - line: the 1-based physical line the record starts on.
  ///   - cells: the unquoted fields.
  public init(line: Int, cells: [String]) {
    self.line = line
    self.cells = cells
  }
}
