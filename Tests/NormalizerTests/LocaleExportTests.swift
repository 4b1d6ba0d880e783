import Foundation
import Normalizer
import Receivables
import Testing

/// Open-item lists saved from Excel in each locale, read with the shipped mappings.
struct LocaleExportTests {
  @Test("Dutch Excel save: sep=; line, decimal comma, dd-mm-yyyy, thousands dots")
  func dutch() throws {
    let result = try ExportFixture.read(
      """
      sep=;
      Factuurnummer;Klantnummer;Naam;Factuurdatum;Vervaldatum;Factuurbedrag;Openstaand
      2026-001;00123;Bakkerij Jansen;01-10-2026;31-10-2026;1.234,56;1.234,56
      2026-002;00123;Bakkerij Jansen;15-10-2026;14-11-2026;99,95;49,95
      2026-003;00456;Fietsen B.V.;20-10-2026;19-11-2026;-10,70;-10,70

      """, name: "debiteuren.csv")
    #expect(result.readAs == "open-items-nl-de")
    #expect(
      ExportFixture.summary(result) == [
        "2026-001 00123 2026-10-01 2026-10-31 1234.56 1234.56 EUR invoice",
        "2026-002 00123 2026-10-15 2026-11-14 99.95 49.95 EUR invoice",
        "2026-003 00456 2026-10-20 2026-11-19 -10.70 -10.70 EUR creditNote",
      ])
    #expect(result.items[0].source.line == 3)  // the sep= line counts
    #expect(result.rejected.isEmpty)
  }

  @Test("German Windows-1252 save with € and umlauts, dd.mm.yyyy and a trailing minus")
  func germanWindows1252() throws {
    let text = """
      Rechnungsnummer;Kundennummer;Kunde;Rechnungsdatum;Fällig am;Betrag;Offen;Währung\r
      R-100;K1;Müller & Söhne GmbH;02.10.2026;16.10.2026;1.500,00 €;1.500,00 €;EUR\r
      R-101;K2;Bäckerei Größ;05.10.2026;19.10.2026;250,00-;250,00-;EUR\r

      """
    let result = try ExportFixture.read(ExportFixture.windows1252(text), name: "offene-posten.csv")
    #expect(result.encoding == "Windows-1252")
    #expect(result.customers.map(\.name) == ["Müller & Söhne GmbH", "Bäckerei Größ"])
    #expect(
      ExportFixture.summary(result) == [
        "R-100 K1 2026-10-02 2026-10-16 1500.00 1500.00 EUR invoice",
        "R-101 K2 2026-10-05 2026-10-19 -250.00 -250.00 EUR creditNote",
      ])
  }

  @Test("UK export: quoted thousands commas, dd/mm/yyyy decided by a day above 12")
  func british() throws {
    let result = try ExportFixture.read(
      """
      Invoice Number,Customer,Invoice Date,Due Date,Amount,Balance,Currency
      INV-1,Harbour Lights Ltd,03/04/2026,03/05/2026,"1,234.50","1,234.50",GBP
      INV-2,Harbour Lights Ltd,25/04/2026,25/05/2026,99.00,9.00,GBP

      """, name: "aged-debtors.csv")
    #expect(result.readAs == "open-items-en")
    #expect(
      ExportFixture.summary(result) == [
        "INV-1 Harbour Lights Ltd 2026-04-03 2026-05-03 1234.50 1234.50 GBP invoice",
        "INV-2 Harbour Lights Ltd 2026-04-25 2026-05-25 99.00 9.00 GBP invoice",
      ])
  }

  @Test("US export: mm/dd/yyyy decided by a day above 12, accounting negatives in parentheses")
  func american() throws {
    let result = try ExportFixture.read(
      """
      Invoice No,Customer Name,Invoice Date,Due Date,Amount,Open Balance,Currency
      1001,Acme Inc,04/13/2026,05/13/2026,"$2,500.00","$2,500.00",USD
      1002,Acme Inc,04/20/2026,05/20/2026,($120.00),($120.00),USD

      """, name: "ar.csv")
    #expect(
      ExportFixture.summary(result) == [
        "1001 Acme Inc 2026-04-13 2026-05-13 2500.00 2500.00 USD invoice",
        "1002 Acme Inc 2026-04-20 2026-05-20 -120.00 -120.00 USD creditNote",
      ])
  }

  @Test("dates as Excel serial numbers, two-digit years and month names are read per column")
  func dateForms() throws {
    let result = try ExportFixture.read(
      """
      Invoice Number,Customer,Invoice Date,Due Date,Amount
      A1,Acme,46023,15 Jul 2026,10.00
      A2,Acme,46054,1 Aug 2026,20.00

      """, name: "serials.csv")
    #expect(result.items.map(\.issueDate.iso8601) == ["2026-01-01", "2026-02-01"])
    #expect(result.items.map(\.dueDate.iso8601) == ["2026-07-15", "2026-08-01"])
    let short = try ExportFixture.read(
      """
      Factuurnummer;Klantnummer;Naam;Factuurdatum;Vervaldatum;Bedrag
      F1;1;Jansen;05.10.26;19.10.26;10,00
      F2;1;Jansen;28.10.26;11.11.26;12,50

      """, name: "kort.csv")
    #expect(short.items.map(\.issueDate.iso8601) == ["2026-10-05", "2026-10-28"])
  }

  @Test("an Excel Unicode Text save (UTF-16LE, tabs) reads like any other file")
  func unicodeText() throws {
    let text =
      "invoice_number\tcustomer_id\tcustomer_name\tinvoice_date\tdue_date\tamount\r\n"
      + "U-1\tC1\tŁódź Trading\t2026-10-01\t2026-10-31\t75.00\r\n"
    let result = try ExportFixture.read(ExportFixture.utf16LittleEndian(text), name: "unicode.txt")
    #expect(result.encoding == "UTF-16LE with BOM")
    #expect(result.delimiter == "\t")
    #expect(result.customers.first?.name == "Łódź Trading")
    #expect(
      ExportFixture.summary(result) == ["U-1 C1 2026-10-01 2026-10-31 75.00 75.00 EUR invoice"])
  }

  @Test(
    "identifiers stay text: leading zeros kept, Excel's =\"…\" guard unwrapped, 1.23E+15 refused")
  func identifiers() throws {
    let result = try ExportFixture.read(
      """
      invoice_number,customer_id,customer_name,invoice_date,due_date,amount
      ="000123",="0042",Acme,2026-10-01,2026-10-31,10.00
      1.23457E+15,0042,Acme,2026-10-01,2026-10-31,20.00

      """, name: "mangled.csv")
    #expect(result.items.map(\.number) == ["000123"])
    #expect(result.items.first?.customerID == "0042")
    let reject = try #require(result.rejected.first)
    #expect(reject.location.line == 3)
    #expect(reject.reason.contains("Excel changed this identifier"))
    #expect(reject.fix.contains("Text"))
  }

  @Test("a file that contradicts its mapping's decimal separator is refused as a whole")
  func contradictsMapping() throws {
    #expect(throws: NormalizerError.self) {
      try ExportFixture.read(
        """
        invoice_number,customer_id,customer_name,invoice_date,due_date,amount
        A1,C1,Acme,2026-10-01,2026-10-31,"10,50"
        A2,C1,Acme,2026-10-01,2026-10-31,"1.234,50"

        """, name: "generic.csv")
    }
  }
}
