import Foundation

/// A deterministic camt.053.001.02 statement with many entries, written in chunks (the file is
/// never held in memory): credits with structured RF references and debtor IBANs, one debit in
/// ten, a batch booking of three details in fifty, opening and closing balances that add up.
struct CamtBenchmarkFile {
  let entries: Int

  /// Writes the file unless it exists with the same entry count (`FILE.entries` holds it).
  func write(to file: URL) throws {
    let marker = file.appendingPathExtension("entries")
    if FileManager.default.fileExists(atPath: file.path),
      (try? String(contentsOf: marker, encoding: .utf8)) == String(entries)
    {
      return
    }
    _ = FileManager.default.createFile(atPath: file.path, contents: nil)
    let handle = try FileHandle(forWritingTo: file)
    defer { try? handle.close() }
    var body = ""
    var amounts: [Int64] = []
    amounts.reserveCapacity(entries)
    var seed: UInt64 = 0x0053_2026
    for _ in 0..<entries {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      amounts.append(Int64((seed >> 33) % 500_000) + 100)
    }
    let opening: Int64 = 1_000_000_00
    try handle.write(
      contentsOf: Data(header(opening: opening, closing: closing(opening, amounts)).utf8))
    for (index, cents) in amounts.enumerated() {
      body += entry(index: index, cents: cents)
      if body.utf8.count > 1 << 20 {
        try handle.write(contentsOf: Data(body.utf8))
        body = ""
      }
    }
    body += "    </Stmt>\n  </BkToCstmrStmt>\n</Document>\n"
    try handle.write(contentsOf: Data(body.utf8))
    try String(entries).write(to: marker, atomically: true, encoding: .utf8)
  }

  private func closing(_ opening: Int64, _ amounts: [Int64]) -> Int64 {
    amounts.enumerated().reduce(opening) { sum, pair in
      sum + (pair.offset % 10 == 9 ? -pair.element : pair.element)
    }
  }

  private func money(_ cents: Int64) -> String {
    String(format: "%lld.%02lld", cents / 100, cents % 100)
  }

  private func header(opening: Int64, closing: Int64) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
      <BkToCstmrStmt>
        <GrpHdr><MsgId>BENCH-\(entries)</MsgId><CreDtTm>2026-11-23T18:00:00</CreDtTm></GrpHdr>
        <Stmt>
          <Id>BENCH-STMT</Id><ElctrncSeqNb>1</ElctrncSeqNb><CreDtTm>2026-11-23T18:00:00</CreDtTm>
          <Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id><Ccy>EUR</Ccy></Acct>
          <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">\(money(opening))</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-23</Dt></Dt></Bal>
          <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">\(money(closing))</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-23</Dt></Dt></Bal>

    """
  }

  private func entry(index: Int, cents: Int64) -> String {
    let isDebit = index % 10 == 9
    let reference = "BENCH\(index)"
    let details: String
    if index % 50 == 0, cents >= 300 {
      let first = cents / 3
      let parts = [first, first, cents - 2 * first]
      details = parts.enumerated().map { part, amount in
        "<TxDtls><Refs><EndToEndId>E2E-\(index)-\(part)</EndToEndId></Refs><AmtDtls><TxAmt><Amt Ccy=\"EUR\">\(money(amount))</Amt></TxAmt></AmtDtls><RltdPties><Dbtr><Nm>Debtor \(index % 997)</Nm></Dbtr></RltdPties><RmtInf><Ustrd>Batch part \(part + 1)</Ustrd></RmtInf></TxDtls>"
      }.joined()
    } else {
      details =
        "<TxDtls><Refs><EndToEndId>E2E-\(index)</EndToEndId></Refs><RltdPties><Dbtr><Nm>Debtor \(index % 997)</Nm></Dbtr><DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct></RltdPties><RmtInf><Ustrd>Invoice \(index)</Ustrd></RmtInf></TxDtls>"
    }
    return """
            <Ntry><Amt Ccy="EUR">\(money(cents))</Amt><CdtDbtInd>\(isDebit ? "DBIT" : "CRDT")</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-11-23</Dt></BookgDt><ValDt><Dt>2026-11-23</Dt></ValDt><AcctSvcrRef>\(reference)</AcctSvcrRef><NtryDtls>\(details)</NtryDtls></Ntry>

      """
  }
}
