import Foundation

/// A deterministic folder of e-invoices: two thirds Peppol BIS 3 UBL (one in ten a credit note
/// naming an earlier invoice), one third CII (Factur-X EN 16931), each about 4 KB with lines.
struct EInvoiceBenchmarkFiles {
  let count: Int

  /// Writes the files unless the folder already holds exactly this set.
  func write(to folder: URL) throws -> [URL] {
    let marker = folder.appendingPathComponent(".count")
    let names = (1...count).map { String(format: "einvoice-%06d.xml", $0) }
    let urls = names.map { folder.appendingPathComponent($0) }
    if (try? String(contentsOf: marker, encoding: .utf8)) == String(count) { return urls }
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var seed: UInt64 = 0x2026_1123
    for (index, url) in urls.enumerated() {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let random = seed >> 33
      let number = index + 1
      let lines = Int(random % 6) + 1
      let net = (1...lines).map { Int((random >> UInt64($0 * 3)) % 90_000) + 500 }
      let text =
        number % 3 == 0
        ? cii(number: number, customer: Int(random % 997), net: net)
        : ubl(number: number, customer: Int(random % 997), net: net, isCredit: number % 10 == 1)
      try Data(text.utf8).write(to: url)
    }
    try String(count).write(to: marker, atomically: true, encoding: .utf8)
    return urls
  }

  private func money(_ cents: Int) -> String {
    String(format: "%d.%02d", cents / 100, cents % 100)
  }

  private func date(_ number: Int, plus days: Int = 0) -> String {
    let day = (number + days) % 28 + 1
    let month = (number / 28 + days / 28) % 12 + 1
    return String(format: "2026-%02d-%02d", month, day)
  }

  private func ubl(number: Int, customer: Int, net: [Int], isCredit: Bool) -> String {
    let root = isCredit ? "CreditNote" : "Invoice"
    let total = net.reduce(0, +)
    let tax = total * 21 / 100
    var lines = ""
    for (index, amount) in net.enumerated() {
      let quantity = isCredit ? "CreditedQuantity" : "InvoicedQuantity"
      lines += """
          <cac:\(root)Line><cbc:ID>\(index + 1)</cbc:ID><cbc:\(quantity) unitCode="H87">1</cbc:\(quantity)>
            <cbc:LineExtensionAmount currencyID="EUR">\(money(amount))</cbc:LineExtensionAmount>
            <cac:Item><cbc:Name>Article \(index + 1) of document \(number)</cbc:Name>
              <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>21</cbc:Percent>
                <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
            <cac:Price><cbc:PriceAmount currencyID="EUR">\(money(amount))</cbc:PriceAmount></cac:Price>
          </cac:\(root)Line>

        """
    }
    let due = isCredit ? "" : "<cbc:DueDate>\(date(number, plus: 30))</cbc:DueDate>"
    let billing =
      isCredit
      ? "<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>B-\(number - 1)</cbc:ID></cac:InvoiceDocumentReference></cac:BillingReference>"
      : ""
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <\(root) xmlns="urn:oasis:names:specification:ubl:schema:xsd:\(root)-2"
        xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
        xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
        <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
        <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
        <cbc:ID>B-\(number)</cbc:ID><cbc:IssueDate>\(date(number))</cbc:IssueDate>\(due)
        <cbc:\(root)TypeCode>\(isCredit ? 381 : 380)</cbc:\(root)TypeCode>
        <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode><cbc:BuyerReference>PO-\(number)</cbc:BuyerReference>
        \(billing)
        <cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID="0106">12345678</cbc:EndpointID>
          <cac:PostalAddress><cbc:StreetName>Keizersgracht 123</cbc:StreetName><cbc:CityName>Amsterdam</cbc:CityName>
            <cbc:PostalZone>1015 CJ</cbc:PostalZone><cac:Country><cbc:IdentificationCode>NL</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
          <cac:PartyTaxScheme><cbc:CompanyID>NL123456789B01</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
          <cac:PartyLegalEntity><cbc:RegistrationName>Noorderlicht Supplies B.V.</cbc:RegistrationName></cac:PartyLegalEntity>
        </cac:Party></cac:AccountingSupplierParty>
        <cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID="0106">\(70_000_000 + customer)</cbc:EndpointID>
          <cac:PartyIdentification><cbc:ID>K\(customer)</cbc:ID></cac:PartyIdentification>
          <cac:PostalAddress><cbc:StreetName>Straat \(customer)</cbc:StreetName><cbc:CityName>Utrecht</cbc:CityName>
            <cbc:PostalZone>3512 AB</cbc:PostalZone><cac:Country><cbc:IdentificationCode>NL</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
          <cac:PartyLegalEntity><cbc:RegistrationName>Klant \(customer) B.V.</cbc:RegistrationName></cac:PartyLegalEntity>
          <cac:Contact><cbc:ElectronicMail>klant\(customer)@example.nl</cbc:ElectronicMail></cac:Contact>
        </cac:Party></cac:AccountingCustomerParty>
        <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cbc:PaymentID>B-\(number)</cbc:PaymentID>
          <cac:PayeeFinancialAccount><cbc:ID>NL91ABNA0417164300</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
        <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">\(money(tax))</cbc:TaxAmount></cac:TaxTotal>
        <cac:LegalMonetaryTotal>
          <cbc:LineExtensionAmount currencyID="EUR">\(money(total))</cbc:LineExtensionAmount>
          <cbc:TaxExclusiveAmount currencyID="EUR">\(money(total))</cbc:TaxExclusiveAmount>
          <cbc:TaxInclusiveAmount currencyID="EUR">\(money(total + tax))</cbc:TaxInclusiveAmount>
          <cbc:PayableAmount currencyID="EUR">\(money(total + tax))</cbc:PayableAmount>
        </cac:LegalMonetaryTotal>
      \(lines)</\(root)>

      """
  }

  private func cii(number: Int, customer: Int, net: [Int]) -> String {
    let total = net.reduce(0, +)
    let tax = total * 19 / 100
    let compact = { (text: String) in text.replacingOccurrences(of: "-", with: "") }
    var lines = ""
    for (index, amount) in net.enumerated() {
      lines += """
            <ram:IncludedSupplyChainTradeLineItem>
              <ram:AssociatedDocumentLineDocument><ram:LineID>\(index + 1)</ram:LineID></ram:AssociatedDocumentLineDocument>
              <ram:SpecifiedTradeProduct><ram:Name>Artikel \(index + 1)</ram:Name></ram:SpecifiedTradeProduct>
              <ram:SpecifiedLineTradeSettlement><ram:SpecifiedTradeSettlementLineMonetarySummation>
                <ram:LineTotalAmount>\(money(amount))</ram:LineTotalAmount>
              </ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>
            </ram:IncludedSupplyChainTradeLineItem>

        """
    }
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
        xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
        xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
        <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>
          <ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
        <rsm:ExchangedDocument><ram:ID>C-\(number)</ram:ID><ram:TypeCode>380</ram:TypeCode>
          <ram:IssueDateTime><udt:DateTimeString format="102">\(compact(date(number)))</udt:DateTimeString></ram:IssueDateTime>
        </rsm:ExchangedDocument>
        <rsm:SupplyChainTradeTransaction>
      \(lines)    <ram:ApplicableHeaderTradeAgreement>
            <ram:SellerTradeParty><ram:Name>Noorderlicht Supplies B.V.</ram:Name>
              <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">NL123456789B01</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
            <ram:BuyerTradeParty><ram:ID>K\(customer)</ram:ID><ram:Name>Kunde \(customer) GmbH</ram:Name>
              <ram:PostalTradeAddress><ram:PostcodeCode>50667</ram:PostcodeCode><ram:LineOne>Weg \(customer)</ram:LineOne>
                <ram:CityName>Köln</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress></ram:BuyerTradeParty>
          </ram:ApplicableHeaderTradeAgreement>
          <ram:ApplicableHeaderTradeDelivery/>
          <ram:ApplicableHeaderTradeSettlement>
            <ram:PaymentReference>C-\(number)</ram:PaymentReference>
            <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
            <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>
              <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>NL91ABNA0417164300</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
            </ram:SpecifiedTradeSettlementPaymentMeans>
            <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime>
              <udt:DateTimeString format="102">\(compact(date(number, plus: 30)))</udt:DateTimeString></ram:DueDateDateTime>
            </ram:SpecifiedTradePaymentTerms>
            <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
              <ram:LineTotalAmount>\(money(total))</ram:LineTotalAmount>
              <ram:TaxBasisTotalAmount>\(money(total))</ram:TaxBasisTotalAmount>
              <ram:TaxTotalAmount currencyID="EUR">\(money(tax))</ram:TaxTotalAmount>
              <ram:GrandTotalAmount>\(money(total + tax))</ram:GrandTotalAmount>
              <ram:DuePayableAmount>\(money(total + tax))</ram:DuePayableAmount>
            </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
          </ram:ApplicableHeaderTradeSettlement>
        </rsm:SupplyChainTradeTransaction>
      </rsm:CrossIndustryInvoice>

      """
  }
}
