import Parsers
import Testing

/// One row of the `ubl/` or `cii/` table in `shared/corpus/einvoice/SOURCES.md`: the raw values
/// `EInvoiceReader` must return, as written ("—" in the table is nil here).
struct EInvoiceCorpusRow: Sendable, CustomTestStringConvertible {
  var path: String
  /// `Invoice`, `CreditNote` or `CrossIndustryInvoice`.
  var root: String
  var type: String?
  var number: String?
  var issue: String?
  var due: String?
  /// The due date is only `cac:PaymentMeans/cbc:PaymentDueDate` ("(PaymentMeans)").
  var dueInPaymentMeans = false
  var currency: String?
  var payable: String?
  var prepaid: String?
  var paymentReference: String?
  var preceding: String?

  var testDescription: String { path }
}

/// One `other:` row: a file the reader must refuse, with the code it refuses it with.
struct EInvoiceCorpusRefusal: Sendable, CustomTestStringConvertible {
  var path: String
  var code: ParseError.Code
  /// Words the message must contain (what the document is).
  var names: String

  var testDescription: String { path }
}

extension EInvoiceCorpusRow {
  static let table: [EInvoiceCorpusRow] = [
    Row(
      path: "ubl/peppolbis-base-example.xml", root: "Invoice", type: "380", number: "Snippet1",
      issue: "2017-11-13", due: "2017-12-01", currency: "EUR", payable: "1656.25", prepaid: nil,
      paymentReference: "Snippet1", preceding: nil),
    Row(
      path: "ubl/peppolbis-base-creditnote-correction.xml", root: "CreditNote", type: "381",
      number: "Snippet1", issue: "2017-11-13", due: nil, currency: "EUR", payable: "1656.25",
      prepaid: nil, paymentReference: "Snippet1", preceding: "Snippet1"),
    Row(
      path: "ubl/peppolbis-base-negative-inv-correction.xml", root: "Invoice", type: "380",
      number: "Correction1", issue: "2017-11-13", due: "2017-12-01", currency: "EUR",
      payable: "-1656.25", prepaid: nil, paymentReference: "Snippet1", preceding: "Snippet1"),
    Row(
      path: "ubl/peppolbis-Allowance-example.xml", root: "Invoice", type: "380", number: "Snippet1",
      issue: "2017-11-13", due: "2017-12-01", currency: "EUR", payable: "6125.00", prepaid: "1000",
      paymentReference: "Snippet1", preceding: nil),
    Row(
      path: "ubl/peppolbis-Norwegian-example-1.xml", root: "Invoice", type: "380",
      number: "TOSL108", issue: "2013-06-30", due: "2013-07-20", currency: "NOK", payable: "802.00",
      prepaid: "1000", paymentReference: "0003434323213231", preceding: nil),
    Row(
      path: "ubl/peppolbis-GR-base-example-correct.xml", root: "Invoice", type: "380",
      number: "061828591|01/10/2020|0|1.1|0|1", issue: "2020-10-01", due: "2020-12-01",
      currency: "EUR", payable: "1656.25", prepaid: nil, paymentReference: "Snippet1",
      preceding: nil),
    Row(
      path: "ubl/en16931-ubl-tc434-creditnote1.xml", root: "CreditNote", type: "381",
      number: "018304 / 28865", issue: "2019-09-23", due: nil, currency: "EUR", payable: "100.11",
      prepaid: nil, paymentReference: "010676609538", preceding: nil),
    Row(
      path: "ubl/en16931-ubl-tc434-example1.xml", root: "Invoice", type: "380", number: "12115118",
      issue: "2015-01-09", due: "2015-01-09", currency: "EUR", payable: "250.33", prepaid: nil,
      paymentReference: "Deb. 10202 / Fact. 12115118", preceding: nil),
    Row(
      path: "ubl/en16931-ubl-tc434-example5.xml", root: "Invoice", type: "380", number: "TOSL110",
      issue: "2013-04-10", due: "2013-05-10", currency: "DKK", payable: "2337.50",
      prepaid: "2337.50", paymentReference: "Payref1", preceding: "TOSL109"),
    Row(
      path: "ubl/en16931-BIS3_Invoice_negativ.XML", root: "Invoice", type: "380", number: "12345",
      issue: "2019-01-25", due: "2019-02-24", currency: "DKK", payable: "-782179.43", prepaid: nil,
      paymentReference: "12345667890", preceding: nil),
    Row(
      path: "ubl/en16931-FT G2G_TD01 con Allegato, Bonifico e Split Payment.xml", root: "Invoice",
      type: "380", number: "1316/85", issue: "2020-02-13", due: nil, currency: "EUR",
      payable: "1246.00", prepaid: "274.12", paymentReference: nil, preceding: nil),
    Row(
      path: "ubl/en16931-BIS_Billing_30-Kreditering_(urspr_faktura).xml", root: "Invoice",
      type: "380", number: "2018133", issue: "2018-02-08", due: "2018-03-07", currency: "SEK",
      payable: "10000", prepaid: "834.9", paymentReference: "1800355", preceding: nil),
    Row(
      path: "ubl/en16931-BIS_Billing_30-Kreditering_med_kreditnota.xml", root: "CreditNote",
      type: "381", number: "2018140", issue: "2018-02-10", due: nil, currency: "SEK",
      payable: "10000", prepaid: "834.9", paymentReference: "1800355", preceding: "2018133"),
    Row(
      path: "ubl/en16931-BIS_Billing_30-Valutor i faktura.xml", root: "Invoice", type: "380",
      number: "800018", issue: "2018-01-26", due: "2018-02-26", currency: "USD", payable: "115000",
      prepaid: nil, paymentReference: "800018", preceding: nil),
    Row(
      path: "ubl/en16931-BIS_Billing_30-Forskott_slutreglering.xml", root: "Invoice", type: "380",
      number: "20180112", issue: "2018-08-02", due: nil, currency: "SEK", payable: "75000",
      prepaid: "400000", paymentReference: nil, preceding: nil),
    Row(
      path: "ubl/en16931-BIS_Billing_30-Rantefaktura_Enkel.xml", root: "Invoice", type: "380",
      number: "2018038", issue: "2005-02-11", due: "2005-03-10", currency: "SEK",
      payable: "2416.00", prepaid: nil, paymentReference: "45224585", preceding: nil),
    Row(
      path: "ubl/en16931-Invoice-Min_content_with_VAT.xml", root: "Invoice", type: "380",
      number: "2018-112", issue: "2018-07-31", due: nil, currency: "SEK", payable: "500",
      prepaid: nil, paymentReference: nil, preceding: nil),
    Row(
      path: "ubl/en16931-CreditNote-Max_content.xml", root: "CreditNote", type: "381",
      number: "2018210", issue: "2018-02-08", due: nil, currency: "SEK", payable: "12500",
      prepaid: "0", paymentReference: "1800355", preceding: "Preceding invoice no.1"),
    Row(
      path: "ubl/xrechnung-01.18a-INVOICE_ubl.xml", root: "Invoice", type: "384",
      number: "PRG1502112", issue: "2015-04-24", due: nil, currency: "EUR", payable: "10555.3",
      prepaid: nil, paymentReference: nil, preceding: "PRG1502168"),
    Row(
      path: "ubl/xrechnung-03.01a-INVOICE_ubl.xml", root: "Invoice", type: "380",
      number: "123456789", issue: "2019-02-28", due: "2019-03-14", currency: "EUR",
      payable: "-225.14", prepaid: "1030", paymentReference: nil, preceding: nil),
    Row(
      path: "ubl/xrechnung-02.03a-INVOICE_ubl.xml", root: "Invoice", type: "380", number: "1234567",
      issue: "2018-04-13", due: "2018-04-13", currency: "EUR", payable: "0", prepaid: "12829.69",
      paymentReference: "Deb. 12345 / Fact. 9876543", preceding: nil),
    Row(
      path: "ubl/xrechnung-01.20a-INVOICE_ubl.xml", root: "Invoice", type: "389",
      number: "1234567890", issue: "2021-01-25", due: "2021-02-04", currency: "EUR",
      payable: "357.00", prepaid: nil, paymentReference: "1234567890", preceding: nil),
    Row(
      path: "ubl/xrechnung-04.03a-INVOICE_ubl.xml", root: "Invoice", type: "877", number: "12345",
      issue: "2019-05-15", due: nil, currency: "EUR", payable: "23044105.65", prepaid: "1064317.34",
      paymentReference: nil, preceding: "1/10416097"),
    Row(
      path: "ubl/simplerinvoicing-SI-UBL-2.0_ok_full.xml", root: "Invoice", type: "380",
      number: "TOSL108", issue: "2009-12-15", due: nil, currency: "EUR", payable: "729",
      prepaid: "1000", paymentReference: "Payref1", preceding: nil),
    Row(
      path: "ubl/simplerinvoicing-SI-UBL-2.0_BR-NL-8_ok_381.xml", root: "CreditNote", type: "381",
      number: "12115118", issue: "2015-01-09", due: nil, currency: "EUR", payable: "227.00",
      prepaid: nil, paymentReference: "Deb. 10202 / Fact. 12115118", preceding: "46568"),
    Row(
      path: "ubl/simplerinvoicing-SI-UBL-2.0_BR-NL-7_error_invoicetypecode_string.xml",
      root: "Invoice", type: "wrong", number: "12115118", issue: "2015-01-09", due: "2015-01-09",
      currency: "EUR", payable: "242.00", prepaid: nil,
      paymentReference: "Deb. 10202 / Fact. 12115118", preceding: nil),
    Row(
      path: "ubl/simplerinvoicing-SI-UBL-2.0_error_no_customizationid.xml", root: "Invoice",
      type: "380", number: "12115118", issue: "2015-01-09", due: "2015-01-09", currency: "EUR",
      payable: "227.00", prepaid: nil, paymentReference: "Deb. 10202 / Fact. 12115118",
      preceding: nil),
    Row(
      path: "ubl/phubl-UBL-Invoice-2.1-Example.xml", root: "Invoice", type: "380",
      number: "TOSL108", issue: "2009-12-15", due: "2009-12-31", dueInPaymentMeans: true,
      currency: "EUR", payable: "729", prepaid: "1000", paymentReference: "Payref1", preceding: nil),
    Row(
      path: "ubl/phubl-UBL-Invoice-2.0-Example-NS2.xml", root: "Invoice", type: "SalesInvoice",
      number: "A00095678", issue: "2005-06-21", due: "2005-07-21", dueInPaymentMeans: true,
      currency: nil, payable: "107.50", prepaid: nil, paymentReference: nil, preceding: nil),
    Row(
      path: "ubl/mustang-01.01a-INVOICE_ubl.xml", root: "Invoice", type: "380", number: "123456XX",
      issue: "2016-04-04+01:00", due: nil, currency: "EUR", payable: "336.9", prepaid: nil,
      paymentReference: nil, preceding: nil),
    Row(
      path: "ubl/mustang-periods.ubl.xml", root: "Invoice", type: "380", number: "123",
      issue: "2025-02-10", due: "2025-02-10", currency: "CHF", payable: "1.48", prepaid: nil,
      paymentReference: "Verwendungszweck", preceding: "abc123"),
    Row(
      path: "ubl/phive-Japan PINT Invoice UBL Example.xml", root: "Invoice", type: "380",
      number: "156", issue: "2023-10-24", due: "2023-11-20", currency: "JPY", payable: "289490",
      prepaid: "0", paymentReference: nil, preceding: "123"),
    Row(
      path: "ubl/phive-AU Invoice.xml", root: "Invoice", type: "380", number: "Invoice01",
      issue: "2019-07-29", due: "2019-08-30", currency: "AUD", payable: "1636.14", prepaid: "0.00",
      paymentReference: "PaymentReferenceText", preceding: "PrecedingInvoiceReference"),
    Row(
      path: "ubl/phive-PINT-SG INV example 06 - Foreign currency.xml", root: "Invoice", type: "380",
      number: "F012345", issue: "2024-01-01", due: "2024-02-01", currency: "USD",
      payable: "36454.35", prepaid: nil, paymentReference: "gr12345", preceding: nil),
    Row(
      path: "ubl/phive-ubl_b2g_example0.xml", root: "Invoice", type: "380", number: "TOSL108",
      issue: "2021-11-12", due: "2021-11-15", currency: "RON", payable: "659.89", prepaid: "1000",
      paymentReference: "1800355", preceding: "ABC120-220-1"),
    Row(
      path: "ubl/phive-Simplified_Credit_Note.xml", root: "Invoice", type: "381",
      number: "SME00015", issue: "2022-09-05", due: nil, currency: "SAR", payable: "4.60",
      prepaid: "0.00", paymentReference: nil, preceding: "SME00002"),
    Row(
      path: "ubl/phive-Good_TemelFatura.xml", root: "Invoice", type: "SATIS",
      number: "GIB2026000000001", issue: "2026-01-05", due: nil, currency: "TRY", payable: "17.88",
      prepaid: nil, paymentReference: nil, preceding: nil),
    Row(
      path: "ubl/phive-Reminder-Example.xml", root: "Invoice", type: nil, number: "007",
      issue: "2017-11-13", due: "2017-12-01", currency: "NOK", payable: "1756.25", prepaid: nil,
      paymentReference: "Snippet1", preceding: "006"),
    Row(
      path: "cii/en16931-CII_example5.xml", root: "CrossIndustryInvoice", type: "380",
      number: "TOSL110", issue: "20130410", due: "20130510", currency: "DKK", payable: "2337.5",
      prepaid: "2337.5", paymentReference: "Payref1", preceding: "TOSL109"),
    Row(
      path: "cii/en16931-CII_business_example_01.xml", root: "CrossIndustryInvoice", type: "380",
      number: "TOSL108", issue: "20130630", due: "20130720", currency: "NOK", payable: "801.78",
      prepaid: "1000", paymentReference: "0003434323213231", preceding: nil),
    Row(
      path: "cii/en16931-huf_example_cii.xml", root: "CrossIndustryInvoice", type: "380",
      number: "21/001003559/996", issue: "20211005", due: "20211101", currency: "HUF",
      payable: "87859.00", prepaid: "0.00", paymentReference: nil, preceding: nil),
    Row(
      path: "cii/en16931-CII_example1.xml", root: "CrossIndustryInvoice", type: "380",
      number: "12115118", issue: "20150109", due: "20150109", currency: "EUR", payable: "250.33",
      prepaid: nil, paymentReference: "Deb. 10202 / Fact. 12115118", preceding: nil),
    Row(
      path: "cii/xrechnung-01.01a-INVOICE_uncefact.xml", root: "CrossIndustryInvoice", type: "380",
      number: "123456XX", issue: "20160404", due: nil, currency: "EUR", payable: "336.9",
      prepaid: nil, paymentReference: nil, preceding: nil),
    Row(
      path: "cii/xrechnung-01.18a-INVOICE_uncefact.xml", root: "CrossIndustryInvoice", type: "384",
      number: "PRG1502112", issue: "20150424", due: nil, currency: "EUR", payable: "10555.3",
      prepaid: nil, paymentReference: nil, preceding: "PRG1502168"),
    Row(
      path: "cii/xrechnung-03.01a-INVOICE_uncefact.xml", root: "CrossIndustryInvoice", type: "380",
      number: "123456789", issue: "20190228", due: "20190314", currency: "EUR", payable: "-225.14",
      prepaid: "1030", paymentReference: nil, preceding: nil),
    Row(
      path: "cii/mustang-Extended_fremdwaehrung.xml", root: "CrossIndustryInvoice", type: "380",
      number: "47110815", issue: "20241115", due: "20241201", currency: "GBP", payable: "521.91",
      prepaid: "500", paymentReference: nil, preceding: nil),
    Row(
      path: "cii/mustang-valid_Avoir_FR_type380_minimum_factur-x.xml", root: "CrossIndustryInvoice",
      type: "380", number: "AV-2017-0005", issue: "20171116", due: nil, currency: "EUR",
      payable: "-233.47", prepaid: nil, paymentReference: nil, preceding: "FA-2017-0010"),
    Row(
      path: "cii/mustang-minimalDebit.xml", root: "CrossIndustryInvoice", type: "380",
      number: "471102", issue: "20180304", due: nil, currency: "EUR", payable: "529.87",
      prepaid: "0.00", paymentReference: nil, preceding: nil),
    Row(
      path: "cii/mustang-multiple-payment-means.cii.xml", root: "CrossIndustryInvoice", type: "380",
      number: "RE-20201121/987", issue: "20201121", due: "20201212", currency: "EUR",
      payable: "190.40", prepaid: "0.00", paymentReference: "21808570", preceding: nil),
    Row(
      path: "cii/mustang-extended_warenrechnung_based_doublecashdiscount.xml",
      root: "CrossIndustryInvoice", type: "380", number: "R87654321012345", issue: "20180806",
      due: nil, currency: "EUR", payable: "518.99", prepaid: "0.00", paymentReference: nil,
      preceding: nil),
    Row(
      path: "cii/phive-basic-factur-x-2.xml", root: "CrossIndustryInvoice", type: "384",
      number: "RK21012345", issue: "20260916", due: nil, currency: "EUR", payable: "-8.79",
      prepaid: nil, paymentReference: nil, preceding: "R87654321012345"),
    Row(
      path: "cii/phive-minimum-factur-x-1.xml", root: "CrossIndustryInvoice", type: "751",
      number: "471102", issue: "20200305", due: nil, currency: "EUR", payable: "235.62",
      prepaid: nil, paymentReference: nil, preceding: nil),
    Row(
      path: "cii/simplerinvoicing-NLCIUS-CII_ok_example.xml", root: "CrossIndustryInvoice",
      type: "380", number: "1100512149", issue: "20141110", due: "20141124", currency: "EUR",
      payable: "1099.78", prepaid: nil, paymentReference: "1100512149", preceding: nil),
    Row(
      path: "cii/phive-extended-factur-x-21.xml", root: "CrossIndustryInvoice", type: "380",
      number: "RE1234567890", issue: "20260202", due: "20260222", currency: "EUR",
      payable: "135.05", prepaid: nil,
      paymentReference: "Kundennummer:. 21212121 Rechnungsnummer:. RE1234567890", preceding: nil),
    Row(
      path: "cii/phive-extended-factur-x-20.xml", root: "CrossIndustryInvoice", type: "384",
      number: "GU987654321", issue: "20260202", due: "20260222", currency: "EUR",
      payable: "-135.05", prepaid: nil,
      paymentReference: "Kundennummer:. 21212121 Rechnungsnummer:. GU987654321",
      preceding: "RE1234567890"),
  ]

  private typealias Row = EInvoiceCorpusRow
}

extension EInvoiceCorpusRefusal {
  static let table: [EInvoiceCorpusRefusal] = [
    .init(path: "ubl/phive-Order_Example.xml", code: .notAnInvoice, names: "a UBL Order"),
    .init(path: "ubl/phive-svefaktura.xml", code: .legacyEInvoice, names: "Svefaktura 1.0"),
    .init(path: "cii/mustang-ZUGFeRD1-invoice.xml", code: .legacyEInvoice, names: "ZUGFeRD 1.0"),
    .init(
      path: "cii/mustang-invalidV1TooMinimal.xml", code: .legacyEInvoice, names: "ZUGFeRD 1.0"),
    .init(path: "cii/mustang-invalidV2Root.xml", code: .notAnInvoice, names: "<myinvoice>"),
  ]
}
