extension CSVReader {
  /// The candidates, in the order that wins a tie.
  private static let candidates: [UInt8] = [
    UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"),
  ]

  /// How many records the sniffer looks at.
  private static let sampleSize = 50

  /// Picks the delimiter whose field counts are most consistent over the first records.
  ///
  /// Each candidate splits the first `sampleSize` records (quotes respected); its score is the
  /// share of records having the most common field count, which must be at least 2. A tie goes
  /// to the candidate giving more fields, then to `,` before `;` before tab. A file where no
  /// candidate splits anything is read with `,`.
  static func sniffDelimiter(_ bytes: [UInt8]) -> UInt8 {
    var best: (delimiter: UInt8, share: Double, fields: Int)?
    for candidate in candidates {
      let rows = CSVRecordScanner(bytes: bytes, delimiter: candidate).scan(limit: sampleSize).rows
      guard let (fields, share) = modalFieldCount(rows), fields >= 2 else { continue }
      if let current = best,
        share < current.share || (share == current.share && fields <= current.fields)
      {
        continue
      }
      best = (candidate, share, fields)
    }
    return best?.delimiter ?? UInt8(ascii: ",")
  }

  /// The most common field count among the rows and the share of rows having it.
  private static func modalFieldCount(_ rows: [CSVRow]) -> (fields: Int, share: Double)? {
    guard !rows.isEmpty else { return nil }
    var frequency: [Int: Int] = [:]
    for row in rows { frequency[row.cells.count, default: 0] += 1 }
    let mode = frequency.max { lhs, rhs in
      lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key < rhs.key
    }
    guard let mode else { return nil }
    return (mode.key, Double(mode.value) / Double(rows.count))
  }
}
