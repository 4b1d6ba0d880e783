import Testing

/// What each MT940/MT942 corpus file must read as: statements, bookings, the sums of credits and
/// debits over the whole file, the first statement's opening and the last one's closing balance
/// (signed: debit balances negative), and the statements whose balances do not add up.
///
/// How the figures were verified, independently of this reader:
/// - a short Python script (regular expressions over the raw lines, Latin-1, statements cut at
///   `:20:`, a bare `:20:` dropped) summed every `:61:` amount by its mark (`C`/`RD` credit,
///   `D`/`RC` debit, a third letter being the funds code) and read `:60a:`/`:62a:`;
/// - the upstream expectations listed in SOURCES.md (wolph/mt940 `.yml`, OCA and php-mt940
///   tests) agree on every count, sum and balance they state, except betterplace: wolph counts
///   its two `RC` (reversed credit) bookings of 204.88 as credits (43 credits 5188884.70, 54
///   debits 14457201.08); SWIFT books a reversed credit as a debit, which is what makes all 26 of
///   its statements add up, so the table has 5188474.94 / 14457610.84;
/// - for the two svenstaro/mt940-rs files, the `*.expected.json` companions summed by
///   `debit_credit_indicator` give the same counts, sums and balances (they also read `DR` as a
///   debit with funds code `R`).
/// SOURCES.md says jejik-sns does not reconcile; both its statements do (1234.56 − 25.00 =
/// 1209.56, then an empty one), the remark concerns upstream's expectation file.
struct MT940CorpusFile: Sendable, CustomTestStringConvertible {
  let path: String
  let statements: Int
  let entries: Int
  let credits: String
  let debits: String
  let opening: String?
  let closing: String?
  /// The numbers (1-based) of the MT940 statements that do not add up or lack a balance.
  var unreconciled: [Int] = []

  var testDescription: String { path }

  static let all: [MT940CorpusFile] = [
    .init(
      path: "bank/mt940/mt940py-ASNB-mt940.txt", statements: 31, entries: 8, credits: "2828.90",
      debits: "2771.96", opening: "444.29", closing: "501.23"),
    .init(
      path: "bank/mt940/mt940py-betterplace-sepa_mt9401.sta", statements: 26, entries: 97,
      credits: "5188474.94", debits: "14457610.84", opening: "-1234718.36", closing: "50.05"),
    .init(
      path: "bank/mt940/mt940py-cmxl-mt940.sta", statements: 3, entries: 16, credits: "72436.74",
      debits: "60109.44", opening: "84349.74", closing: "50040.00"),
    .init(
      path: "bank/mt940/mt940py-jejik-abnamro.sta", statements: 2, entries: 10, credits: "0",
      debits: "345.93", opening: "3236.28", closing: "1849.75", unreconciled: [1, 2]),
    .init(
      path: "bank/mt940/mt940py-jejik-ing.sta", statements: 1, entries: 7, credits: "4.68",
      debits: "50.27", opening: "0.00", closing: "3.47", unreconciled: [1]),
    .init(
      path: "bank/mt940/mt940py-jejik-rabobank-iban.sta", statements: 2, entries: 4, credits: "0",
      debits: "70.00", opening: "1000.00", closing: "930.00"),
    .init(
      path: "bank/mt940/mt940py-jejik-sns.sta", statements: 2, entries: 2, credits: "0",
      debits: "25.00", opening: "1234.56", closing: "1209.56"),
    .init(
      path: "bank/mt940/mt940py-self-provided-details_60-63.sta", statements: 1, entries: 1,
      credits: "0", debits: "233.15", opening: "12345.12", closing: "12345.98",
      unreconciled: [1]),
    .init(
      path: "bank/mt940/mt940rs-danskebank-MT940_NO_Example.sta", statements: 13, entries: 24,
      credits: "3850474.29", debits: "1467825.27", opening: "94372951.20",
      closing: "96755600.22"),
    .init(
      path: "bank/mt940/mt940rs-sparkasse-buxtehude.sta", statements: 1, entries: 3, credits: "0",
      debits: "141.04", opening: "13564.13", closing: "13523.09", unreconciled: [1]),
    .init(
      path: "bank/mt940/oca-mt940_base-test-sns.940", statements: 3, entries: 8, credits: "0",
      debits: "1715.68", opening: "3026.96", closing: nil, unreconciled: [3]),
    .init(
      path: "bank/mt940/oca-mt940_nl_mollie-Voorbeeld_MT-940.mt940", statements: 1, entries: 21,
      credits: "1056.64", debits: "2406.90", opening: "0.00", closing: "-1350.26"),
    .init(
      path: "bank/mt940/oca-mt940_nl_rabo-test-rabo.swi", statements: 4, entries: 2,
      credits: "400.00", debits: "34.61", opening: "4433.52", closing: "4798.91"),
    .init(
      path: "bank/mt940/phpmt940-Bunq-sample", statements: 1, entries: 111, credits: "761.66",
      debits: "788.33", opening: "32.33", closing: "5.66"),
    .init(
      path: "bank/mt940/phpmt940-Knab-sample", statements: 1, entries: 5, credits: "0",
      debits: "151.84", opening: "1000.21", closing: "945.21", unreconciled: [1]),
    .init(
      path: "bank/mt940/phpmt940-Rabo-sample2", statements: 1, entries: 0, credits: "0",
      debits: "0", opening: "-1000.12", closing: "2145.23", unreconciled: [1]),
    .init(
      path: "bank/mt940/phpmt940-Rabo-sample3", statements: 2, entries: 12, credits: "19946.42",
      debits: "1518.12", opening: "1147.95", closing: "18846.34", unreconciled: [1, 2]),
    .init(
      path: "bank/mt940/phpmt940-Spk-sample", statements: 4, entries: 10, credits: "932",
      debits: "16.68", opening: "1818.90", closing: "2734.22"),
    .init(
      path: "bank/mt942/cmxl-mt942.txt", statements: 2, entries: 2, credits: "19584.00",
      debits: "0", opening: nil, closing: nil),
    .init(
      path: "bank/mt942/mt940py-mBank-mt942.sta", statements: 1, entries: 3, credits: "0.03",
      debits: "0", opening: nil, closing: nil),
  ]
}
