/// One group of a BAI2 file (02 … 98): accounts reported by the same bank for the same day.
struct BAI2Group {
  let number: Int
  let line: Int
  /// The 02 originator: the reporting bank's identification (often its routing number).
  let originator: String?
  /// `yyyy-mm-dd`: the day the balances and transactions are reported for.
  let asOfDate: String
  /// The group's currency, if the 02 names one.
  let currency: String?
  /// Records from the 02 on (88s included); the 98 adds itself.
  var records = 0
  /// How many accounts (03) the group holds.
  var accounts = 0
  /// The account control totals of its 49 records, which the 98 adds up.
  var accountTotals: [Int] = []

  /// Reads a group header: ultimate receiver, originator, group status, as-of date (YYMMDD),
  /// as-of time, currency, as-of-date modifier.
  /// - Throws: `missingStatementField` or `invalidStatementDate` for the as-of date,
  ///   `malformedStatementLine` for a currency that is not three capital letters.
  init(_ record: BAI2Record, number: Int, file: String) throws(ParseError) {
    let fields = record.fields
    func field(_ index: Int) -> Substring { index < fields.count ? fields[index] : "" }
    let date = field(3)
    guard !date.isEmpty else {
      throw record.error(
        .missingStatementField, "the group has no as-of date (the 4th field)",
        fix: "ask the bank for a corrected file", file: file)
    }
    guard let iso = StatementDate.iso(String(date), dayFirst: false) else {
      throw record.error(
        .invalidStatementDate, "the as-of date \"\(date)\" is not a date (BAI2 writes YYMMDD)",
        fix: "ask the bank for a corrected file", file: file)
    }
    let currency = field(5)
    guard currency.isEmpty || BAI2Currency.isCode(currency) else {
      throw record.error(
        .malformedStatementLine, "the currency \"\(currency)\" is not a three-letter code",
        fix: "ask the bank for a corrected file", file: file)
    }
    self.number = number
    self.line = record.line
    self.originator = field(1).isEmpty ? nil : String(field(1))
    self.asOfDate = iso
    self.currency = currency.isEmpty ? nil : String(currency)
  }
}
