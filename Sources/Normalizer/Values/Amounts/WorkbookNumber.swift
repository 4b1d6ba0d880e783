import Foundation
import Receivables

/// A number as a workbook stores it: Excel's binary double written out in full
/// (`0.30000000000000004`), to be taken as the amount it stands for in the column's currency.
///
/// A value within a millionth of a minor unit of a whole number of minor units is that amount
/// (0.30000000000000004 is 0.30 EUR); anything further off is an error naming the cell, because
/// a workbook that holds 0.304 EUR holds a figure no invoice can have.
struct WorkbookNumber {
  let text: String
  /// The cell, `Sheet1!F7`, for the message.
  let cell: String

  init(_ text: String, cell: String) {
    self.text = text
    self.cell = cell
  }

  /// The text with exactly the currency's decimals (or as it was, when it is not a plain
  /// number: the amount reader then says what is wrong with it).
  /// - Throws: `ValueProblem` `tooManyDecimals` naming the cell.
  func rounded(to currency: Currency) throws(ValueProblem) -> String {
    let plain = text.trimmingCharacters(in: .whitespaces)
    guard let dot = plain.firstIndex(of: "."),
      plain.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
      plain.distance(from: dot, to: plain.endIndex) - 1 > currency.minorUnits,
      let value = Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX"))
    else { return text }
    var scaled = value * pow(Decimal(10), currency.minorUnits)
    var whole = Decimal()
    NSDecimalRound(&whole, &scaled, 0, .plain)
    let off = abs(scaled - whole)
    guard off <= Decimal(string: "0.000001") ?? 0 else {
      throw ValueProblem(
        .tooManyDecimals,
        "cell \(cell) holds \(plain), which is not a whole number of \(currency.code) minor units (\(currency.minorUnits) decimals)",
        fix:
          "round the amount in the workbook (or format the column with \(currency.minorUnits) decimals and type the value again) and save it again"
      )
    }
    var rounded = whole / pow(Decimal(10), currency.minorUnits)
    var result = Decimal()
    NSDecimalRound(&result, &rounded, currency.minorUnits, .plain)
    let formatter = NumberFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.minimumFractionDigits = currency.minorUnits
    formatter.maximumFractionDigits = currency.minorUnits
    formatter.usesGroupingSeparator = false
    return formatter.string(from: result as NSDecimalNumber) ?? text
  }
}
