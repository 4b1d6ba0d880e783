import Parsers
import Receivables

/// Reads the dates and amounts of an e-invoice, exactly, with the element in every error.
enum EInvoiceValues {
  /// A UBL `xs:date` (`2016-04-04`, also with a zone `+01:00` or `Z`, which is ignored: the
  /// date is the calendar date as written) or a CII `DateTimeString` in format 102 (`20160404`).
  static func date(_ value: XMLText, name: String) throws(EInvoiceProblem) -> LocalDate {
    var text = Substring(value.text)
    if let format = value.qualifier, format != "102" {
      throw EInvoiceProblem(
        "the \(name) '\(value.text)' is in date format \(format); only format 102 (YYYYMMDD) is a calendar date",
        at: value, fix: "ask the sender to write the \(name) with format=\"102\"")
    }
    if text.count == 8, text.allSatisfy(\.isNumber) {
      text = "\(text.prefix(4))-\(text.dropFirst(4).prefix(2))-\(text.suffix(2))"
    } else if text.count > 10 {
      let zone = text.dropFirst(10)
      guard zone == "Z" || zone.first == "+" || zone.first == "-" else {
        throw notADate(value, name: name)
      }
      text = text.prefix(10)
    }
    do {
      return try LocalDate(iso8601: String(text))
    } catch {
      throw notADate(value, name: name)
    }
  }

  private static func notADate(_ value: XMLText, name: String) -> EInvoiceProblem {
    EInvoiceProblem(
      "the \(name) '\(value.text)' is not a date", at: value,
      fix:
        "ask the sender for a corrected invoice (dates are written YYYY-MM-DD in UBL, YYYYMMDD in CII)"
    )
  }

  /// An amount in `currency`, exactly: more decimals than the currency has is an error (never
  /// rounded). A `currencyID` different from `currency` is reported through `mismatch`.
  static func amount(_ value: XMLText, name: String, currency: Currency)
    throws(EInvoiceProblem) -> Money
  {
    do {
      return try Money(decimal: value.text, currency: currency)
    } catch {
      throw EInvoiceProblem(
        "the \(name) '\(value.text)' cannot be booked: \(error.message)", at: value,
        fix: "ask the sender for a corrected invoice")
    }
  }
}
