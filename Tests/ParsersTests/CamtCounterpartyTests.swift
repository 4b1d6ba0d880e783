import Foundation
import Parsers
import Testing

struct CamtCounterpartyTests {
  private let parties = """
    <TxDtls>
      <RltdPties>
        <Dbtr><Nm>Customer GmbH</Nm></Dbtr>
        <DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct>
        <Cdtr><Nm>Our Company AG</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>DE02120300000000202051</IBAN></Id></CdtrAcct>
      </RltdPties>
      {RETURN}
    </TxDtls>
    """

  private func counterparty(indicator: String, extra: String = "", returned: Bool = false)
    throws -> String?
  {
    let details = parties.replacingOccurrences(
      of: "{RETURN}", with: returned ? "<RtrInf><Rsn><Cd>MS03</Cd></Rsn></RtrInf>" : "")
    let entry = CamtFixture.entry(
      indicator: indicator, status: "<Sts>BOOK</Sts>\(extra)", details: details)
    let statement = try #require(try CamtFixture.read(CamtFixture.statement([entry])).first)
    return statement.entries.first?.transactions.first?.counterpartyName
  }

  @Test("a customer's payment (credit) names the debtor")
  func credit() throws {
    #expect(try counterparty(indicator: "CRDT") == "Customer GmbH")
  }

  @Test("a debit whose creditor is our own account names the other side, never us")
  func ownAccountSkipped() throws {
    #expect(try counterparty(indicator: "DBIT") == "Customer GmbH")
  }

  @Test("a returned direct debit (RtrInf) or a reversed credit still names the customer")
  func returnsAndReversals() throws {
    #expect(try counterparty(indicator: "DBIT", returned: true) == "Customer GmbH")
    #expect(
      try counterparty(indicator: "DBIT", extra: "<RvslInd>true</RvslInd>") == "Customer GmbH")
  }

  @Test("an outgoing payment to someone else names that creditor")
  func outgoing() throws {
    let details = """
      <TxDtls><RltdPties>
        <Dbtr><Nm>Our Company AG</Nm></Dbtr>
        <DbtrAcct><Id><IBAN>DE02120300000000202051</IBAN></Id></DbtrAcct>
        <Cdtr><Nm>Supplier Ltd</Nm></Cdtr>
      </RltdPties></TxDtls>
      """
    let entry = CamtFixture.entry(indicator: "DBIT", details: details)
    let statement = try #require(try CamtFixture.read(CamtFixture.statement([entry])).first)
    #expect(statement.entries.first?.transactions.first?.counterpartyName == "Supplier Ltd")
    #expect(statement.entries.first?.transactions.first?.counterpartyAccount == nil)
  }
}
