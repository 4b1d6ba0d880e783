import Foundation
import Parsers
import Testing

struct EInvoiceReaderCIITests {
  static let namespaces = """
    xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" \
    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" \
    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
    """

  /// A CII invoice; `settlement` replaces the payment part of the header settlement.
  static func invoice(settlement: String = paymentSettlement) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <rsm:CrossIndustryInvoice \(namespaces)>
      <rsm:ExchangedDocumentContext>
        <ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</ram:ID></ram:BusinessProcessSpecifiedDocumentContextParameter>
        <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
      </rsm:ExchangedDocumentContext>
      <rsm:ExchangedDocument>
        <ram:ID>RE-2024-17</ram:ID>
        <ram:TypeCode>380</ram:TypeCode>
        <ram:IssueDateTime><udt:DateTimeString format="102">20240301</udt:DateTimeString></ram:IssueDateTime>
      </rsm:ExchangedDocument>
      <rsm:SupplyChainTradeTransaction>
        <ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument></ram:IncludedSupplyChainTradeLineItem>
        <ram:ApplicableHeaderTradeAgreement>
          <ram:BuyerReference>04011000-12345-34</ram:BuyerReference>
          <ram:SellerTradeParty>
            <ram:ID>LIEF-1</ram:ID>
            <ram:GlobalID schemeID="0088">4000001000005</ram:GlobalID>
            <ram:Name>Lieferant GmbH</ram:Name>
            <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">HRB 1</ram:ID></ram:SpecifiedLegalOrganization>
            <ram:DefinedTradeContact><ram:DepartmentName>Buchhaltung</ram:DepartmentName><ram:EmailURIUniversalCommunication><ram:URIID>ar@lieferant.example</ram:URIID></ram:EmailURIUniversalCommunication></ram:DefinedTradeContact>
            <ram:PostalTradeAddress><ram:PostcodeCode>80333</ram:PostcodeCode><ram:LineOne>Lieferweg 1</ram:LineOne><ram:LineTwo>Tor 2</ram:LineTwo><ram:CityName>München</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
            <ram:URIUniversalCommunication><ram:URIID schemeID="EM">invoices@lieferant.example</ram:URIID></ram:URIUniversalCommunication>
            <ram:SpecifiedTaxRegistration><ram:ID schemeID="FC">143/123/45678</ram:ID></ram:SpecifiedTaxRegistration>
            <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE123456789</ram:ID></ram:SpecifiedTaxRegistration>
          </ram:SellerTradeParty>
          <ram:BuyerTradeParty><ram:GlobalID schemeID="0088">4000001000012</ram:GlobalID><ram:Name>Kunde AG</ram:Name></ram:BuyerTradeParty>
          <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>PO-9</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>
        </ram:ApplicableHeaderTradeAgreement>
        <ram:ApplicableHeaderTradeDelivery/>
        <ram:ApplicableHeaderTradeSettlement>
          <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
    \(settlement)
          <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
            <ram:LineTotalAmount>100.00</ram:LineTotalAmount>
            <ram:TaxBasisTotalAmount>100.00</ram:TaxBasisTotalAmount>
            <ram:TaxTotalAmount currencyID="USD">21.00</ram:TaxTotalAmount>
            <ram:TaxTotalAmount currencyID="EUR">19.00</ram:TaxTotalAmount>
            <ram:GrandTotalAmount>119.00</ram:GrandTotalAmount>
            <ram:TotalPrepaidAmount>0.00</ram:TotalPrepaidAmount>
            <ram:RoundingAmount>0</ram:RoundingAmount>
            <ram:DuePayableAmount>119.00</ram:DuePayableAmount>
          </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
          <ram:InvoiceReferencedDocument><ram:IssuerAssignedID>RE-2023-90</ram:IssuerAssignedID></ram:InvoiceReferencedDocument>
        </ram:ApplicableHeaderTradeSettlement>
      </rsm:SupplyChainTradeTransaction>
    </rsm:CrossIndustryInvoice>
    """
  }

  static let paymentSettlement = """
          <ram:CreditorReferenceID>DE98ZZZ09999999999</ram:CreditorReferenceID>
          <ram:PaymentReference>RE-2024-17</ram:PaymentReference>
          <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>DE02120300000000202051</ram:IBANID></ram:PayeePartyCreditorFinancialAccount><ram:PayeeSpecifiedCreditorFinancialInstitution><ram:BICID>BYLADEM1001</ram:BICID></ram:PayeeSpecifiedCreditorFinancialInstitution></ram:SpecifiedTradeSettlementPaymentMeans>
          <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>59</ram:TypeCode><ram:PayerPartyDebtorFinancialAccount><ram:IBANID>DE75512108001245126199</ram:IBANID></ram:PayerPartyDebtorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>
          <ram:SpecifiedTradePaymentTerms><ram:Description>2 % Skonto bis 10.03.2024</ram:Description><ram:DueDateDateTime><udt:DateTimeString format="102">20240331</udt:DateTimeString></ram:DueDateDateTime><ram:DirectDebitMandateID>MANDATE-9</ram:DirectDebitMandateID></ram:SpecifiedTradePaymentTerms>
          <ram:SpecifiedTradePaymentTerms><ram:Description>netto 30 Tage</ram:Description><ram:DueDateDateTime><udt:DateTimeString format="102">20240415</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
    """

  @Test("a CII invoice gives its header terms; dates keep format=\"102\" as qualifier")
  func header() throws {
    let document = try EInvoiceFixture.read(Self.invoice())
    #expect(document.syntax == .cii)
    #expect(document.rootName == "CrossIndustryInvoice")
    #expect(document.specification?.text == "urn:cen.eu:en16931:2017")
    #expect(document.businessProcess?.text == "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0")
    #expect(document.number?.text == "RE-2024-17")
    #expect(document.typeCode?.text == "380")
    #expect(
      document.issueDate
        == XMLText(
          text: "20240301", qualifier: "102",
          path: "/CrossIndustryInvoice/ExchangedDocument/IssueDateTime/DateTimeString", line: 10))
    #expect(document.dueDate?.text == "20240331", "the first terms' due date")
    #expect(document.dueDate?.qualifier == "102")
    #expect(document.paymentTerms.map(\.text) == ["2 % Skonto bis 10.03.2024", "netto 30 Tage"])
    #expect(document.buyerReference?.text == "04011000-12345-34")
    #expect(document.orderReference?.text == "PO-9")
    #expect(document.precedingInvoices.map(\.text) == ["RE-2023-90"])
    #expect(document.creditorID?.text == "DE98ZZZ09999999999")
    #expect(document.currency?.text == "EUR")
  }

  @Test("CII parties: first ID, VA registration as VAT ID, contact department, address lines")
  func parties() throws {
    let document = try EInvoiceFixture.read(Self.invoice())
    let seller = document.seller
    #expect(seller.name?.text == "Lieferant GmbH")
    #expect(seller.identifier?.text == "LIEF-1")
    #expect(seller.vatID?.text == "DE123456789", "FC is the tax number, not the VAT ID")
    #expect(seller.vatID?.qualifier == "VA")
    #expect(seller.legalID?.text == "HRB 1")
    #expect(seller.electronicAddress?.text == "invoices@lieferant.example")
    #expect(seller.electronicAddress?.qualifier == "EM")
    #expect(seller.addressLines.map(\.text) == ["Lieferweg 1", "Tor 2"])
    #expect(seller.city?.text == "München")
    #expect(seller.postalCode?.text == "80333")
    #expect(seller.countryCode?.text == "DE")
    #expect(seller.contactEmail?.text == "ar@lieferant.example")
    #expect(seller.contactName?.text == "Buchhaltung")
    #expect(document.buyer.identifier?.qualifier == "0088")
    #expect(document.buyer.name?.text == "Kunde AG")
  }

  @Test("every payment means carries the settlement's payment reference and mandate")
  func paymentMeans() throws {
    let document = try EInvoiceFixture.read(Self.invoice())
    #expect(document.paymentMeans.map { $0.code?.text } == ["58", "59"])
    #expect(
      document.paymentMeans.map { $0.paymentReference?.text } == ["RE-2024-17", "RE-2024-17"])
    #expect(document.paymentMeans.map { $0.mandateID?.text } == ["MANDATE-9", "MANDATE-9"])
    #expect(document.paymentMeans[0].accountID?.text == "DE02120300000000202051")
    #expect(document.paymentMeans[0].bankID?.text == "BYLADEM1001")
    #expect(document.paymentMeans[1].debitedAccountID?.text == "DE75512108001245126199")
    let totals = document.totals
    #expect(totals.lineTotal?.text == "100.00")
    #expect(totals.taxExclusive?.text == "100.00")
    #expect(totals.taxTotal?.text == "19.00", "the EUR one, not the USD tax currency")
    #expect(totals.taxInclusive?.text == "119.00")
    #expect(totals.prepaid?.text == "0.00")
    #expect(totals.rounding?.text == "0")
    #expect(totals.payable?.text == "119.00")
    #expect(totals.payable?.qualifier == nil)
  }

  @Test("a payment reference without payment means becomes one payment means carrying it")
  func referenceWithoutMeans() throws {
    let settlement = "<ram:PaymentReference>KID 0003434323213231</ram:PaymentReference>"
    let document = try EInvoiceFixture.read(Self.invoice(settlement: settlement))
    #expect(document.paymentMeans.count == 1)
    #expect(document.paymentMeans.first?.paymentReference?.text == "KID 0003434323213231")
    #expect(document.paymentMeans.first?.code == nil)
    #expect(document.dueDate == nil && document.paymentTerms.isEmpty)
  }

  @Test("a mandate in the terms without payment means becomes one payment means carrying it")
  func mandateWithoutMeans() throws {
    let settlement =
      "<ram:SpecifiedTradePaymentTerms><ram:DirectDebitMandateID>M-1</ram:DirectDebitMandateID>"
      + "</ram:SpecifiedTradePaymentTerms>"
    let document = try EInvoiceFixture.read(Self.invoice(settlement: settlement))
    #expect(document.paymentMeans.map { $0.mandateID?.text } == ["M-1"])
    #expect(document.paymentMeans.first?.paymentReference == nil)
  }

  @Test("no settlement payment data gives no payment means")
  func noPaymentData() throws {
    let document = try EInvoiceFixture.read(Self.invoice(settlement: ""))
    #expect(document.paymentMeans.isEmpty)
    #expect(document.creditorID == nil)
  }
}
