import Foundation
import Parsers
import Testing

struct MT940GermanNarrativeTests {
  @Test("?-subfields: GVC into the transaction code, SEPA keys split, name over ?32/?33")
  func sepaCredit() throws {
    let entry = try #require(
      try MT940Fixture.entry(
        """
        :61:2503010301CR1250,00NTRFNONREF
        :86:166?00SEPA-GUTSCHRIFT?109310?20EREF+E2E-2025-03-001?21MREF+MANDA
        TE-1?22CRED+DE98ZZZ09999999999?23SVWZ+Rechnung 2025-001 und R?2
        4echnung 2025-002?25ABWA+Max Mustermann?30COBADEFFXXX?31DE8937040
        0440532013000?32Baeckerei Mueller GmbH Haup?33tfiliale
        """))
    #expect(entry.transactionCode == "NTRF 166")
    let detail = try #require(entry.transactions.first)
    #expect(detail.endToEndID == "E2E-2025-03-001")
    #expect(detail.mandateID == "MANDATE-1")
    #expect(detail.remittance == ["Rechnung 2025-001 und Rechnung 2025-002"])
    #expect(detail.ultimateDebtor == "Max Mustermann")
    #expect(detail.counterpartyBankID == "COBADEFFXXX")
    #expect(detail.counterpartyAccount == "DE89370400440532013000")
    #expect(detail.counterpartyName == "Baeckerei Mueller GmbH Hauptfiliale")
    #expect(detail.returnReason == nil)
    #expect(entry.information?.hasPrefix("166?00SEPA-GUTSCHRIFT?109310?20EREF+") == true)
  }

  @Test("a reference filling its subfield goes on in the next one; a short one ends there")
  func referenceSpansSubfields() throws {
    let detail = try MT940Fixture.detail(
      "105?00BASISLASTSCHRIFT?20EREF+1234567890123456789012?2134?22SVWZ+Beitrag?23Maerz")
    #expect(detail?.endToEndID == "123456789012345678901234")
    #expect(detail?.remittance == ["Beitrag Maerz"])
    let short = try MT940Fixture.detail("105?00LASTSCHRIFT?20EREF+ABC-1?21Beitrag Maerz")
    #expect(short?.endToEndID == "ABC-1")
    #expect(short?.remittance == ["Beitrag Maerz"])
  }

  @Test("a SEPA return debit: ?34 gives the return reason code")
  func returnDebit() throws {
    let entry = try #require(
      try MT940Fixture.entry(
        """
        :61:250301D45,50NRTINONREF
        :86:109?00SEPA-DD SOLL RUECKBEL.?20EREF+E2E-77?21MREF+M-9?22SVWZ+Beitrag
        ?30COBADEFFXXX?31DE89370400440532013000?32MAX MUSTERMANN?34912
        """))
    #expect(entry.transactionCode == "NRTI 109")
    #expect(entry.transactions.first?.returnReason == "912")
    #expect(entry.transactions.first?.mandateID == "M-9")
  }

  @Test("?34 that is not a 9xx return code (text key extensions such as 339, 992) is no reason")
  func keyExtension() throws {
    for code in ["339", "992", "000"] {
      let detail = try MT940Fixture.detail("105?00LASTSCHRIFT?20SVWZ+Beitrag?34" + code)
      #expect(detail?.returnReason == nil)
    }
  }

  @Test("another separator right after the GVC (>) reads the same")
  func otherSeparator() throws {
    let entry = try #require(
      try MT940Fixture.entry(
        ":61:250301C250,00NTRFNONREF\n:86:166>00GUTSCHRIFT>20SVWZ+RE 4711>32Max Mustermann"))
    #expect(entry.transactionCode == "NTRF 166")
    #expect(entry.transactions.first?.remittance == ["RE 4711"])
    #expect(entry.transactions.first?.counterpartyName == "Max Mustermann")
  }

  @Test("old remittance without SEPA keys: one line per ?2x subfield; bank code and account")
  func classicTransfer() throws {
    let detail = try #require(
      try MT940Fixture.detail(
        "051?00UEBERWEISUNG?100599?20RECH.NR. 4711?21KUNDE 0815?3010020030?31234567?32MUELLER"))
    #expect(detail.remittance == ["RECH.NR. 4711", "KUNDE 0815"])
    #expect(detail.counterpartyBankID == "10020030")
    #expect(detail.counterpartyAccount == "234567")
    #expect(detail.counterpartyName == "MUELLER")
    #expect(detail.endToEndID == nil)
  }

  @Test("EREF+NOTPROVIDED is no end-to-end id")
  func notProvided() throws {
    let detail = try MT940Fixture.detail("166?00GUTSCHRIFT?20EREF+NOTPROVIDED?21SVWZ+RE 1")
    #expect(detail?.endToEndID == nil)
    #expect(detail?.remittance == ["RE 1"])
  }

  @Test("GVC 999 is followed by unstructured text")
  func unstructured() throws {
    let entry = try #require(
      try MT940Fixture.entry(":61:250301D6800,NCHK16703074\n:86:999PN5477SCHECK-NR. 0000016703074"))
    #expect(entry.transactionCode == "NCHK 999")
    #expect(entry.transactions.first?.remittance == ["PN5477SCHECK-NR. 0000016703074"])
  }
}
