import Foundation
import Parsers
import Testing

struct MT940FreeTextNarrativeTests {
  @Test("account number first (SNS, ASN): account, name, then the description lines")
  func accountFirst() throws {
    let padding = String(repeating: " ", count: 45)
    let detail = try #require(
      try MT940Fixture.detail(
        "NL49RABO0166416932 gerrits glas en schilderwerk\n" + padding + "\nFactuur 17227/248/20"
          + padding,
        line: ":61:1712271227D713,13NOVBNL49RABO0166416932\ngerrits glas en schilderwerk"))
    #expect(detail.counterpartyAccount == "NL49RABO0166416932")
    #expect(detail.counterpartyName == "gerrits glas en schilderwerk")
    #expect(detail.remittance == ["Factuur 17227/248/20"])
  }

  @Test("older ABN AMRO and ING: a dotted or ten-digit account number before the name")
  func oldAccountNumbers() throws {
    let abn = try MT940Fixture.detail("52.89.39.882                    MYCOM DEN HAAG")
    #expect(abn?.counterpartyAccount == "52.89.39.882")
    #expect(abn?.counterpartyName == "MYCOM DEN HAAG")
    let ing = try MT940Fixture.detail(
      "0111111111 Hr S Marechal\nBetaling transactiedatum: 22-07-2010")
    #expect(ing?.counterpartyAccount == "0111111111")
    #expect(ing?.counterpartyName == "Hr S Marechal")
    #expect(ing?.remittance == ["Betaling transactiedatum: 22-07-2010"])
  }

  @Test("a long first line after the account is description, not a name")
  func longFirstLine() throws {
    let detail = try MT940Fixture.detail(
      "0123456789 EJ46GREENP100610T1456 CLIEOP TMG GPHONGKONG AMSTERDAM")
    #expect(detail?.counterpartyAccount == "0123456789")
    #expect(detail?.counterpartyName == nil)
    #expect(detail?.remittance == ["EJ46GREENP100610T1456 CLIEOP TMG GPHONGKONG AMSTERDAM"])
  }

  @Test("free text: each line a remittance line, a line cut at 65 characters joined to the next")
  func freeText() throws {
    let cut = "Europese incasso door:VITENS NV NL-Factuurnr 072304597540 VNKlant"
    #expect(cut.count == 65)
    let detail = try #require(
      try MT940Fixture.detail(
        "BEA   NR:XXX1234   21.05.11/12.54 KATWIJK,PAS999\n" + cut + "\nnr 0815\n"))
    #expect(
      detail.remittance == [
        "BEA   NR:XXX1234   21.05.11/12.54 KATWIJK,PAS999",
        "Europese incasso door:VITENS NV NL-Factuurnr 072304597540 VNKlantnr 0815",
      ])
    #expect(detail.counterpartyAccount == nil && detail.counterpartyName == nil)
  }

  @Test("an RF creditor reference in free text is taken when its check digits are right")
  func creditorReferenceInText() throws {
    let printed = try MT940Fixture.detail("Betaling factuur RF18 5390 0754 7034 dank u")
    #expect(printed?.structuredReferences == ["RF18539007547034"])
    #expect(printed?.referenceType == nil)
    let compact = try MT940Fixture.detail("166?00GUTSCHRIFT?20SVWZ+RF18539007547034 Rechnung 12")
    #expect(compact?.structuredReferences == ["RF18539007547034"])
    let wrongCheckDigits = try MT940Fixture.detail("Betaling RF19539007547034")
    #expect(wrongCheckDigits?.structuredReferences.isEmpty == true)
    let insideWord = try MT940Fixture.detail("SHERF18539007547034")
    #expect(insideWord?.structuredReferences.isEmpty == true)
  }

  @Test("the :86: is kept as written in the entry's information, padding and blank ends cut")
  func keptAsWritten() throws {
    let entry = try MT940Fixture.entry(
      ":61:250301D10,18NBEA//228ohu/972795\n:86: \n   \nJumbo Wijchen B.V.   \nMCC:5411   \n   ")
    #expect(entry?.information == "Jumbo Wijchen B.V.\nMCC:5411")
    #expect(entry?.transactions.first?.remittance == ["Jumbo Wijchen B.V.", "MCC:5411"])
  }
}
