extension AmountFigure {
  /// What a figure says about the column's notation on its own.
  enum NotationEvidence: Equatable {
    /// The figure can only be read one way: "1.234,56" or "12,5" prove a decimal comma.
    case proves(DecimalNotation)
    /// The figure reads both ways: "1.234" is 1234 or 1.234.
    case ambiguous
    /// The figure has no point or comma: "1234", "1 234".
    case silent
  }

  /// The notation this figure proves, if any.
  ///
  /// Both marks: the last one is the decimal mark. One mark written twice: it separates
  /// thousands. One mark written once: it is the decimal mark unless exactly three digits
  /// follow it and one to three digits (not starting with 0) precede it.
  var evidence: NotationEvidence {
    let marks = written.filter(AmountFigure.isMark)
    guard let last = marks.last, let lastNotation = DecimalNotation(decimalMark: last) else {
      return .silent
    }
    if marks.contains(where: { $0 != last }) { return .proves(lastNotation) }
    if marks.count > 1 { return .proves(lastNotation.opposite) }
    if written.contains(where: AmountFigure.isSpacer) { return .proves(lastNotation) }
    let parts = written.split(separator: last, omittingEmptySubsequences: false)
    let whole = parts[0]
    let fraction = parts.count > 1 ? parts[1] : ""
    guard fraction.count == 3, (1...3).contains(whole.count), whole.first != "0" else {
      return .proves(lastNotation)
    }
    return .ambiguous
  }
}
