/// An RGB colour for printing on a letter, each channel 0…1.
struct PrintColor: Hashable {
  var red: Double
  var green: Double
  var blue: Double

  static let ink = PrintColor(red: 0.1, green: 0.1, blue: 0.12)
  static let muted = PrintColor(red: 0.38, green: 0.4, blue: 0.44)
  static let accent = PrintColor(red: 0.1, green: 0.22, blue: 0.4)
  static let rule = PrintColor(red: 0.78, green: 0.8, blue: 0.83)
  static let shade = PrintColor(red: 0.94, green: 0.95, blue: 0.97)
  static let white = PrintColor(red: 1, green: 1, blue: 1)
  static let black = PrintColor(red: 0, green: 0, blue: 0)
}
