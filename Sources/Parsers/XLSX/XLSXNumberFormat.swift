/// Tells date formats from number formats (ECMA-376 Part 1, 18.8.30 numFmt and 18.8.31).
enum XLSXNumberFormat {
  /// Built-in format ids that show a date or a time: 14–22 in every locale, 27–36 and 50–58
  /// in the East Asian ones, 45–47 the minute and second formats.
  static let builtInDateIDs: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

  /// Whether the format with this id (and custom code, when the workbook defines one) shows a
  /// date or a time.
  static func isDate(id: Int, code: String?) -> Bool {
    guard let code else { return builtInDateIDs.contains(id) }
    return isDate(code: code)
  }

  /// Whether a format code shows a date or a time: it has `d`, `m`, `y`, `h` or `s` outside
  /// quoted text (`"Days"0`), brackets (`[$-409]`, `[Red]`) and escaped or padding characters
  /// (`\d`, `_)`, `*-`). An elapsed-time code (`[h]:mm`) is a duration, not a date.
  static func isDate(code: String) -> Bool {
    var characters = code.lowercased().makeIterator()
    var sawDatePart = false
    while let character = characters.next() {
      switch character {
      case "\"":
        while let next = characters.next(), next != "\"" {}
      case "\\", "_", "*":
        _ = characters.next()
      case "[":
        var inside = ""
        while let next = characters.next(), next != "]" { inside.append(next) }
        if !inside.isEmpty, inside.allSatisfy({ "hms".contains($0) }) { return false }
      case "d", "m", "y", "h", "s":
        sawDatePart = true
      default:
        continue
      }
    }
    return sawDatePart
  }
}
