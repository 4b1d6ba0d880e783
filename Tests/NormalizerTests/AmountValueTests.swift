import Normalizer
import Receivables
import Testing

struct AmountValueTests {
  /// Amounts as accounting systems write them, with the column's notation and currency code.
  static let readable: [(text: String, notation: DecimalNotation, currency: String, minor: Int64)] =
    [
      ("1,234.56", .decimalPoint, "EUR", 123_456),
      ("1234.56", .decimalPoint, "EUR", 123_456),
      ("1 234.56", .decimalPoint, "EUR", 123_456),
      ("1\u{00A0}234.56", .decimalPoint, "EUR", 123_456),
      ("1\u{202F}234.56", .decimalPoint, "EUR", 123_456),
      ("-10.7", .decimalPoint, "EUR", -1070),
      ("(123.45)", .decimalPoint, "EUR", -12_345),
      ("123.45-", .decimalPoint, "EUR", -12_345),
      ("+12.50", .decimalPoint, "EUR", 1250),
      ("$1,234.56", .decimalPoint, "USD", 123_456),
      ("-$5.00", .decimalPoint, "USD", -500),
      ("CHF 1'234.50", .decimalPoint, "CHF", 123_450),
      ("1,234,567.89", .decimalPoint, "EUR", 123_456_789),
      ("1,234", .decimalPoint, "EUR", 123_400),
      ("1.234", .decimalPoint, "KWD", 1234),
      (".5", .decimalPoint, "EUR", 50),
      ("EUR -5", .decimalPoint, "EUR", -500),
      ("£ 12.00", .decimalPoint, "GBP", 1200),
      ("1.234,56", .decimalComma, "EUR", 123_456),
      ("1234,56", .decimalComma, "EUR", 123_456),
      ("1 234,56", .decimalComma, "EUR", 123_456),
      ("1\u{00A0}234,56", .decimalComma, "EUR", 123_456),
      ("1\u{202F}234,56", .decimalComma, "EUR", 123_456),
      ("1\u{2009}234,56", .decimalComma, "EUR", 123_456),
      ("-10,7", .decimalComma, "EUR", -1070),
      ("(123,45)", .decimalComma, "EUR", -12_345),
      ("123,45-", .decimalComma, "EUR", -12_345),
      ("+12,50", .decimalComma, "EUR", 1250),
      ("€ 1.234,56", .decimalComma, "EUR", 123_456),
      ("1.234,56 EUR", .decimalComma, "EUR", 123_456),
      ("1.234,56\u{00A0}€", .decimalComma, "EUR", 123_456),
      ("€-1.234,56", .decimalComma, "EUR", -123_456),
      ("EUR -5", .decimalComma, "EUR", -500),
      ("1.234", .decimalComma, "EUR", 123_400),
      ("1.234.567,89", .decimalComma, "EUR", 123_456_789),
      ("12,5", .decimalComma, "EUR", 1250),
      ("  12,00  ", .decimalComma, "EUR", 1200),
      ("1.234", .decimalComma, "JPY", 1234),
      ("0,125", .decimalComma, "KWD", 125),
      ("CHF 1'234,50", .decimalComma, "CHF", 123_450),
      ("12,500", .decimalPoint, "EUR", 1_250_000),
      ("12,500", .decimalComma, "EUR", 1250),
    ]

  @Test("reads every way of writing an amount exactly, in both notations", arguments: readable)
  func readsAmount(
    _ example: (text: String, notation: DecimalNotation, currency: String, minor: Int64)
  )
    throws
  {
    let currency = try Currency(code: example.currency)
    let reader = AmountReader(currency: currency, notation: example.notation)
    #expect(try reader.money(example.text) == Money(minorUnits: example.minor, currency: currency))
  }

  static let refused:
    [(text: String, notation: DecimalNotation, currency: String, code: ValueProblem.Code)] = [
      ("1.234", .decimalPoint, "EUR", .tooManyDecimals),
      ("12,345", .decimalComma, "EUR", .tooManyDecimals),
      ("0.005", .decimalPoint, "EUR", .tooManyDecimals),
      ("1,5", .decimalComma, "JPY", .tooManyDecimals),
      ("1.234.56", .decimalPoint, "EUR", .notAnAmount),
      ("1,234,56", .decimalComma, "EUR", .notAnAmount),
      ("12,5", .decimalPoint, "EUR", .notAnAmount),
      ("1.234,5.6", .decimalComma, "EUR", .notAnAmount),
      ("12.", .decimalPoint, "EUR", .notAnAmount),
      ("12a34", .decimalPoint, "EUR", .notAnAmount),
      ("abc", .decimalPoint, "EUR", .notAnAmount),
      ("1.23E+15", .decimalPoint, "EUR", .notAnAmount),
      ("XYZ 5", .decimalPoint, "EUR", .notAnAmount),
      ("--5", .decimalPoint, "EUR", .notAnAmount),
      ("-(5)", .decimalPoint, "EUR", .notAnAmount),
      ("(5", .decimalPoint, "EUR", .notAnAmount),
      ("+5-", .decimalPoint, "EUR", .notAnAmount),
      ("12,-", .decimalComma, "EUR", .notAnAmount),
      ("$1,234.56", .decimalPoint, "EUR", .wrongCurrency),
      ("1.234,56 USD", .decimalComma, "EUR", .wrongCurrency),
      ("£5", .decimalPoint, "EUR", .wrongCurrency),
      ("€ 5,00", .decimalComma, "CHF", .wrongCurrency),
      ("", .decimalPoint, "EUR", .missing),
      ("\u{00A0} ", .decimalComma, "EUR", .missing),
      ("99999999999999999999", .decimalPoint, "EUR", .tooLarge),
    ]

  @Test("refuses what is not an exact amount in the column's currency", arguments: refused)
  func refusesAmount(
    _ example: (text: String, notation: DecimalNotation, currency: String, code: ValueProblem.Code)
  ) throws {
    let reader = AmountReader(
      currency: try Currency(code: example.currency), notation: example.notation)
    let problem = #expect(throws: ValueProblem.self) { try reader.money(example.text) }
    #expect(problem?.code == example.code)
  }

  @Test("too many decimals says it never rounds and hints at the other notation")
  func tooManyDecimalsExplains() {
    let reader = AmountReader(currency: .eur, notation: .decimalPoint)
    let problem = #expect(throws: ValueProblem.self) { try reader.money("1.234") }
    #expect(problem?.message.contains("never rounds") == true)
    #expect(problem?.fix.contains("decimalSeparator to ','") == true)
  }

  @Test("a foreign currency sign is named next to the column's currency")
  func wrongCurrencyExplains() {
    let reader = AmountReader(currency: .eur, notation: .decimalPoint)
    let problem = #expect(throws: ValueProblem.self) { try reader.money("$1,234.56") }
    #expect(problem?.message == "'$1,234.56' is marked '$', but this column is read as EUR")
  }
}
