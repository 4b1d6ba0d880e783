import Receivables
import Testing

/// The open item each corpus e-invoice becomes: number, customer, currency, amount due with
/// the ledger sign, due date with how it was found, and the payment reference as the buyer is
/// asked to quote it. Checked by hand against each XML file and its row in the corpus's
/// SOURCES.md (numbers, currencies, amounts due, due dates, references), and the buyer party of
/// each file for the customer number (the first of BT-46, BT-48, BT-47, BT-49, BT-44).
struct EInvoiceOpenItemRow: Sendable, CustomTestStringConvertible {
  let path: String
  let number: String
  let customer: String
  let currency: String
  let open: String
  let due: String
  let basis: DueDateBasis.Origin
  let reference: String?

  init(
    _ path: String, _ number: String, customer: String, _ currency: String, open: String,
    due: String, _ basis: DueDateBasis.Origin, reference: String?
  ) {
    self.path = path
    self.number = number
    self.customer = customer
    self.currency = currency
    self.open = open
    self.due = due
    self.basis = basis
    self.reference = reference
  }

  var testDescription: String { path }

  static let table: [EInvoiceOpenItemRow] = [
    .init(
      "ubl/en16931-BIS3_Invoice_negativ.XML", "12345", customer: "DK87654321", "DKK",
      open: "-782179.43", due: "2019-02-24", .document, reference: "12345667890"),
    .init(
      "ubl/en16931-BIS_Billing_30-Forskott_slutreglering.xml", "20180112",
      customer: "0007:9876543210", "SEK", open: "75000.00", due: "2018-09-01", .sourceTerms,
      reference: nil),
    .init(
      "ubl/en16931-BIS_Billing_30-Kreditering_(urspr_faktura).xml", "2018133",
      customer: "9876543210987", "SEK", open: "10000.00", due: "2018-03-07", .document,
      reference: "1800355"),
    .init(
      "ubl/en16931-BIS_Billing_30-Kreditering_med_kreditnota.xml", "2018140",
      customer: "9876543210987", "SEK", open: "-10000.00", due: "2018-02-10", .issueDate,
      reference: "1800355"),
    .init(
      "ubl/en16931-BIS_Billing_30-Rantefaktura_Enkel.xml", "2018038", customer: "0007:9876543210",
      "SEK", open: "2416.00", due: "2005-03-10", .document, reference: "45224585"),
    .init(
      "ubl/en16931-BIS_Billing_30-Valutor i faktura.xml", "800018", customer: "9876543210", "USD",
      open: "115000.00", due: "2018-02-26", .document, reference: "800018"),
    .init(
      "ubl/en16931-CreditNote-Max_content.xml", "2018210", customer: "7350000001228", "SEK",
      open: "-12500.00", due: "2018-02-08", .issueDate, reference: "1800355"),
    .init(
      "ubl/en16931-FT G2G_TD01 con Allegato, Bonifico e Split Payment.xml", "1316/85",
      customer: "IT02241850367", "EUR", open: "1246.00", due: "2020-03-14", .sourceTerms,
      reference: nil),
    .init(
      "ubl/en16931-Invoice-Min_content_with_VAT.xml", "2018-112", customer: "0007:9876543210",
      "SEK", open: "500.00", due: "2018-08-30", .sourceTerms, reference: nil),
    .init(
      "ubl/en16931-ubl-tc434-creditnote1.xml", "018304 / 28865", customer: "BE0000000295", "EUR",
      open: "-100.11", due: "2019-09-23", .issueDate, reference: "010676609538"),
    .init(
      "ubl/en16931-ubl-tc434-example1.xml", "12115118", customer: "10202", "EUR", open: "250.33",
      due: "2015-01-09", .document, reference: "Deb. 10202 / Fact. 12115118"),
    .init(
      "ubl/en16931-ubl-tc434-example5.xml", "TOSL110", customer: "5790000436057", "DKK",
      open: "2337.50", due: "2013-05-10", .document, reference: "Payref1"),
    .init(
      "ubl/mustang-01.01a-INVOICE_ubl.xml", "123456XX", customer: "[Buyer identifier]", "EUR",
      open: "336.90", due: "2016-05-04", .sourceTerms, reference: nil),
    .init(
      "ubl/mustang-periods.ubl.xml", "123", customer: "0088:4304171000002", "CHF", open: "1.48",
      due: "2025-02-10", .document, reference: "Verwendungszweck"),
    .init(
      "ubl/peppolbis-Allowance-example.xml", "Snippet1", customer: "4598375937", "EUR",
      open: "6125.00", due: "2017-12-01", .document, reference: "Snippet1"),
    .init(
      "ubl/peppolbis-GR-base-example-correct.xml", "061828591|01/10/2020|0|1.1|0|1",
      customer: "FR23342", "EUR", open: "1656.25", due: "2020-12-01", .document,
      reference: "Snippet1"),
    .init(
      "ubl/peppolbis-Norwegian-example-1.xml", "TOSL108", customer: "3456789012098", "NOK",
      open: "802.00", due: "2013-07-20", .document, reference: "0003434323213231"),
    .init(
      "ubl/peppolbis-base-creditnote-correction.xml", "Snippet1", customer: "FR23342", "EUR",
      open: "-1656.25", due: "2017-11-13", .issueDate, reference: "Snippet1"),
    .init(
      "ubl/peppolbis-base-example.xml", "Snippet1", customer: "FR23342", "EUR", open: "1656.25",
      due: "2017-12-01", .document, reference: "Snippet1"),
    .init(
      "ubl/peppolbis-base-negative-inv-correction.xml", "Correction1", customer: "FR23342", "EUR",
      open: "-1656.25", due: "2017-12-01", .document, reference: "Snippet1"),
    .init(
      "ubl/phive-AU Invoice.xml", "Invoice01", customer: "91888222000", "AUD", open: "1636.14",
      due: "2019-08-30", .document, reference: "PaymentReferenceText"),
    .init(
      "ubl/phive-Good_TemelFatura.xml", "GIB2026000000001", customer: "12345678901", "TRY",
      open: "17.88", due: "2026-02-04", .sourceTerms, reference: nil),
    .init(
      "ubl/phive-Japan PINT Invoice UBL Example.xml", "156", customer: "654321:000321:0147:1",
      "JPY", open: "289490", due: "2023-11-20", .document, reference: nil),
    .init(
      "ubl/phive-PINT-SG INV example 06 - Foreign currency.xml", "F012345", customer: "345KS5324",
      "USD", open: "36454.35", due: "2024-02-01", .document, reference: "gr12345"),
    .init(
      "ubl/phive-ubl_b2g_example0.xml", "TOSL108", customer: "345KS5324", "RON", open: "659.89",
      due: "2021-11-15", .document, reference: "1800355"),
    .init(
      "ubl/phubl-UBL-Invoice-2.1-Example.xml", "TOSL108", customer: "345KS5324", "EUR",
      open: "729.00", due: "2009-12-31", .paymentMeans, reference: "Payref1"),
    .init(
      "ubl/simplerinvoicing-SI-UBL-2.0_BR-NL-8_ok_381.xml", "12115118", customer: "10202", "EUR",
      open: "-227.00", due: "2015-01-09", .issueDate, reference: "Deb. 10202 / Fact. 12115118"),
    .init(
      "ubl/simplerinvoicing-SI-UBL-2.0_error_no_customizationid.xml", "12115118", customer: "10202",
      "EUR", open: "227.00", due: "2015-01-09", .document, reference: "Deb. 10202 / Fact. 12115118"),
    .init(
      "ubl/simplerinvoicing-SI-UBL-2.0_ok_full.xml", "TOSL108", customer: "88884444", "EUR",
      open: "729.00", due: "2010-01-14", .sourceTerms, reference: "Payref1"),
    .init(
      "ubl/xrechnung-01.18a-INVOICE_ubl.xml", "PRG1502112", customer: "BI123456", "EUR",
      open: "10555.30", due: "2015-05-24", .sourceTerms, reference: nil),
    .init(
      "ubl/xrechnung-01.20a-INVOICE_ubl.xml", "1234567890", customer: "DE987654321", "EUR",
      open: "357.00", due: "2021-02-04", .document, reference: "1234567890"),
    .init(
      "ubl/xrechnung-02.03a-INVOICE_ubl.xml", "1234567", customer: "138", "EUR", open: "0.00",
      due: "2018-04-13", .document, reference: "Deb. 12345 / Fact. 9876543"),
    .init(
      "ubl/xrechnung-03.01a-INVOICE_ubl.xml", "123456789", customer: "BI123456", "EUR",
      open: "-225.14", due: "2019-03-14", .document, reference: nil),
    .init(
      "ubl/xrechnung-04.03a-INVOICE_ubl.xml", "12345", customer: "345LA5324", "EUR",
      open: "23044105.65", due: "2019-06-14", .sourceTerms, reference: nil),
    .init(
      "cii/en16931-CII_business_example_01.xml", "TOSL108", customer: "3456789012098", "NOK",
      open: "801.78", due: "2013-07-20", .document, reference: "0003434323213231"),
    .init(
      "cii/en16931-CII_example1.xml", "12115118", customer: "10202", "EUR", open: "250.33",
      due: "2015-01-09", .document, reference: "Deb. 10202 / Fact. 12115118"),
    .init(
      "cii/en16931-CII_example5.xml", "TOSL110", customer: "5790000436057", "DKK", open: "2337.50",
      due: "2013-05-10", .document, reference: "Payref1"),
    .init(
      "cii/en16931-huf_example_cii.xml", "21/001003559/996", customer: "843312", "HUF",
      open: "87859.00", due: "2021-11-01", .document, reference: nil),
    .init(
      "cii/mustang-Extended_fremdwaehrung.xml", "47110815", customer: "75969813", "GBP",
      open: "521.91", due: "2024-12-01", .document, reference: nil),
    .init(
      "cii/mustang-extended_warenrechnung_based_doublecashdiscount.xml", "R87654321012345",
      customer: "009420", "EUR", open: "518.99", due: "2018-09-05", .sourceTerms, reference: nil),
    .init(
      "cii/mustang-minimalDebit.xml", "471102", customer: "Kunden AG Mitte", "EUR", open: "529.87",
      due: "2018-04-03", .sourceTerms, reference: nil),
    .init(
      "cii/mustang-multiple-payment-means.cii.xml", "RE-20201121/987", customer: "2", "EUR",
      open: "190.40", due: "2020-12-12", .document, reference: "21808570"),
    .init(
      "cii/mustang-valid_Avoir_FR_type380_minimum_factur-x.xml", "AV-2017-0005",
      customer: "FR19787878784", "EUR", open: "-233.47", due: "2017-11-16", .issueDate,
      reference: nil),
    .init(
      "cii/phive-basic-factur-x-2.xml", "RK21012345", customer: "009420", "EUR", open: "-8.79",
      due: "2026-09-16", .issueDate, reference: nil),
    .init(
      "cii/phive-extended-factur-x-20.xml", "GU987654321", customer: "21212121", "EUR",
      open: "-135.05", due: "2026-02-22", .document,
      reference: "Kundennummer:. 21212121 Rechnungsnummer:. GU987654321"),
    .init(
      "cii/phive-extended-factur-x-21.xml", "RE1234567890", customer: "21212121", "EUR",
      open: "135.05", due: "2026-02-22", .document,
      reference: "Kundennummer:. 21212121 Rechnungsnummer:. RE1234567890"),
    .init(
      "cii/phive-minimum-factur-x-1.xml", "471102", customer: "Kunden AG Mitte", "EUR",
      open: "235.62", due: "2020-04-04", .sourceTerms, reference: nil),
    .init(
      "cii/simplerinvoicing-NLCIUS-CII_ok_example.xml", "1100512149", customer: "1081119", "EUR",
      open: "1099.78", due: "2014-11-24", .document, reference: "1100512149"),
    .init(
      "cii/xrechnung-01.01a-INVOICE_uncefact.xml", "123456XX", customer: "[Buyer identifier]",
      "EUR", open: "336.90", due: "2016-05-04", .sourceTerms, reference: nil),
    .init(
      "cii/xrechnung-01.18a-INVOICE_uncefact.xml", "PRG1502112", customer: "BI123456", "EUR",
      open: "10555.30", due: "2015-05-24", .sourceTerms, reference: nil),
    .init(
      "cii/xrechnung-03.01a-INVOICE_uncefact.xml", "123456789", customer: "BI123456", "EUR",
      open: "-225.14", due: "2019-03-14", .document, reference: nil),
  ]

}

/// Corpus files that are refused, and a phrase the reason must contain.
struct EInvoiceOpenItemRefusal: Sendable, CustomTestStringConvertible {
  let path: String
  let reason: String

  var testDescription: String { path }

  static let table: [EInvoiceOpenItemRefusal] = [
    .init(path: "ubl/phive-Order_Example.xml", reason: "a UBL Order is not an invoice"),
    .init(path: "ubl/phive-Reminder-Example.xml", reason: "payment reminder"),
    .init(path: "ubl/phive-Simplified_Credit_Note.xml", reason: "names no buyer"),
    .init(path: "ubl/phive-svefaktura.xml", reason: "Svefaktura 1.0"),
    .init(path: "ubl/phubl-UBL-Invoice-2.0-Example-NS2.xml", reason: "type code 'SalesInvoice'"),
    .init(
      path: "ubl/simplerinvoicing-SI-UBL-2.0_BR-NL-7_error_invoicetypecode_string.xml",
      reason: "type code 'wrong'"),
    .init(path: "cii/mustang-ZUGFeRD1-invoice.xml", reason: "ZUGFeRD 1.0"),
    .init(path: "cii/mustang-invalidV1TooMinimal.xml", reason: "ZUGFeRD 1.0"),
    .init(path: "cii/mustang-invalidV2Root.xml", reason: "<CrossIndustryInvoice>"),
  ]
}
