import Foundation
import Normalizer
import Receivables
import Testing

/// Report-shaped exports (titles, group headings, subtotals, a grand total) and the sign styles
/// of the packages, read with the shipped mappings. Synthetic, after the packages' documented
/// layouts: no real sample of these is public.
struct ReportExportTests {
  @Test(
    "QuickBooks A/R Aging Detail: titles, aging groups and totals skipped, credit memos negative")
  func quickBooksAgingDetail() throws {
    let result = try ExportFixture.read(
      """
      Noorderlicht Inc.
      A/R Aging Detail
      As of November 20, 2026

      ,Date,Transaction Type,Num,Customer,Due Date,Amount,Open Balance
      Current,,,,,,,
      ,11/10/2026,Invoice,1041,Acme Corp,12/10/2026,"1,200.00","1,200.00"
      Total for Current,,,,,,"$1,200.00","$1,200.00"
      1 - 30 days past due,,,,,,,
      ,10/01/2026,Invoice,1032,Beta LLC,10/31/2026,450.00,300.00
      ,10/25/2026,Credit Memo,CM-7,Beta LLC,10/25/2026,-50.00,-50.00
      Total for 1 - 30 days past due,,,,,,$400.00,$250.00
      TOTAL,,,,,,"$1,600.00","$1,450.00"

      """, name: "AR Aging Detail.csv")
    #expect(result.readAs == "quickbooks-ar-aging-detail")
    #expect(
      ExportFixture.summary(result) == [
        "1041 Acme Corp 2026-11-10 2026-12-10 1200.00 1200.00 USD invoice",
        "1032 Beta LLC 2026-10-01 2026-10-31 450.00 300.00 USD invoice",
        "CM-7 Beta LLC 2026-10-25 2026-10-25 -50.00 -50.00 USD creditNote",
      ])
    #expect(result.rejected.isEmpty)
    #expect(result.warnings.isEmpty)  // the grand total 1,450.00 matches the open balances
    #expect(result.skipped.contains("line 3: above the header (title, date or account lines)"))
    #expect(result.skipped.contains("line 8: a total row"))
    #expect(result.skipped.contains("line 9: a group heading (1 - 30 days past due)"))
    #expect(result.skipped.contains("line 13: a total row"))
    #expect(result.isFullSnapshot)
  }

  @Test(
    "Xero Aged Receivables Detail: contact headings name the customer; a wrong total is a warning")
  func xeroAgedReceivables() throws {
    let result = try ExportFixture.read(
      """
      Aged Receivables Detail
      Noorderlicht Ltd
      As at 20 November 2026

      Invoice Date,Invoice Number,Invoice Reference,Due Date,Current,< 1 Month,1 Month,Older,Total
      Harbour Lights Ltd,,,,,,,,
      15 Sep 2026,INV-0042,PO 77,15 Oct 2026,,,310.00,,310.00
      1 Oct 2026,INV-0051,,31 Oct 2026,,450.00,,,450.00
      Total Harbour Lights Ltd,,,,,450.00,310.00,,760.00
      Smith & Sons,,,,,,,,
      2 Nov 2026,INV-0060,,2 Dec 2026,99.00,,,,99.00
      Total Smith & Sons,,,,99.00,,,,99.00
      Total,,,,99.00,450.00,310.00,,869.00

      """, name: "Aged_Receivables_Detail.csv")
    #expect(result.readAs == "xero-aged-receivables")
    #expect(
      result.items.map(\.customerID) == [
        "Harbour Lights Ltd", "Harbour Lights Ltd", "Smith & Sons",
      ])
    #expect(
      ExportFixture.summary(result) == [
        "INV-0042 Harbour Lights Ltd 2026-09-15 2026-10-15 310.00 310.00 EUR invoice",
        "INV-0051 Harbour Lights Ltd 2026-10-01 2026-10-31 450.00 450.00 EUR invoice",
        "INV-0060 Smith & Sons 2026-11-02 2026-12-02 99.00 99.00 EUR invoice",
      ])
    #expect(result.warnings.count == 1)
    #expect(
      result.warnings.first?.contains(
        "line 13: the file's total 869.00 EUR differs from the sum of its rows, 859.00 EUR") == true
    )
  }

  @Test("Xero invoice export: the document type says which lines are credit notes")
  func xeroDocumentType() throws {
    let result = try ExportFixture.read(
      """
      *ContactName,EmailAddress,*InvoiceNumber,Reference,*InvoiceDate,*DueDate,Total,InvoiceAmountDue,Currency,Type
      Acme Ltd,ap@acme.test,INV-1,,01/10/2026,31/10/2026,120.00,120.00,GBP,ACCREC
      Acme Ltd,ap@acme.test,INV-1,,01/10/2026,31/10/2026,120.00,120.00,GBP,ACCREC
      Acme Ltd,ap@acme.test,CN-1,,05/10/2026,05/10/2026,20.00,20.00,GBP,Sales credit note

      """, name: "Invoices.csv")
    #expect(result.readAs == "xero-invoices")
    #expect(result.items.map(\.kind) == [.invoice, .creditNote])
    #expect(result.items.map(\.amount.decimalString) == ["120.00", "-20.00"])
    #expect(result.items.map(\.openAmount.decimalString) == ["120.00", "-20.00"])
    #expect(result.customers.first?.email == "ap@acme.test")
    #expect(result.skipped == ["line 3: another line of invoice INV-1 (first on line 2)"])
    #expect(result.rejected.isEmpty)
  }

  @Test(
    "DATEV S/H: an unsigned amount with Soll is an invoice, with Haben a credit; the contra side flips it"
  )
  func datevDebitCredit() throws {
    let text = """
      "EXTF";700;21;"Buchungsstapel";9;20261101120000000;;"";"";"";1001;456;20260101;4;20261001;20261031;"";"";1;;0;"EUR"\r
      Umsatz (ohne Soll/Haben-Kz);Soll/Haben-Kennzeichen;WKZ Umsatz;Konto;Gegenkonto (ohne BU-Schlüssel);Belegdatum;Belegfeld 1;Buchungstext\r
      1190,00;S;EUR;10001;8400;0510;RE-2026-500;Beratung\r
      119,00;H;EUR;10001;8400;1210;GS-2026-501;Gutschrift\r
      500,00;S;EUR;1200;10002;1510;RE-2026-480;Zahlung\r
      20,00;S;EUR;4930;1200;1510;;Bürobedarf\r

      """
    let result = try ExportFixture.read(
      ExportFixture.windows1252(text), name: "EXTF_Buchungsstapel.csv")
    #expect(result.readAs == "datev-buchungsstapel")
    #expect(
      ExportFixture.summary(result) == [
        "RE-2026-500 10001 2026-10-05 2026-11-04 1190.00 1190.00 EUR invoice",
        "GS-2026-501 10001 2026-10-12 2026-11-11 -119.00 -119.00 EUR creditNote",
        "RE-2026-480 10002 2026-10-15 2026-11-14 -500.00 -500.00 EUR creditNote",
      ])
    #expect(result.skipped.contains("line 6: not a booking on a customer account"))
  }

  @Test("a customer master file: language, segment and credit limit")
  func customerMaster() throws {
    let result = try ExportFixture.read(
      """
      Customer Number;Customer Name;Email;Street;Postcode;City;Country;Language;Segment;Credit Limit
      C1;Acme B.V.;ap@acme.test;Markt 1;1011 AA;Amsterdam;NL;nl;B2B;25.000,00
      C2;Jan Jansen;jan@example.test;Dorp 2;9711 LM;Groningen;NL;nl;B2C;
      C3;Mystery;;;;;;;retail;

      """, name: "klanten.csv")
    #expect(result.readAs == "customers")
    #expect(result.customers.map(\.id) == ["C1", "C2"])
    #expect(result.customers[0].segment == .business)
    #expect(result.customers[0].creditLimit?.decimalString == "25000.00")
    #expect(result.customers[1].segment == .consumer)
    #expect(result.customers[1].creditLimit == nil)
    #expect(result.rejected.map(\.location.line) == [4])
    #expect(result.rejected.first?.reason.contains("neither B2B nor B2C") == true)
  }

  @Test("a customer master's IBANs are checked: a mistyped one rejects its row, naming it")
  func customerMasterIBANs() throws {
    let result = try ExportFixture.read(
      """
      Customer Number,Name,IBAN
      C1,Acme B.V.,nl91 abna 0417 1643 00; DE89 3704 0044 0532 0130 00
      C2,Beta GmbH,NL91ABNA0417164301
      C3,Gamma,

      """, name: "customers.csv")
    #expect(result.readAs == "customers")
    #expect(result.customers.map(\.id) == ["C1", "C3"])
    #expect(result.customers[0].bankAccounts == ["NL91ABNA0417164300", "DE89370400440532013000"])
    #expect(result.customers[1].bankAccounts.isEmpty)
    #expect(result.rejected.map(\.location.line) == [3])
    #expect(
      result.rejected.first?.reason.contains("the IBAN 'NL91ABNA0417164301' is not valid") == true)
  }

  @Test("a credit bureau's delivery: score, limit and date per customer")
  func creditInformation() throws {
    let result = try ExportFixture.read(
      """
      Your Reference,Company Name,Score,Recommended Limit,Report Date
      C1,Acme B.V.,245,"15,000.00",12/11/2026
      C2,Beta GmbH,312,,13/11/2026
      C3,Gamma,,,14/11/2026

      """, name: "bureau.csv")
    #expect(result.readAs == "credit-info")
    #expect(result.creditAssessments.map(\.customerID) == ["C1", "C2"])
    #expect(result.creditAssessments[0].score == 245)
    #expect(result.creditAssessments[0].creditLimit?.decimalString == "15000.00")
    #expect(result.creditAssessments[0].assessedOn.iso8601 == "2026-11-12")
    #expect(result.rejected.first?.reason.contains("neither a score nor a credit limit") == true)
  }
}
