extension CODAStatementBuilder {
  /// The movement a 2.2, 2.3 (same sequence and detail number) or 3.1 (same sequence
  /// number) record continues: the last record 2.1 read.
  /// - Throws: `malformedStatementLine` when the numbers do not match it.
  func movementIndex(for record: CODARecord, sameDetail: Bool = true) throws(ParseError) -> Int {
    let sequence = record.text(3, 6)
    let detail = record.text(7, 10)
    guard let index = movements.indices.last,
      movements[index].sequence == sequence,
      !sameDetail || movements[index].detailNumber == detail
    else {
      let previous = movements.last.map { "\($0.sequence)/\($0.detailNumber)" } ?? "none"
      throw record.error(
        .malformedStatementLine,
        "the record belongs to movement \(sequence)/\(detail) (positions 3–10), but the "
          + "movement before it is \(previous); CODA puts these records right after their "
          + "record 2.1",
        fix: "download the CODA file again; records are missing or out of order")
    }
    return index
  }

  /// Continues the last information block of the last movement with a 3.2 or 3.3.
  /// - Throws: `malformedStatementLine` when no 3.1 of the same movement precedes it.
  mutating func continueInformation(_ record: CODARecord) throws(ParseError) {
    let index = try movementIndex(for: record, sameDetail: false)
    guard !movements[index].information.isEmpty else {
      throw record.error(
        .malformedStatementLine,
        "record \(record.kind) continues an information record 3.1, but none comes before it",
        fix: "download the CODA file again; records are missing or out of order")
    }
    movements[index].information[movements[index].information.count - 1].add(record)
  }
}
