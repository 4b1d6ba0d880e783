import Foundation
import Parsers
import Testing

struct EInvoiceReaderUBLTests {
  @Test("a UBL invoice with unusual prefixes gives every header term, located")
  func oddPrefixesHeader() throws {
    let document = try EInvoiceFixture.read(EInvoiceFixture.ublOddPrefixes)
    #expect(document.syntax == .ubl)
    #expect(document.rootName == "Invoice")
    #expect(document.rootLine == 3, "libxml2 gives a start tag the line where it ends")
    #expect(document.envelope == nil)
    #expect(document.specification?.text.hasSuffix("poacc:billing:3.0") == true)
    #expect(document.businessProcess?.text == "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0")
    #expect(
      document.number == XMLText(text: "INV-2024-001", path: "/Invoice/ID[2]", line: 7),
      "the foreign other:ID on line 6 is not the number (paths count local names only)")
    #expect(document.issueDate?.text == "2024-03-01")
    #expect(document.dueDate == XMLText(text: "2024-03-31", path: "/Invoice/DueDate", line: 9))
    #expect(document.typeCode?.text == "380")
    #expect(document.currency?.text == "EUR")
    #expect(document.buyerReference?.text == "PO-CONTACT-7")
    #expect(document.orderReference?.text == "PO-4711")
    #expect(document.precedingInvoices.map(\.text) == ["INV-2023-099", "INV-2023-100"])
    #expect(
      document.precedingInvoices.last?.path
        == "/Invoice/BillingReference[2]/InvoiceDocumentReference/ID")
    #expect(document.paymentTerms.map(\.text) == ["30 days net", "2 % within 10 days"])
    #expect(
      document.creditorID
        == XMLText(
          text: "DE98ZZZ09999999999", qualifier: "SEPA",
          path: "/Invoice/AccountingSupplierParty/Party/PartyIdentification[1]/ID", line: 19))
  }

  @Test("seller and buyer: legal name first, non-SEPA identifier, the VAT scheme's ID, address")
  func oddPrefixesParties() throws {
    let document = try EInvoiceFixture.read(EInvoiceFixture.ublOddPrefixes)
    let seller = document.seller
    #expect(seller.name?.text == "Muster Trading GmbH")
    #expect(seller.identifier?.text == "4000001000005")
    #expect(seller.identifier?.qualifier == "0088")
    #expect(seller.vatID?.text == "DE123456789", "not the TAX scheme's 201/113/40209")
    #expect(
      seller.legalID
        == XMLText(
          text: "HRB 12345", qualifier: "0204",
          path: "/Invoice/AccountingSupplierParty/Party/PartyLegalEntity/CompanyID", line: 32))
    #expect(seller.electronicAddress?.text == "4000001000005")
    #expect(seller.electronicAddress?.qualifier == "0088")
    #expect(seller.addressLines.map(\.text) == ["Hauptstraße 1", "Hinterhaus", "3. OG"])
    #expect(seller.city?.text == "Berlin")
    #expect(seller.postalCode?.text == "10115")
    #expect(seller.countryCode?.text == "DE")
    #expect(seller.contactEmail?.text == "ar@muster.example")
    #expect(seller.contactName?.text == "Accounts")
    let buyer = document.buyer
    #expect(buyer.name?.text == "Kunde AG", "no legal entity: the party name")
    #expect(buyer.identifier == nil && buyer.vatID == nil && buyer.legalID == nil)
    #expect(buyer.electronicAddress?.qualifier == "EM")
    #expect(buyer.city?.text == "Köln")
    #expect(buyer.addressLines.isEmpty)
  }

  @Test("totals keep currencyID; the VAT total is the one in the document currency")
  func oddPrefixesTotals() throws {
    let document = try EInvoiceFixture.read(EInvoiceFixture.ublOddPrefixes)
    let totals = document.totals
    #expect(totals.lineTotal?.text == "100.00")
    #expect(totals.taxExclusive?.text == "100.00")
    #expect(totals.taxInclusive?.text == "119.00")
    #expect(totals.prepaid?.text == "20.00")
    #expect(totals.rounding?.text == "0.01")
    #expect(
      totals.payable
        == XMLText(
          text: "99.01", qualifier: "EUR", path: "/Invoice/LegalMonetaryTotal/PayableAmount",
          line: 61))
    #expect(
      totals.taxTotal
        == XMLText(
          text: "19.00", qualifier: "EUR", path: "/Invoice/TaxTotal[2]/TaxAmount", line: 54)
    )
    let means = try #require(document.paymentMeans.first)
    #expect(document.paymentMeans.count == 1)
    #expect(means.code?.text == "58")
    #expect(means.paymentReference?.text == "RF18539007547034")
    #expect(means.accountID?.text == "DE02120300000000202051")
    #expect(means.bankID?.text == "BYLADEM1001")
    #expect(means.mandateID == nil && means.debitedAccountID == nil && means.dueDate == nil)
  }

  @Test("UBL 2.0 style: cbc as the default namespace and a root prefix Bob: still read")
  func defaultNamespace() throws {
    let document = try EInvoiceFixture.read(EInvoiceFixture.ublDefaultNamespace)
    #expect(document.rootName == "Invoice")
    #expect(document.specification == nil)
    #expect(document.number?.text == "A00095678")
    #expect(document.typeCode?.text == "SalesInvoice")
    #expect(document.currency == nil)
    #expect(document.seller.name?.text == "Consortial")
    #expect(document.totals.payable?.text == "107.50")
    #expect(document.totals.payable?.qualifier == "GBP")
    #expect(document.dueDate == nil)
    #expect(document.paymentMeans.first?.dueDate?.text == "2005-07-21")
  }

  @Test("a credit note: type code, due date and mandate in PaymentMeans, payee's creditor ID")
  func creditNote() throws {
    let document = try EInvoiceFixture.read(EInvoiceFixture.ublCreditNote)
    #expect(document.rootName == "CreditNote")
    #expect(document.typeCode?.text == "381")
    #expect(document.precedingInvoices.map(\.text) == ["INV-1"], "credit notes are not BT-25")
    #expect(document.creditorID?.text == "DE98ZZZ09999999999")
    #expect(document.dueDate == nil)
    let means = try #require(document.paymentMeans.first)
    #expect(means.code?.text == "59")
    #expect(means.dueDate?.text == "2024-04-30")
    #expect(means.dueDate?.path == "/CreditNote/PaymentMeans/PaymentDueDate")
    #expect(means.paymentReference?.text == "CN-7")
    #expect(means.mandateID?.text == "MANDATE-1")
    #expect(means.debitedAccountID?.text == "DE75512108001245126199")
    #expect(document.totals.payable?.text == "50.00")
  }

  @Test("an EHF reminder in Invoice syntax (no type code) is read; the Normalizer decides")
  func reminderWithoutTypeCode() throws {
    let text = EInvoiceFixture.ublMinimal.replacingOccurrences(
      of: "<cbc:ID>MIN-1</cbc:ID>",
      with: "<cbc:CustomizationID>urn:fdc:anskaffelser.no:2019:ehf:reminder:3.0"
        + "</cbc:CustomizationID><cbc:ID>007</cbc:ID>")
    let document = try EInvoiceFixture.read(text)
    #expect(document.typeCode == nil)
    #expect(document.specification?.text.contains("reminder") == true)
    #expect(document.number?.text == "007")
    #expect(document.totals.payable?.text == "1.00")
  }

  @Test("empty elements are absent values, not empty text")
  func emptyElements() throws {
    let text = EInvoiceFixture.ublMinimal.replacingOccurrences(
      of: "<cbc:ID>MIN-1</cbc:ID>",
      with: "<cbc:ID/><cbc:ID>MIN-2</cbc:ID><cbc:DueDate> </cbc:DueDate>")
    let document = try EInvoiceFixture.read(text)
    #expect(document.number?.text == "MIN-2")
    #expect(document.dueDate == nil)
  }
}
