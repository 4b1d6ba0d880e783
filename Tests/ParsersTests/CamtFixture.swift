import Foundation
import Parsers

/// Small camt documents written for these tests (not taken from any bank).
enum CamtFixture {
  /// A camt document with one statement holding `entries` (raw `<Ntry>` XML).
  static func statement(
    _ entries: [String], message: String = "camt.053.001.02", container: String = "BkToCstmrStmt",
    statement: String = "Stmt", iban: String = "DE02120300000000202051"
  ) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <Document xmlns="urn:iso:std:iso:20022:tech:xsd:\(message)">
      <\(container)>
        <GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2024-03-01T06:00:00</CreDtTm></GrpHdr>
        <\(statement)>
          <Id>STMT-2024-03-01</Id>
          <Acct><Id><IBAN>\(iban)</IBAN></Id><Ccy>EUR</Ccy></Acct>
    \(entries.joined(separator: "\n"))
        </\(statement)>
      </\(container)>
    </Document>
    """
  }

  /// One `<Ntry>` with the usual elements; `extra` is placed before `<NtryDtls>`.
  static func entry(
    amount: String = "100.00", currency: String = "EUR", indicator: String = "CRDT",
    status: String = "<Sts>BOOK</Sts>", details: String = ""
  ) -> String {
    """
          <Ntry>
            <Amt Ccy="\(currency)">\(amount)</Amt>
            <CdtDbtInd>\(indicator)</CdtDbtInd>
            \(status)
            <BookgDt><Dt>2024-03-01</Dt></BookgDt>
            <ValDt><Dt>2024-03-01</Dt></ValDt>
            <NtryDtls>\(details)</NtryDtls>
          </Ntry>
    """
  }

  /// Reads a fixture with `CamtReader.read`.
  static func read(_ text: String, file: String = "fixture.xml") throws(ParseError)
    -> [BankStatement]
  {
    try CamtReader.read(Data(text.utf8), file: file)
  }

  /// A camt.053.001.02 statement with two customer payments and one outgoing payment.
  static let version2 = """
    <?xml version="1.0" encoding="UTF-8"?>
    <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
      <BkToCstmrStmt>
        <GrpHdr><MsgId>MSG-20240301</MsgId><CreDtTm>2024-03-01T06:00:00</CreDtTm></GrpHdr>
        <Stmt>
          <Id>STMT-2024-03-01</Id>
          <Acct><Id><IBAN>DE02120300000000202051</IBAN></Id><Ccy>EUR</Ccy></Acct>
          <Ntry>
            <NtryRef>E-1</NtryRef>
            <Amt Ccy="EUR">1190.00</Amt>
            <CdtDbtInd>CRDT</CdtDbtInd>
            <RvslInd>false</RvslInd>
            <Sts>BOOK</Sts>
            <BookgDt><Dt>2024-03-01</Dt></BookgDt>
            <ValDt><Dt>2024-03-02</Dt></ValDt>
            <AcctSvcrRef>BANK-REF-1</AcctSvcrRef>
            <NtryDtls>
              <TxDtls>
                <Refs><AcctSvcrRef>TX-REF-1</AcctSvcrRef><EndToEndId>RE-2024-0042</EndToEndId></Refs>
                <AmtDtls><TxAmt><Amt Ccy="EUR">1190.00</Amt></TxAmt></AmtDtls>
                <RltdPties>
                  <Dbtr><Nm>Müller Maschinenbau GmbH</Nm></Dbtr>
                  <DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct>
                  <Cdtr><Nm>Our Company AG</Nm></Cdtr>
                  <CdtrAcct><Id><IBAN>DE02120300000000202051</IBAN></Id></CdtrAcct>
                </RltdPties>
                <RmtInf>
                  <Ustrd>Rechnung RE-2024-0042</Ustrd>
                  <Ustrd>Kundennr. 4711</Ustrd>
                </RmtInf>
              </TxDtls>
            </NtryDtls>
          </Ntry>
          <Ntry>
            <Amt Ccy="EUR">250.5</Amt>
            <CdtDbtInd>CRDT</CdtDbtInd>
            <Sts>BOOK</Sts>
            <BookgDt><Dt>2024-03-01</Dt></BookgDt>
            <ValDt><Dt>2024-03-01</Dt></ValDt>
            <NtryDtls>
              <TxDtls>
                <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
                <RltdPties>
                  <Dbtr><Nm>Jansen B.V.</Nm></Dbtr>
                  <DbtrAcct><Id><IBAN>NL91ABNA0417164300</IBAN></Id></DbtrAcct>
                </RltdPties>
                <RmtInf>
                  <Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>RF18539007547034</Ref></CdtrRefInf></Strd>
                </RmtInf>
              </TxDtls>
            </NtryDtls>
          </Ntry>
          <Ntry>
            <Amt Ccy="EUR">45.99</Amt>
            <CdtDbtInd>DBIT</CdtDbtInd>
            <Sts>BOOK</Sts>
            <BookgDt><Dt>2024-03-01</Dt></BookgDt>
            <ValDt><Dt>2024-03-01</Dt></ValDt>
            <NtryDtls>
              <TxDtls>
                <RltdPties>
                  <Dbtr><Nm>Our Company AG</Nm></Dbtr>
                  <Cdtr><Nm>Office Supplies Ltd</Nm></Cdtr>
                  <CdtrAcct><Id><IBAN>GB33BUKB20201555555555</IBAN></Id></CdtrAcct>
                </RltdPties>
              </TxDtls>
            </NtryDtls>
          </Ntry>
        </Stmt>
      </BkToCstmrStmt>
    </Document>
    """

  /// A camt.053.001.08 statement: status as `<Sts><Cd>`, parties under `<Pty>`, a date-time.
  static let version8 = """
    <?xml version="1.0" encoding="UTF-8"?>
    <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
      <BkToCstmrStmt>
        <GrpHdr><MsgId>MSG-8</MsgId><CreDtTm>2024-03-01T06:00:00</CreDtTm></GrpHdr>
        <Stmt>
          <Id>STMT-8</Id>
          <Acct><Id><IBAN>CH9300762011623852957</IBAN></Id><Ccy>CHF</Ccy></Acct>
          <Ntry>
            <Amt Ccy="CHF">540.00</Amt>
            <CdtDbtInd>CRDT</CdtDbtInd>
            <Sts><Cd>BOOK</Cd></Sts>
            <BookgDt><DtTm>2024-02-29T13:15:00+01:00</DtTm></BookgDt>
            <ValDt><Dt>2024-03-01</Dt></ValDt>
            <NtryDtls>
              <TxDtls>
                <Refs><EndToEndId>E2E-8</EndToEndId></Refs>
                <Amt Ccy="CHF">540.00</Amt>
                <RltdPties>
                  <Dbtr><Pty><Nm>Alpenblick AG</Nm></Pty></Dbtr>
                  <DbtrAcct><Id><IBAN>CH5604835012345678009</IBAN></Id></DbtrAcct>
                </RltdPties>
                <RmtInf><Strd><CdtrRefInf><Ref>210000000003139471430009017</Ref></CdtrRefInf></Strd></RmtInf>
              </TxDtls>
            </NtryDtls>
          </Ntry>
          <Ntry>
            <Amt Ccy="CHF">12.00</Amt>
            <CdtDbtInd>CRDT</CdtDbtInd>
            <Sts><Cd>PDNG</Cd></Sts>
            <ValDt><Dt>2024-03-04</Dt></ValDt>
          </Ntry>
        </Stmt>
      </BkToCstmrStmt>
    </Document>
    """
}
