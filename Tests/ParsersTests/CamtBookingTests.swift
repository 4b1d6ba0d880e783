import Foundation
import Parsers
import Testing

struct CamtBookingTests {
  private func entries(_ xml: [String], message: String = "camt.053.001.04") throws
    -> [BankStatementEntry]
  {
    try #require(try CamtFixture.read(CamtFixture.statement(xml, message: message)).first).entries
  }

  @Test("a batch booking gives one entry with its three payments, each with amount and path")
  func batch() throws {
    let entry = try #require(try entries([CamtFixture.batch]).first)
    #expect(entry.amount == "600.00")
    #expect(entry.transactions.map(\.amount) == ["100.00", "200.00", "300.00"])
    #expect(entry.transactions.map(\.endToEndID) == ["INV-1", "INV-2", "INV-3"])
    #expect(entry.transactions.map(\.counterpartyName) == ["Alpha SA", "Beta BV", "Gamma AG"])
    #expect(
      entry.transactions.map(\.path)
        == (1...3).map {
          "/Document/BkToCstmrStmt/Stmt/Ntry/NtryDtls/TxDtls[\($0)]"
        })
  }

  @Test("a reversed customer payment is a debit marked as reversal that still names the customer")
  func reversal() throws {
    let entry = try #require(try entries([CamtFixture.reversal]).first)
    #expect(entry.isReversal)
    #expect(entry.creditDebit == .debit)
    let detail = try #require(entry.transactions.first)
    #expect(detail.counterpartyName == "Customer GmbH")
    #expect(detail.counterpartyAccount == "DE89370400440532013000")
    #expect(detail.counterpartyBankID == "COBADEFFXXX")
    #expect(detail.returnReason == nil)
  }

  @Test("a returned direct debit gives its reason code, mandate and the customer")
  func returnedDirectDebit() throws {
    let detail = try #require(
      try entries([CamtFixture.returnedDirectDebit]).first?.transactions.first)
    #expect(detail.returnReason == "AC04")
    #expect(detail.mandateID == "MANDATE-9")
    #expect(detail.amount == "80.00", "TxAmt, not the instructed 77.00")
    #expect(detail.counterpartyName == "Customer GmbH")
  }

  @Test("a returned transfer (credit with RtrInf) names the supplier it was sent to")
  func returnedTransfer() throws {
    let detail = try #require(try entries([CamtFixture.returnedTransfer]).first?.transactions.first)
    #expect(detail.returnReason == "R99")
    #expect(detail.counterpartyName == "Supplier Ltd")
    #expect(detail.counterpartyAccount == "12345678")
  }

  @Test("a pending entry keeps PDNG and has no details; an entry without status is BOOK")
  func pending() throws {
    let read = try entries([CamtFixture.pending, CamtFixture.entry(status: "")])
    #expect(read.map(\.status.code) == ["PDNG", "BOOK"])
    #expect(read.first?.transactions.isEmpty == true)
  }

  @Test(
    "charges are summed per entry from records, totals or old-style amounts, as plain decimals",
    arguments: [
      (
        "<Chrgs><TtlChrgsAndTaxAmt Ccy=\"EUR\">9.99</TtlChrgsAndTaxAmt><Rcrd><Amt Ccy=\"EUR\">"
          + "2.00</Amt></Rcrd><Rcrd><Amt Ccy=\"EUR\">0.5</Amt></Rcrd></Chrgs>", "2.50"
      ),
      ("<Chrgs><TtlChrgsAndTaxAmt Ccy=\"EUR\">1.20</TtlChrgsAndTaxAmt></Chrgs>", "1.20"),
      (
        "<Chrgs><Amt Ccy=\"EUR\">1.00</Amt></Chrgs><Chrgs><Amt Ccy=\"EUR\">0.25</Amt></Chrgs>",
        "1.25"
      ),
      ("<Chrgs><Amt Ccy=\"EUR\">1.00</Amt></Chrgs><Chrgs><Amt Ccy=\"CHF\">1</Amt></Chrgs>", nil),
      ("", nil),
    ] as [(String, String?)])
  func charges(_ xml: String, total: String?) throws {
    #expect(try entries([CamtFixture.coded(xml)]).first?.charges == total)
  }

  @Test("without entry charges, the details' charges are the entry's (German return fees)")
  func detailCharges() throws {
    let details = """
      <TxDtls><Chrgs><Amt Ccy="EUR">3.00</Amt></Chrgs></TxDtls>
      <TxDtls><Chrgs><Amt Ccy="EUR">0.00</Amt></Chrgs></TxDtls>
      """
    #expect(try entries([CamtFixture.coded("", details: details)]).first?.charges == "3.00")
  }

  @Test("a charge that is not a plain amount is refused where it is")
  func badCharge() {
    let error = #expect(throws: ParseError.self) {
      try entries([CamtFixture.coded("<Chrgs><Amt Ccy=\"EUR\">1,00</Amt></Chrgs>")])
    }
    #expect(error?.code == .invalidAmount)
    #expect(error?.element == "/Document/BkToCstmrStmt/Stmt/Ntry/Chrgs/Amt")
  }

  @Test(
    "the bank transaction code is Domain/Family/SubFamily, else the proprietary code",
    arguments: [
      (
        "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn>"
          + "<Prtry><Cd>NTRF+166</Cd><Issr>DK</Issr></Prtry></BkTxCd>", "PMNT/RCDT/ESCT"
      ),
      ("<BkTxCd><Prtry><Cd>NTRF+166</Cd><Issr>DK</Issr></Prtry></BkTxCd>", "NTRF+166"),
      ("<BkTxCd/>", nil),
    ] as [(String, String?)])
  func transactionCode(_ xml: String, code: String?) throws {
    #expect(try entries([CamtFixture.coded(xml)]).first?.transactionCode == code)
  }

  @Test("v8 parties under <Pty>: debtor, ultimate debtor; remittance lines and typed references")
  func partyLevel() throws {
    let entry = try entries([CamtFixture.partyLevel], message: "camt.053.001.08")
    let detail = try #require(entry.first?.transactions.first)
    #expect(detail.counterpartyName == "Holding Parent SE")
    #expect(detail.counterpartyAccount == "FR7630006000011234567890189")
    #expect(detail.ultimateDebtor == "Subsidiary SARL")
    #expect(detail.remittance == ["INV 1001", "INV 1002"])
    #expect(detail.structuredReferences == ["210000000003139471430009017", "RF18539007547034"])
    #expect(detail.referenceType == "QRR")
  }
}
