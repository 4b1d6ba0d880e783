import Testing

/// What a corpus camt file holds, counted outside arflow.
///
/// How every figure was verified: with `xmllint --xpath` (libxml2 2.9.14) on the file as stored,
/// `S` = `//*[local-name()='Stmt' or local-name()='Rpt' or local-name()='Ntfctn']`:
/// - statements `count(S)`, entries `count(S/*[local-name()='Ntry'])`, details
///   `count(S/Ntry/NtryDtls/TxDtls)` (all steps by `local-name()`);
/// - credits / debits `sum(S/Ntry[CdtDbtInd='CRDT']/Amt)` and the same for `DBIT`;
/// - balances: for statement i, the first `(S)[i]/Bal` whose `Tp/CdOrPrtry/Cd` is `OPBD`, else
///   `PRCD` (opening), and `CLBD` (closing), printed as `CdtDbtInd Amt Amt/@Ccy Dt/Dt`.
/// xmllint refuses `oca-test-camt053-more-than-one-xml` (a second XML declaration), so its two
/// documents were cut apart with `sed -n 1,290p` and `sed -n '292,$p'` and each was counted.
/// Where `SOURCES.md` states a figure, it agrees (noted per row).
struct CamtCorpusFigures: Sendable, CustomTestStringConvertible {
  let file: String
  let statements: Int
  let entries: Int
  let details: Int
  /// The sum of the credit (`CRDT`) entries' amounts.
  let credits: String
  /// The sum of the debit (`DBIT`) entries' amounts.
  let debits: String
  /// Per statement: `CdtDbtInd amount currency date type`, nil when the statement has none.
  let opening: [String?]
  let closing: [String?]
  /// `SOURCES.md` says opening + credits − debits = closing for every statement.
  var reconciles = false

  var testDescription: String { file }

  static let all: [CamtCorpusFigures] = camt052 + camt053 + camt054

  static let camt052 = [
    // SOURCES.md: camt.052.001.01, batch entry without TxDtls, SEK, no balances.
    CamtCorpusFigures(
      file: "camt052/genkgo-camt052.v1.xml", statements: 1, entries: 1, details: 0,
      credits: "0", debits: "200000", opening: [nil], closing: [nil]),
    CamtCorpusFigures(
      file: "camt052/genkgo-camt052.v2.xml", statements: 1, entries: 1, details: 1,
      credits: "0", debits: "200000", opening: [nil], closing: [nil]),
    // SOURCES.md: ITBD balance only, so neither opening nor closing.
    CamtCorpusFigures(
      file: "camt052/genkgo-camt052.v6.Amt-zero.xml", statements: 1, entries: 1, details: 1,
      credits: "0", debits: "200000", opening: [nil], closing: [nil]),
    // SOURCES.md: PRCD/CLBD, 2 credit entries, balances reconcile.
    CamtCorpusFigures(
      file: "camt052/hbci4java-test-camt-parse-05200102.xml", statements: 1, entries: 2,
      details: 2, credits: "10.50", debits: "0", opening: ["CRDT 100.00 EUR 2018-07-19 PRCD"],
      closing: ["CRDT 110.50 EUR 2018-07-20 CLBD"], reconciles: true),
    // SOURCES.md: the balances given do not include the entry.
    CamtCorpusFigures(
      file: "camt052/hbci4java-test-camt-ruecklastschrift.xml", statements: 1, entries: 1,
      details: 1, credits: "0", debits: "53.00", opening: ["CRDT 100.00 EUR 2021-03-25 PRCD"],
      closing: ["CRDT 100.00 EUR 2021-03-26 CLBD"]),
  ]

  static let camt054 = [
    // SOURCES.md: 4 Ntry / 5 TxDtls. camt.054 files here carry no balances.
    CamtCorpusFigures(
      file: "camt054/camtparser-054-valid_example.xml", statements: 1, entries: 4, details: 5,
      credits: "80.56", debits: "21.53", opening: [nil], closing: [nil]),
    // SOURCES.md: credit batch with 2 TxDtls.
    CamtCorpusFigures(
      file: "camt054/dvbern-200519_camt.054_P_CH2909000000250094239_1111091335_0_"
        + "2020061900081727_v2009.xml",
      statements: 1, entries: 1, details: 2, credits: "1692.22", debits: "0", opening: [nil],
      closing: [nil]),
    CamtCorpusFigures(
      file: "camt054/dvbern-200519_camt054-ESR-ASR_P_CH2909000000250094239_1110092704_0_"
        + "2019042500372179_v2009.xml",
      statements: 1, entries: 1, details: 1, credits: "0", debits: "147", opening: [nil],
      closing: [nil]),
    CamtCorpusFigures(
      file: "camt054/dvbern-camt_054_Beispiel_NoCrdtBookedNotReversed.xml", statements: 1,
      entries: 3, details: 3, credits: "113", debits: "3", opening: [nil], closing: [nil]),
    // SOURCES.md: 1 Ntry with 3 TxDtls.
    CamtCorpusFigures(
      file: "camt054/genkgo-camt054.v2.xml", statements: 1, entries: 1, details: 3,
      credits: "0", debits: "200000", opening: [nil], closing: [nil]),
    CamtCorpusFigures(
      file: "camt054/genkgo-camt054.v8-with-UETR.xml", statements: 1, entries: 1, details: 1,
      credits: "0", debits: "200000", opening: [nil], closing: [nil]),
    // SOURCES.md: batch with 3 TxDtls.
    CamtCorpusFigures(
      file: "camt054/genkgo-camt054.v8.xml", statements: 1, entries: 1, details: 3,
      credits: "0", debits: "200000", opening: [nil], closing: [nil]),
  ]
}
