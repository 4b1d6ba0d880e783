/// How a piece of letter text looks: its Pango font, colour and line spacing.
struct TextStyle {
  /// A Pango font description: family, optional weight, size in points.
  var font: String
  var color: PrintColor = .ink
  /// Line height as a multiple of the font's natural height; 0 keeps Pango's default.
  var lineSpacing: Double = 0

  /// Body text and table cells.
  static let body = TextStyle(font: "DejaVu Sans 9.5", lineSpacing: 1.1)
  static let bodyBold = TextStyle(font: "DejaVu Sans Bold 9.5", lineSpacing: 1.1)
  static let subject = TextStyle(font: "DejaVu Sans Bold 11")
  static let creditorName = TextStyle(font: "DejaVu Sans Bold 15", color: .accent)
  static let letterhead = TextStyle(font: "DejaVu Sans 7.5", color: .muted, lineSpacing: 1.05)
  static let returnAddress = TextStyle(font: "DejaVu Sans 6.5", color: .muted)
  static let recipient = TextStyle(font: "DejaVu Sans 10", lineSpacing: 1.05)
  static let date = TextStyle(font: "DejaVu Sans 9.5")
  static let tableHeader = TextStyle(font: "DejaVu Sans Bold 8", color: .accent)
  static let tableCell = TextStyle(font: "DejaVu Sans 8.5")
  static let tableTotal = TextStyle(font: "DejaVu Sans Bold 8.5")
  static let paymentLine = TextStyle(font: "DejaVu Sans 9.5")
  static let paymentLabel = TextStyle(font: "DejaVu Sans 9.5", color: .muted)
  static let caption = TextStyle(font: "DejaVu Sans 7", color: .muted)
  static let footer = TextStyle(font: "DejaVu Sans 7", color: .muted, lineSpacing: 1.05)
  static let runningHead = TextStyle(font: "DejaVu Sans 7.5", color: .muted)
}
