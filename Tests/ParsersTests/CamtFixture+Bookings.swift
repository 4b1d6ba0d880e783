/// Entries for the booking tests (written for these tests, not taken from any bank). The
/// statement account is `DE02120300000000202051` (Our Company AG).
extension CamtFixture {
  /// Related parties of a customer (debtor) paying us (creditor).
  static let customerPaysUs = """
    <RltdPties>
      <Dbtr><Nm>Customer GmbH</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct>
      <Cdtr><Nm>Our Company AG</Nm></Cdtr>
      <CdtrAcct><Id><IBAN>DE02120300000000202051</IBAN></Id></CdtrAcct>
    </RltdPties>
    <RltdAgts><DbtrAgt><FinInstnId><BICFI>COBADEFFXXX</BICFI></FinInstnId></DbtrAgt></RltdAgts>
    """

  /// A batch booking of 600.00: a `<Btch>` and three details with their own amounts.
  static let batch = entry(
    amount: "600.00",
    details: """
      <Btch><NbOfTxs>3</NbOfTxs><TtlAmt Ccy="EUR">600.00</TtlAmt></Btch>
      <TxDtls><Refs><EndToEndId>INV-1</EndToEndId></Refs><Amt Ccy="EUR">100.00</Amt>
        <RltdPties><Dbtr><Nm>Alpha SA</Nm></Dbtr></RltdPties></TxDtls>
      <TxDtls><Refs><EndToEndId>INV-2</EndToEndId></Refs><Amt Ccy="EUR">200.00</Amt>
        <RltdPties><Dbtr><Nm>Beta BV</Nm></Dbtr></RltdPties></TxDtls>
      <TxDtls><Refs><EndToEndId>INV-3</EndToEndId></Refs><Amt Ccy="EUR">300.00</Amt>
        <RltdPties><Dbtr><Nm>Gamma AG</Nm></Dbtr></RltdPties></TxDtls>
      """)

  /// The customer's earlier credit of 250.00 reversed: booked as a debit with `RvslInd`.
  static let reversal = entry(
    amount: "250.00", indicator: "DBIT", status: "<RvslInd>true</RvslInd><Sts>BOOK</Sts>",
    details: "<TxDtls><Refs><EndToEndId>INV-7</EndToEndId></Refs>\(customerPaysUs)</TxDtls>")

  /// A direct debit we collected, returned by the customer's bank (`AC04`, account closed).
  static let returnedDirectDebit = entry(
    amount: "80.00", indicator: "DBIT",
    details: """
      <TxDtls><Refs><MndtId>MANDATE-9</MndtId></Refs>
        <AmtDtls><InstdAmt><Amt Ccy="EUR">77.00</Amt></InstdAmt>
          <TxAmt><Amt Ccy="EUR">80.00</Amt></TxAmt></AmtDtls>
        \(customerPaysUs)
        <RtrInf><Rsn><Cd>AC04</Cd></Rsn><AddtlInf>Konto erloschen</AddtlInf></RtrInf>
      </TxDtls>
      """)

  /// Our transfer to a supplier, coming back (`Prtry` reason): a credit undoing money out.
  static let returnedTransfer = entry(
    amount: "45.00", indicator: "CRDT",
    details: """
      <TxDtls><RltdPties>
        <Dbtr><Nm>Our Company AG</Nm></Dbtr>
        <DbtrAcct><Id><IBAN>DE02120300000000202051</IBAN></Id></DbtrAcct>
        <Cdtr><Nm>Supplier Ltd</Nm></Cdtr>
        <CdtrAcct><Id><Othr><Id>12345678</Id></Othr></Id></CdtrAcct>
      </RltdPties>
      <RtrInf><Rsn><Prtry>R99</Prtry></Rsn></RtrInf></TxDtls>
      """)

  /// A pending credit (`PDNG`) without details.
  static let pending = entry(amount: "12.00", status: "<Sts>PDNG</Sts>")

  /// An entry whose `<BkTxCd>` and `<Chrgs>` sit before `<NtryDtls>` (`extra`).
  static func coded(_ extra: String, details: String = "") -> String {
    entry(status: "<Sts>BOOK</Sts>\(extra)", details: details)
  }

  /// A camt.053.001.08 detail: parties and the ultimate debtor under `<Pty>`.
  static let partyLevel = entry(
    details: """
      <TxDtls><Amt Ccy="EUR">100.00</Amt><RltdPties>
        <Dbtr><Pty><Nm>Holding Parent SE</Nm></Pty></Dbtr>
        <DbtrAcct><Id><IBAN>FR7630006000011234567890189</IBAN></Id></DbtrAcct>
        <UltmtDbtr><Pty><Nm>Subsidiary SARL</Nm></Pty></UltmtDbtr>
      </RltdPties>
      <RmtInf><Ustrd>  INV 1001  </Ustrd><Ustrd>INV 1002</Ustrd>
        <Strd><CdtrRefInf><Tp><CdOrPrtry><Prtry>QRR</Prtry></CdOrPrtry></Tp>
          <Ref>210000000003139471430009017</Ref></CdtrRefInf></Strd>
        <Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp>
          <Ref>RF18539007547034</Ref></CdtrRefInf></Strd>
      </RmtInf></TxDtls>
      """)
}
