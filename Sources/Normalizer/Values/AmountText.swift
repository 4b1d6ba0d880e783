import Foundation
import Receivables

/// Reads an amount cell written with a given decimal separator into exact money.
struct AmountText: Sendable {
  let decimalSeparator: Character

  /// "1.234,56" with "," → 1234.56; "1,234.56" with "." → 1234.56. Group separators (the other
  /// mark, spaces, no-break spaces) are dropped; anything else is not an amount.
  /// - Throws: `ValueError` saying what is wrong (not a number, too many decimals).
  func money(_ text: String, currency: Currency) throws(ValueError) -> Money {
    let groupSeparator: Character = decimalSeparator == "," ? "." : ","
    var plain = ""
    for character in text.trimmingCharacters(in: .whitespaces) {
      switch character {
      case groupSeparator, " ", "\u{00A0}", "\u{202F}": continue
      case decimalSeparator: plain.append(".")
      default: plain.append(character)
      }
    }
    do {
      return try Money(decimal: plain, currency: currency)
    } catch  where error.code == .notANumber {
      let example = decimalSeparator == "," ? "1234,56" : "1234.56"
      throw ValueError(
        "'\(text)' is not an amount", fix: "write amounts like \(example), as the mapping expects")
    } catch {
      throw ValueError(
        error.message, fix: "correct the amount in the accounting system and export again")
    }
  }
}

/// Why one value of a record could not be read, and what to do.
struct ValueError: Error, Sendable {
  let message: String
  let fix: String

  init(_ message: String, fix: String) {
    self.message = message
    self.fix = fix
  }
}
