import Receivables

/// A fixed date layout a mapping names: which part is day, month and year, and the separator.
struct DatePattern: Sendable {
  static let supported = ["yyyy-mm-dd", "dd-mm-yyyy", "dd.mm.yyyy", "dd/mm/yyyy", "mm/dd/yyyy"]

  private enum Order { case yearMonthDay, dayMonthYear, monthDayYear }
  private let order: Order
  private let separator: Character
  let text: String

  init?(_ text: String) {
    switch text.lowercased() {
    case "yyyy-mm-dd": (order, separator) = (.yearMonthDay, "-")
    case "dd-mm-yyyy": (order, separator) = (.dayMonthYear, "-")
    case "dd.mm.yyyy": (order, separator) = (.dayMonthYear, ".")
    case "dd/mm/yyyy": (order, separator) = (.dayMonthYear, "/")
    case "mm/dd/yyyy": (order, separator) = (.monthDayYear, "/")
    default: return nil
    }
    self.text = text.lowercased()
  }

  /// Reads `value` in this layout; nil when it does not fit or is not a real date.
  func date(from value: String) -> LocalDate? {
    let parts = value.split(separator: separator, omittingEmptySubsequences: false)
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
      let first = Int(parts[0]), let second = Int(parts[1]), let third = Int(parts[2])
    else { return nil }
    let (year, month, day, yearText): (Int, Int, Int, Substring) =
      switch order {
      case .yearMonthDay: (first, second, third, parts[0])
      case .dayMonthYear: (third, second, first, parts[2])
      case .monthDayYear: (third, first, second, parts[2])
      }
    guard yearText.count == 4 else { return nil }
    return try? LocalDate(year: year, month: month, day: day)
  }
}
