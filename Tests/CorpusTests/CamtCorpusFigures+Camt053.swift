extension CamtCorpusFigures {
  /// The camt.053 files; verified as the type's comment says.
  static let camt053 = [
    // SOURCES.md: 4 Ntry / 5 TxDtls; balances reconcile (PRCD 33.06 → CLBD 23.06).
    CamtCorpusFigures(
      file: "camt053/camtparser-053-valid_example.xml", statements: 1, entries: 4, details: 5,
      credits: "1.00", debits: "11.00", opening: ["CRDT 33.06 EUR 2013-12-27 PRCD"],
      closing: ["CRDT 23.06 EUR 2013-12-27 CLBD"], reconciles: true),
    // SOURCES.md: 3 Ntry / 2 TxDtls, credits 7688.00, debits 4753.74, CLBD 23038.20. The file
    // has OPBD and PRCD (both 7329.80, dated differently): OPBD is the opening balance.
    CamtCorpusFigures(
      file: "camt053/camtparser-053-valid_example_with_batch.xml", statements: 1, entries: 3,
      details: 2, credits: "7688.00", debits: "4753.74",
      opening: ["CRDT 7329.80 EUR 2019-01-01 OPBD"],
      closing: ["CRDT 23038.20 EUR 2019-06-23 CLBD"]),
    CamtCorpusFigures(
      file: "camt053/camtparser-053-valid_example_with_instdamt.xml", statements: 1, entries: 1,
      details: 1, credits: "4500", debits: "0", opening: ["CRDT 100 CHF 2019-05-13 OPBD"],
      closing: ["CRDT 4500.00 CHF 2019-05-13 CLBD"]),
    // SOURCES.md: 13 Ntry, 32 TxDtls; balances reconcile (OPBD 322152.16 → CLBD 322689.77).
    CamtCorpusFigures(
      file: "camt053/dvbern-camt.053_P_CH0309000000250090342_380000000_0_2016053100163801.xml",
      statements: 1, entries: 13, details: 32, credits: "1810.56", debits: "1272.95",
      opening: ["CRDT 322152.16 CHF 2016-04-29 OPBD"],
      closing: ["CRDT 322689.77 CHF 2016-04-30 CLBD"], reconciles: true),
    // SOURCES.md: every balance type; OPBD 1.01 wins over PRCD 2.02, CLBD 4.04.
    CamtCorpusFigures(
      file: "camt053/genkgo-camt053.v2.all-balance-types.xml", statements: 1, entries: 1,
      details: 1, credits: "8.85", debits: "0", opening: ["CRDT 1.01 EUR 2015-01-21 OPBD"],
      closing: ["CRDT 4.04 EUR 2015-01-22 CLBD"]),
    // SOURCES.md: balances deliberately do not add up (closing given as DBIT, in SEK).
    CamtCorpusFigures(
      file: "camt053/genkgo-camt053.v2.minimal.xml", statements: 1, entries: 1, details: 1,
      credits: "8.85", debits: "0", opening: ["CRDT 18.15 EUR 2014-12-30 OPBD"],
      closing: ["DBIT 27.00 SEK 2014-12-31 CLBD"]),
    // SOURCES.md: two Stmt; each statement balances.
    CamtCorpusFigures(
      file: "camt053/genkgo-camt053.v2.multi.statement.xml", statements: 2, entries: 2,
      details: 2, credits: "8.85", debits: "7.00",
      opening: ["CRDT 18.15 EUR 2014-12-30 OPBD", "CRDT 27.00 EUR 2014-12-30 OPBD"],
      closing: ["CRDT 27.00 EUR 2014-12-31 CLBD", "CRDT 20.00 EUR 2014-12-31 CLBD"],
      reconciles: true),
    CamtCorpusFigures(
      file: "camt053/genkgo-camt053.v8.xml", statements: 1, entries: 1, details: 1,
      credits: "8.85", debits: "0", opening: ["CRDT 18.15 EUR 2014-12-30 OPBD"],
      closing: ["DBIT 27.00 SEK 2014-12-30 CLBD"]),
    // SOURCES.md (OCA golden): balance_start 15568.27, balance_end_real 15121.12; 3 Ntry / 4
    // TxDtls (OCA's 4 lines −754.25 / −564.05 / −100.00 / +1405.31 are the details).
    CamtCorpusFigures(
      file: "camt053/oca-test-camt053", statements: 1, entries: 3, details: 4,
      credits: "1405.31", debits: "1418.30", opening: ["CRDT 15568.27 EUR 2014-01-05 OPBD"],
      closing: ["CRDT 15121.12 EUR 2014-01-05 CLBD"]),
    // Two documents, each as oca-test-camt053 (counted after cutting the file in two).
    CamtCorpusFigures(
      file: "camt053/oca-test-camt053-more-than-one-xml", statements: 2, entries: 6, details: 8,
      credits: "2810.62", debits: "2836.60",
      opening: ["CRDT 15568.27 EUR 2014-01-05 OPBD", "CRDT 15568.27 EUR 2014-01-05 OPBD"],
      closing: ["CRDT 15121.12 EUR 2014-01-05 CLBD", "CRDT 15121.12 EUR 2014-01-05 CLBD"]),
    // SOURCES.md: no Ntry at all, OPBD = CLBD = 1520.76 CHF.
    CamtCorpusFigures(
      file: "camt053/oca-test-camt053-no-ntry", statements: 1, entries: 0, details: 0,
      credits: "0", debits: "0", opening: ["CRDT 1520.76 CHF 2014-01-05 OPBD"],
      closing: ["CRDT 1520.76 CHF 2014-01-05 CLBD"], reconciles: true),
  ]
}
