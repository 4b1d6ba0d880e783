/// Where things go on an A4 letter, in PDF points, following DIN 5008 form B for window envelopes.
enum LetterGeometry {
  /// Converts millimetres to points.
  static func mm(_ millimetres: Double) -> Double { millimetres * 72 / 25.4 }

  static let left = mm(25)
  static let right = mm(20)
  static let contentWidth = LetterCanvas.pageWidth - left - right

  static let letterheadTop = mm(15)
  /// The letterhead must end here, clear of the envelope window (which starts at 45 mm).
  static let letterheadBottom = mm(39)
  static let letterheadRule = mm(41.5)
  static let letterheadLinesWidth = mm(72)

  /// The envelope window's text area: 45–90 mm from the top, starting 25 mm from the left.
  static let windowWidth = mm(80)
  static let returnAddressTop = mm(48.5)
  static let recipientTop = mm(55)
  static let windowBottom = mm(90)

  static let dateTop = mm(96)
  static let subjectTop = mm(105)

  /// Pages after a letter's first carry a running head and start their text lower down.
  static let runningHeadTop = mm(13)
  static let runningHeadRule = mm(19)
  static let continuationTop = mm(26)

  static let footerBottom = LetterCanvas.pageHeight - mm(10)
  /// "Page N of M", below the footer at the right.
  static let pageLabelTop = LetterCanvas.pageHeight - mm(9)
  static let footerGap = mm(7)
  static let footerMaximumHeight = mm(15)

  /// Fold marks for a DIN long envelope and the hole-punch mark, on the left edge.
  static let foldMarks = [mm(105), mm(210)]
  static let punchMark = mm(148.5)

  static let paragraphGap = 7.0
  static let cellPaddingX = mm(1.5)
  static let cellPaddingY = 3.2
  static let boxPadding = mm(4.5)
  /// The QR code's side including its 4-module quiet zone.
  static let qrSide = mm(30)
}
