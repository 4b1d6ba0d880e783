import Foundation
import Normalizer
import Parsers
import Receivables
import Testing

/// The same two bookings exported by one bank as camt.053 and as MT940 become the same
/// payments with the same identities, so importing both books them once.
struct SameBookingsAcrossFormatsTests {
  static let camt = """
    <?xml version="1.0" encoding="UTF-8"?>
    <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
      <BkToCstmrStmt>
        <GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-11-20T18:00:00</CreDtTm></GrpHdr>
        <Stmt>
          <Id>S1</Id>
          <Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id><Ccy>EUR</Ccy></Acct>
          <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-18</Dt></Dt></Bal>
          <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1550.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-20</Dt></Dt></Bal>
          <Ntry>
            <Amt Ccy="EUR">1250.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
            <BookgDt><Dt>2026-11-19</Dt></BookgDt><ValDt><Dt>2026-11-19</Dt></ValDt>
            <AcctSvcrRef>B261119A1</AcctSvcrRef>
            <NtryDtls><TxDtls>
              <Refs><EndToEndId>E2E-1</EndToEndId></Refs>
              <RltdPties><Dbtr><Nm>Bakkerij De Gouden Korst</Nm></Dbtr><DbtrAcct><Id><IBAN>NL02ABNA0123456789</IBAN></Id></DbtrAcct></RltdPties>
              <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>RF4720260101</Ref></CdtrRefInf></Strd></RmtInf>
            </TxDtls></NtryDtls>
          </Ntry>
          <Ntry>
            <Amt Ccy="EUR">300.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
            <BookgDt><Dt>2026-11-20</Dt></BookgDt><ValDt><Dt>2026-11-20</Dt></ValDt>
            <AcctSvcrRef>B261120A7</AcctSvcrRef>
            <NtryDtls><TxDtls>
              <RltdPties><Dbtr><Nm>Müller</Nm></Dbtr><DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct></RltdPties>
              <RmtInf><Ustrd>Rechnung 2026-0102</Ustrd></RmtInf>
            </TxDtls></NtryDtls>
          </Ntry>
        </Stmt>
      </BkToCstmrStmt>
    </Document>
    """

  static let mt940 = """
    :20:S1
    :25:NL91ABNA0417164300
    :28C:1/1
    :60F:C261118EUR0,00
    :61:2611191119C1250,00NTRFNONREF//B261119A1
    :86:/TRTP/SEPA OVERBOEKING/IBAN/NL02ABNA0123456789/NAME/Bakkerij De Gouden Korst/REMI/STRD/CUR/RF4720260101/EREF/E2E-1/
    :61:2611201120C300,00NTRFNONREF//B261120A7
    :86:/TRTP/SEPA OVERBOEKING/IBAN/DE89370400440532013000/NAME/Müller/REMI/USTD//Rechnung 2026-0102/
    :62F:C261120EUR1550,00
    -
    """

  @Test("camt.053 and MT940 of the same bookings give identical payments")
  func identicalPayments() throws {
    let fromCamt = StatementNormalizer().normalize(
      try CamtReader.read(Data(Self.camt.utf8), file: "day.xml"), file: "day.xml")
    let fromMT940 = StatementNormalizer().normalize(
      try MT940Reader.read(Data(Self.mt940.utf8), file: "day.sta"), file: "day.sta")
    #expect(fromCamt.rejected.isEmpty)
    #expect(fromMT940.rejected.isEmpty)
    let left = fromCamt.payments
    let right = fromMT940.payments
    try #require(left.count == 2 && right.count == 2)
    for (camt, mt940) in zip(left, right) {
      #expect(camt.bankReference == mt940.bankReference)
      #expect(camt.amount == mt940.amount)
      #expect(camt.bookingDate == mt940.bookingDate)
      #expect(camt.valueDate == mt940.valueDate)
      #expect(camt.counterpartyName == mt940.counterpartyName)
      #expect(camt.counterpartyIBAN == mt940.counterpartyIBAN)
      #expect(camt.structuredReference == mt940.structuredReference)
      #expect(camt.remittanceText == mt940.remittanceText)
      #expect(camt.endToEndID == mt940.endToEndID)
      #expect(camt.account == mt940.account)
    }
  }
}
