import Receivables
import Testing

struct MoneyTests {
  static let decimals: [(String, String, Int64)] = [
    ("1234.56", "EUR", 123_456), ("-0.5", "EUR", -50), ("+12", "EUR", 1200),
    (".75", "EUR", 75), ("0.125", "KWD", 125), ("1234", "JPY", 1234), ("1.500", "EUR", 150),
    (" 7.10 ", "EUR", 710), ("0", "TND", 0),
  ]

  @Test("reads decimal strings exactly into minor units", arguments: decimals)
  func parsesDecimals(text: String, code: String, minor: Int64) throws {
    let money = try Money(decimal: text, currency: Currency(code: code))
    #expect(money.minorUnits == minor)
    #expect(money.currency.code == code)
  }

  @Test(
    "refuses more decimals than the currency has instead of rounding",
    arguments: [
      ("1.234", "EUR"), ("10.5", "JPY"), ("0.0001", "BHD"),
    ])
  func refusesTooManyDecimals(text: String, code: String) throws {
    #expect(throws: MoneyError.self) { try Money(decimal: text, currency: Currency(code: code)) }
    do {
      _ = try Money(decimal: text, currency: Currency(code: code))
    } catch {
      #expect(error.code == .tooManyDecimals)
      #expect(error.message.contains("never rounds"))
    }
  }

  @Test(
    "refuses text that is not a plain decimal",
    arguments: [
      "", "-", "1,5", "1.2.3", "12a", "1e5", "--1", "1.", "€5",
    ])
  func refusesNonNumbers(text: String) {
    #expect(throws: MoneyError.self) { try Money(decimal: text, currency: .eur) }
  }

  @Test(
    "knows the ISO 4217 minor units",
    arguments: [
      ("EUR", 2), ("USD", 2), ("JPY", 0), ("KRW", 0), ("BHD", 3), ("KWD", 3), ("TND", 3),
      ("CLF", 4),
      ("chf", 2),
    ])
  func minorUnits(code: String, units: Int) throws {
    #expect(try Currency(code: code).minorUnits == units)
  }

  @Test("refuses unknown currency codes")
  func unknownCurrency() {
    #expect(throws: MoneyError.self) { try Currency(code: "EURO") }
    #expect(throws: MoneyError.self) { try Currency(code: "XYZ") }
  }

  @Test("prints decimal strings with the currency's decimals")
  func decimalString() throws {
    #expect(Money(minorUnits: 123_456, currency: .eur).decimalString == "1234.56")
    #expect(Money(minorUnits: -50, currency: .eur).decimalString == "-0.50")
    #expect(Money(minorUnits: 5, currency: .eur).decimalString == "0.05")
    #expect(Money(minorUnits: 1234, currency: .jpy).decimalString == "1234")
    #expect(Money(minorUnits: 1, currency: try Currency(code: "KWD")).decimalString == "0.001")
    #expect(Money(minorUnits: .min, currency: .eur).decimalString == "-92233720368547758.08")
  }

  @Test("adds and subtracts within one currency")
  func arithmetic() throws {
    let a = Money(minorUnits: 1000, currency: .eur)
    let b = Money(minorUnits: 250, currency: .eur)
    #expect(try a + b == Money(minorUnits: 1250, currency: .eur))
    #expect(try a - b == Money(minorUnits: 750, currency: .eur))
    #expect(try b - a == Money(minorUnits: -750, currency: .eur))
    #expect(try a.multiplied(by: 3) == Money(minorUnits: 3000, currency: .eur))
  }

  @Test("refuses to mix currencies")
  func mixedCurrencies() {
    let euros = Money(minorUnits: 100, currency: .eur)
    let dollars = Money(minorUnits: 100, currency: .usd)
    #expect(throws: MoneyError.self) { try euros + dollars }
    #expect(throws: MoneyError.self) { try euros - dollars }
  }

  @Test("reports overflow instead of wrapping")
  func overflow() {
    let max = Money(minorUnits: .max, currency: .eur)
    let min = Money(minorUnits: .min, currency: .eur)
    let one = Money(minorUnits: 1, currency: .eur)
    #expect(throws: MoneyError.self) { try max + one }
    #expect(throws: MoneyError.self) { try min - one }
    #expect(throws: MoneyError.self) { try max.multiplied(by: 2) }
    #expect(throws: MoneyError.self) { try min.negated() }
    #expect(throws: MoneyError.self) { try Money(decimal: "92233720368547758.08", currency: .eur) }
  }

  static let rates: [(Int64, Int64, Int64, Int64)] = [
    (1000, 1, 3, 333), (1000, 2, 3, 667), (5, 1, 2, 3), (-5, 1, 2, -3),
    (10_000, 8, 100, 800), (12_345, 115, 1000, 1420), (1, 1, 3, 0),
  ]

  @Test("applies rates rounding half away from zero", arguments: rates)
  func fractions(minor: Int64, numerator: Int64, denominator: Int64, expected: Int64) throws {
    let money = Money(minorUnits: minor, currency: .eur)
    #expect(try money.multiplied(byFraction: numerator, over: denominator).minorUnits == expected)
  }
}
