/// Which mark separates the cents: a decimal point (1,234.56) or a decimal comma (1.234,56).
public enum DecimalNotation: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
  /// "1,234.56": a point before the cents, commas between thousands.
  case decimalPoint = "."
  /// "1.234,56": a comma before the cents, points between thousands.
  case decimalComma = ","

  /// The mark before the cents.
  public var decimalMark: Character { self == .decimalPoint ? "." : "," }

  /// The notation in which `mark` is the decimal mark; nil for anything but "." and ",".
  init?(decimalMark mark: Character) {
    switch mark {
    case ".": self = .decimalPoint
    case ",": self = .decimalComma
    default: return nil
    }
  }

  /// The other notation.
  var opposite: DecimalNotation { self == .decimalPoint ? .decimalComma : .decimalPoint }

  /// "decimal point" or "decimal comma".
  public var description: String { self == .decimalPoint ? "decimal point" : "decimal comma" }

  /// An amount written this way: "1,234.56" or "1.234,56".
  var example: String { self == .decimalPoint ? "1,234.56" : "1.234,56" }
}
