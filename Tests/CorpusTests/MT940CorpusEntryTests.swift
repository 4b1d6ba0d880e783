import Foundation
import Parsers
import Testing

/// Single bookings of corpus files, checked against what the upstream projects' own tests or
/// companions say (quoted in SOURCES.md) and against the bytes of the file.
@Suite(.enabled(if: Corpus.isAvailable, "needs shared/corpus above the package"))
struct MT940CorpusEntryTests {
  func bookings(_ path: String) throws -> [BankStatementEntry] {
    try MT940CorpusTests.statements(path).flatMap(\.entries)
  }

  @Test("Mollie: 21 /TRTP/ bookings; the last one's name is wrapped mid-word, EREF NOTPROVIDED")
  func mollie() throws {
    let statement = try #require(
      try MT940CorpusTests.statements("bank/mt940/oca-mt940_nl_mollie-Voorbeeld_MT-940.mt940")
        .first)
    #expect(statement.account == "NL30ABNA000000000000")
    let last = try #require(statement.entries.last?.transactions.first)
    #expect(last.counterpartyName == "Mollie B.V.")
    #expect(last.counterpartyAccount == "NL80RABO0000000000")
    #expect(last.counterpartyBankID == "ABNANL2A")
    #expect(last.remittance == ["Factuurnummer 2016.00000"])
    #expect(last.endToEndID == nil)
    #expect(statement.entries.first?.transactions.first?.endToEndID == "tr_XXXXXXXXX")
  }

  @Test("Knab: the acceptgiro's IBAN, name and 16-digit payment reference; first booking D 15")
  func knab() throws {
    let entries = try bookings("bank/mt940/phpmt940-Knab-sample")
    #expect(entries.first?.amount == "15" && entries.first?.creditDebit == .debit)
    #expect(entries.first?.transactions.isEmpty == true)
    let giro = try #require(entries.last?.transactions.first)
    #expect(giro.counterpartyAccount == "NL83ABNA0437015300")
    #expect(giro.counterpartyName == "ACHMEA SCHADEVERZEKERINGEN N.V.")
    #expect(giro.endToEndID == "5002100023310160")
    #expect(giro.structuredReferences == ["5002100023310160"])
    #expect(entries.last?.bankReference == "B6D29PGWUM0RDZ4H")
  }

  @Test("Rabobank sample3: the descriptions php-mt940's test expects, names, accounts from :61:")
  func rabobank() throws {
    let statements = try MT940CorpusTests.statements("bank/mt940/phpmt940-Rabo-sample3")
    let first = statements[0].entries.compactMap(\.transactions.first)
    #expect(first[0].remittance == ["674725433 1120000153447185 14144467636004962"])
    #expect(first[0].counterpartyName == "Nespresso Nederland B.V.")
    #expect(first[0].counterpartyAccount == "NL96RBOS0523149468")
    #expect(first[2].remittance == ["861835-574631143"])
    #expect(statements[1].entries.first?.transactions.first?.remittance == ["Factuur 307472"])
  }

  @Test("German ?-subfields with ?60–?63 (wolph self-provided): the values its test expects")
  func germanSubfields() throws {
    let entry = try #require(
      try bookings("bank/mt940/mt940py-self-provided-details_60-63.sta").first)
    #expect(entry.transactionCode == "NMSC 105")
    let detail = try #require(entry.transactions.first)
    #expect(detail.endToEndID == "123/123/12345-----L110")
    #expect(detail.counterpartyAccount == "DE99700500000000012345")
    #expect(detail.counterpartyBankID == "BYLADEMM")
    #expect(detail.counterpartyName == "Finanzamt Muenchen Abteilung Erhebung")
    #expect(detail.ultimateDebtor == "Finanzamt Muenchen")
    #expect(detail.returnReason == nil)
  }

  @Test("betterplace: a rejected transfer's return reason, and an RC booking as reversed debit")
  func betterplace() throws {
    let entries = try bookings("bank/mt940/mt940py-betterplace-sepa_mt9401.sta")
    let reject = try #require(entries.first?.transactions.first)
    #expect(reject.returnReason == "914")
    #expect(reject.endToEndID == "TFNR 40005 00005")
    let reversals = entries.filter(\.isReversal)
    let reversal = try #require(reversals.first)
    #expect(reversal.creditDebit == .debit && reversal.amount == "204.88")
    #expect(reversals.count == 2)
  }

  @Test("SNS: account and name before the description; card payments with an empty first line")
  func sns() throws {
    let entries = try bookings("bank/mt940/oca-mt940_base-test-sns.940")
    let first = try #require(entries.first?.transactions.first)
    #expect(first.counterpartyAccount == "NL49RABO0166416932")
    #expect(first.counterpartyName == "gerrits glas en schilderwerk")
    #expect(first.remittance == ["Factuur 17227/248/20"])
    #expect(entries[1].transactions.first?.counterpartyAccount == nil)
  }

  @Test("Danske Bank and Rabobank: references and the counterparty account on :61:'s 2nd line")
  func referencesAndSupplementaryLine() throws {
    let danske = try bookings("bank/mt940/mt940rs-danskebank-MT940_NO_Example.sta")
    #expect(danske.first?.customerReference == "Overforing med")
    #expect(danske.first?.bankReference == "melding")
    let rabo = try bookings("bank/mt940/oca-mt940_nl_rabo-test-rabo.swi")
    #expect(rabo.first?.amount == "400.00" && rabo.first?.customerReference == "NONREF")
    #expect(rabo.first?.transactions.first?.counterpartyAccount == "NL66RABO0160878799")
    #expect(rabo.first?.transactions.first?.counterpartyName == "R. SMITH")
  }

  @Test("mBank MT942: three pending credits of 0.01 with bank references")
  func mBank() throws {
    let entries = try bookings("bank/mt942/mt940py-mBank-mt942.sta")
    #expect(entries.map(\.bankReference) == ["MB170119012058", "MB170119012085", "MB170119012121"])
    #expect(entries.allSatisfy { $0.status.code == "PDNG" && $0.currency == "PLN" })
  }
}
