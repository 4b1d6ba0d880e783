import Foundation
import Parsers
import Testing

struct MT940DutchNarrativeTests {
  @Test("/TRTP/ fields (ABN AMRO, Mollie): IBAN, BIC, name, remittance, end-to-end id")
  func sepaTransfer() throws {
    let detail = try #require(
      try MT940Fixture.detail(
        "/TRTP/SEPA OVERBOEKING/IBAN/NL86INGB0002445588/BIC/INGBNL2A/NAME/J. Jansen/REMI/"
          + "Factuur 2025-001/EREF/E2E-2025-001"))
    #expect(detail.counterpartyAccount == "NL86INGB0002445588")
    #expect(detail.counterpartyBankID == "INGBNL2A")
    #expect(detail.counterpartyName == "J. Jansen")
    #expect(detail.remittance == ["Factuur 2025-001"])
    #expect(detail.endToEndID == "E2E-2025-001")
    #expect(detail.structuredReferences.isEmpty)
  }

  @Test("lines cut at 65 characters in mid-word are joined; shorter lines get a space")
  func wrappedLines() throws {
    let detail = try #require(
      try MT940Fixture.detail(
        """
        /EREF/02-04-2013 22:56 1120000153447185/BENM//NAME/Nespresso Nede
        rland B.V./REMI/NR.201303-111/11.3.2013
        NR.201303-112/11.3.2013/ISDT/2013-04-03
        """))
    #expect(detail.endToEndID == "02-04-2013 22:56 1120000153447185")
    #expect(detail.counterpartyName == "Nespresso Nederland B.V.")
    #expect(detail.remittance == ["NR.201303-111/11.3.2013 NR.201303-112/11.3.2013"])
  }

  @Test("ING /CNTP/ and /REMI/STRD/CUR/RF…/: a structured creditor reference with its type")
  func structuredReference() throws {
    let detail = try #require(
      try MT940Fixture.detail(
        "/EREF/E2E-1//CNTP/NL86INGB0002445588/INGBNL2A/Bakkerij De Vries/AMSTERDAM///REMI/STRD"
          + "/CUR/RF18539007547034/"))
    #expect(detail.counterpartyAccount == "NL86INGB0002445588")
    #expect(detail.counterpartyBankID == "INGBNL2A")
    #expect(detail.counterpartyName == "Bakkerij De Vries")
    #expect(detail.endToEndID == "E2E-1")
    #expect(detail.structuredReferences == ["RF18539007547034"])
    #expect(detail.referenceType == "CUR")
    #expect(detail.remittance.isEmpty)
  }

  @Test("/REMI/USTD//text/ is free remittance; /EREF/NOTPROVIDED is no end-to-end id")
  func unstructuredRemittance() throws {
    let detail = try MT940Fixture.detail(
      "/EREF/NOTPROVIDED//CNTP/NL86INGB0002445588/INGBNL2A/J. Jansen/UTRECHT///REMI/USTD//"
        + "Factuur 2025-001 klant 77/")
    #expect(detail?.remittance == ["Factuur 2025-001 klant 77"])
    #expect(detail?.endToEndID == nil)
  }

  @Test("a returned direct debit: /RTRN/ reason, /MARF/ mandate")
  func returnedDirectDebit() throws {
    let detail = try #require(
      try MT940Fixture.detail(
        "/RTRN/MD06/TRTP/SEPA INCASSO ALGEMEEN DOORLOPEND/CSID/NL12ZZZ123456780000/MARF/"
          + "MANDATE-42/EREF/E2E-77/IBAN/NL86INGB0002445588/BIC/INGBNL2A/NAME/J. Jansen/REMI/"
          + "Contributie maart",
        line: ":61:250301C45,00N159NONREF"))
    #expect(detail.returnReason == "MD06")
    #expect(detail.mandateID == "MANDATE-42")
    #expect(detail.endToEndID == "E2E-77")
    #expect(detail.remittance == ["Contributie maart"])
  }

  @Test("Rabobank /ORDP//NAME/…/ADDR/: the name stops at the next key; /ACCW/ account and BIC")
  func rabobank() throws {
    let detail = try #require(
      try MT940Fixture.detail(
        "/ACCW/NL54INGB0006752576,INGBNL2A/ORDP//NAME/R. Smith/ADDR/Marktplein 1 Utrecht/REMI/"
          + "Test/ISDT/2014-01-02"))
    #expect(detail.counterpartyName == "R. Smith")
    #expect(detail.counterpartyAccount == "NL54INGB0006752576")
    #expect(detail.counterpartyBankID == "INGBNL2A")
    #expect(detail.remittance == ["Test"])
  }

  @Test("an acceptgiro's 16-digit payment reference in /EREF/ is also a structured reference")
  func acceptgiro() throws {
    let detail = try MT940Fixture.detail(
      "/TRTP/SEPA ACCEPTGIRO/IBAN/NL83ABNA0437015300/BIC/ABNANL2AXXX /NAME/ACHMEA/EREF/"
        + "5002100023310160 /REMI/EERSTE MAAND")
    #expect(detail?.structuredReferences == ["5002100023310160"])
    #expect(detail?.counterpartyBankID == "ABNANL2AXXX")
  }

  @Test("keywords (older ABN AMRO): IBAN:, BIC:, NAAM:, OMSCHRIJVING:, KENMERK:")
  func keywords() throws {
    let detail = try #require(
      try MT940Fixture.detail(
        """
        SEPA OVERBOEKING                 IBAN: NL86INGB0002445588
        BIC: INGBNL2A                    NAAM: J. JANSEN
        OMSCHRIJVING: FACTUUR 2025-001   KENMERK: E2E-2025-001
        """))
    #expect(detail.counterpartyAccount == "NL86INGB0002445588")
    #expect(detail.counterpartyBankID == "INGBNL2A")
    #expect(detail.counterpartyName == "J. JANSEN")
    #expect(detail.remittance == ["SEPA OVERBOEKING", "FACTUUR 2025-001"])
    #expect(detail.endToEndID == "E2E-2025-001")
  }

  @Test("keywords (Knab): REK: account/NAAM: name, text before them is remittance")
  func knabKeywords() throws {
    let detail = try MT940Fixture.detail(
      "03-12-2015 16:04 PAS: 1122\nREK: NL52RABO0326203011/NAAM: SOME NAME")
    #expect(detail?.counterpartyAccount == "NL52RABO0326203011")
    #expect(detail?.counterpartyName == "SOME NAME")
    #expect(detail?.remittance == ["03-12-2015 16:04 PAS: 1122"])
  }
}
