public import Receivables

/// Reads one amount cell into exact `Money`, given the column's currency and decimal notation.
///
/// Accepts thousands separators (the other mark, spaces of any width, Swiss apostrophes), a
/// leading or trailing minus ("-10,7", "123,45-"), accounting brackets ("(123.45)"), a plus,
/// and a currency sign or code before or after ("€ 1.234,56", "1.234,56 EUR", "CHF 1'234.50").
/// Never rounds: more decimals than the currency has is a `ValueProblem`.
public struct AmountReader: Sendable {
  /// The currency the column is in; a different sign or code in a cell is an error.
  public let currency: Currency
  /// Which mark is the decimal mark.
  public let notation: DecimalNotation

  public init(currency: Currency, notation: DecimalNotation) {
    self.currency = currency
    self.notation = notation
  }

  /// The amount in `text`.
  /// - Throws: `ValueProblem` with code `missing`, `notAnAmount`, `wrongCurrency`,
  ///   `tooManyDecimals` or `tooLarge`.
  public func money(_ text: String) throws(ValueProblem) -> Money {
    let cell = try AmountCell(text)
    if let foreign = cell.currencyMarks.first(where: { !$0.names(currency) }) {
      throw ValueProblem(
        .wrongCurrency,
        "'\(text)' is marked '\(foreign.written)', but this column is read as \(currency.code)",
        fix: "check the currency in the source or the mapping; arflow never converts currencies")
    }
    let plain = try cell.figure.plainDecimal(in: notation, cell: text)
    let magnitude: Money
    do {
      magnitude = try Money(decimal: plain, currency: currency)
    } catch  where error.code == .tooManyDecimals {
      throw tooManyDecimals(text, cell.figure)
    } catch  where error.code == .overflow {
      throw ValueProblem(
        .tooLarge, "'\(text)' is too large to be an amount",
        fix: "check the amount in the source")
    } catch {
      throw ValueProblem(
        .notAnAmount, "'\(text)' is not an amount", fix: "write it like \(notation.example)")
    }
    guard cell.isNegative else { return magnitude }
    return Money(minorUnits: -magnitude.minorUnits, currency: currency)
  }

  private func tooManyDecimals(_ text: String, _ figure: AmountFigure) -> ValueProblem {
    let decimals =
      currency.minorUnits == 0 ? "no decimals" : "only \(currency.minorUnits) decimals"
    let hint =
      figure.evidence == .ambiguous
      ? "; if the file writes \(notation.opposite.example), set the mapping's decimalSeparator to '\(notation.opposite.decimalMark)'"
      : ""
    return ValueProblem(
      .tooManyDecimals,
      "'\(text)' has more decimals than \(currency.code) has (\(decimals)); arflow never rounds amounts",
      fix: "correct the amount in the source\(hint)")
  }
}
