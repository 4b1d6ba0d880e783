import Foundation
import Parsers

/// Small e-invoices written for these tests (not taken from any sender).
enum EInvoiceFixture {
  static let ublInvoiceNamespace = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
  static let cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
  static let cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"

  /// Parses and reads a fixture.
  static func read(_ text: String, file: String = "invoice.xml") throws -> EInvoiceDocument {
    try EInvoiceReader.read(Data(text.utf8), file: file)
  }

  /// A UBL invoice with unusual prefixes (`x:` root, `b:` for cbc, `a:` for cac) and a foreign
  /// `other:ID` that must not be taken for the number. Line numbers are relied on by tests.
  static let ublOddPrefixes = """
    <?xml version="1.0" encoding="UTF-8"?>
    <x:Invoice xmlns:x="\(ublInvoiceNamespace)" xmlns:b="\(cbc)" xmlns:a="\(cac)"
      xmlns:other="urn:example:other">
      <b:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</b:CustomizationID>
      <b:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</b:ProfileID>
      <other:ID>NOT-THE-NUMBER</other:ID>
      <b:ID>INV-2024-001</b:ID>
      <b:IssueDate>2024-03-01</b:IssueDate>
      <b:DueDate>2024-03-31</b:DueDate>
      <b:InvoiceTypeCode>380</b:InvoiceTypeCode>
      <b:DocumentCurrencyCode>EUR</b:DocumentCurrencyCode>
      <b:BuyerReference>PO-CONTACT-7</b:BuyerReference>
      <a:OrderReference><b:ID>PO-4711</b:ID></a:OrderReference>
      <a:BillingReference><a:InvoiceDocumentReference><b:ID>INV-2023-099</b:ID></a:InvoiceDocumentReference></a:BillingReference>
      <a:BillingReference><a:InvoiceDocumentReference><b:ID>INV-2023-100</b:ID></a:InvoiceDocumentReference></a:BillingReference>
      <a:AccountingSupplierParty>
        <a:Party>
          <b:EndpointID schemeID="0088">4000001000005</b:EndpointID>
          <a:PartyIdentification><b:ID schemeID="SEPA">DE98ZZZ09999999999</b:ID></a:PartyIdentification>
          <a:PartyIdentification><b:ID schemeID="0088">4000001000005</b:ID></a:PartyIdentification>
          <a:PartyName><b:Name>Muster Trading</b:Name></a:PartyName>
          <a:PostalAddress>
            <b:StreetName>Hauptstraße 1</b:StreetName>
            <b:AdditionalStreetName>Hinterhaus</b:AdditionalStreetName>
            <b:CityName>Berlin</b:CityName>
            <b:PostalZone>10115</b:PostalZone>
            <a:AddressLine><b:Line>3. OG</b:Line></a:AddressLine>
            <a:Country><b:IdentificationCode>DE</b:IdentificationCode></a:Country>
          </a:PostalAddress>
          <a:PartyTaxScheme><b:CompanyID>201/113/40209</b:CompanyID><a:TaxScheme><b:ID>TAX</b:ID></a:TaxScheme></a:PartyTaxScheme>
          <a:PartyTaxScheme><b:CompanyID>DE123456789</b:CompanyID><a:TaxScheme><b:ID>VAT</b:ID></a:TaxScheme></a:PartyTaxScheme>
          <a:PartyLegalEntity><b:RegistrationName>Muster Trading GmbH</b:RegistrationName><b:CompanyID schemeID="0204">HRB 12345</b:CompanyID></a:PartyLegalEntity>
          <a:Contact><b:Name>Accounts</b:Name><b:ElectronicMail>ar@muster.example</b:ElectronicMail></a:Contact>
        </a:Party>
      </a:AccountingSupplierParty>
      <a:AccountingCustomerParty>
        <a:Party>
          <b:EndpointID schemeID="EM">ap@kunde.example</b:EndpointID>
          <a:PartyName><b:Name>Kunde AG</b:Name></a:PartyName>
          <a:PostalAddress><b:CityName>Köln</b:CityName><a:Country><b:IdentificationCode>DE</b:IdentificationCode></a:Country></a:PostalAddress>
        </a:Party>
      </a:AccountingCustomerParty>
      <a:PaymentMeans>
        <b:PaymentMeansCode name="SEPA credit transfer">58</b:PaymentMeansCode>
        <b:PaymentID>RF18539007547034</b:PaymentID>
        <a:PayeeFinancialAccount>
          <b:ID>DE02120300000000202051</b:ID>
          <a:FinancialInstitutionBranch><b:ID>BYLADEM1001</b:ID></a:FinancialInstitutionBranch>
        </a:PayeeFinancialAccount>
      </a:PaymentMeans>
      <a:PaymentTerms><b:Note>30 days net</b:Note></a:PaymentTerms>
      <a:PaymentTerms><b:Note>2 % within 10 days</b:Note></a:PaymentTerms>
      <a:TaxTotal><b:TaxAmount currencyID="SEK">210.50</b:TaxAmount></a:TaxTotal>
      <a:TaxTotal><b:TaxAmount currencyID="EUR">19.00</b:TaxAmount></a:TaxTotal>
      <a:LegalMonetaryTotal>
        <b:LineExtensionAmount currencyID="EUR">100.00</b:LineExtensionAmount>
        <b:TaxExclusiveAmount currencyID="EUR">100.00</b:TaxExclusiveAmount>
        <b:TaxInclusiveAmount currencyID="EUR">119.00</b:TaxInclusiveAmount>
        <b:PrepaidAmount currencyID="EUR">20.00</b:PrepaidAmount>
        <b:PayableRoundingAmount currencyID="EUR">0.01</b:PayableRoundingAmount>
        <b:PayableAmount currencyID="EUR">99.01</b:PayableAmount>
      </a:LegalMonetaryTotal>
      <a:InvoiceLine><b:ID>1</b:ID><b:LineExtensionAmount currencyID="EUR">100.00</b:LineExtensionAmount></a:InvoiceLine>
    </x:Invoice>
    """

  /// A UBL 2.0-style invoice: root prefix `Bob:`, cbc as the DEFAULT namespace, cac as `Sally:`.
  static let ublDefaultNamespace = """
    <?xml version="1.0" encoding="UTF-8"?>
    <Bob:Invoice xmlns="\(cbc)" xmlns:Sally="\(cac)" xmlns:Bob="\(ublInvoiceNamespace)">
      <UBLVersionID>2.0</UBLVersionID>
      <ID>A00095678</ID>
      <IssueDate>2005-06-21</IssueDate>
      <InvoiceTypeCode>SalesInvoice</InvoiceTypeCode>
      <Sally:AccountingSupplierParty>
        <Sally:Party><Sally:PartyName><Name>Consortial</Name></Sally:PartyName></Sally:Party>
      </Sally:AccountingSupplierParty>
      <Sally:PaymentMeans>
        <PaymentMeansCode>20</PaymentMeansCode>
        <PaymentDueDate>2005-07-21</PaymentDueDate>
      </Sally:PaymentMeans>
      <Sally:LegalMonetaryTotal>
        <PayableAmount currencyID="GBP">107.50</PayableAmount>
      </Sally:LegalMonetaryTotal>
    </Bob:Invoice>
    """

  /// A UBL credit note paid back by SEPA direct debit reversal, due in its PaymentMeans.
  static let ublCreditNote = """
    <?xml version="1.0" encoding="UTF-8"?>
    <CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
      xmlns:cbc="\(cbc)" xmlns:cac="\(cac)">
      <cbc:ID>CN-7</cbc:ID>
      <cbc:IssueDate>2024-04-02</cbc:IssueDate>
      <cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>
      <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
      <cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>INV-1</cbc:ID></cac:InvoiceDocumentReference></cac:BillingReference>
      <cac:BillingReference><cac:CreditNoteDocumentReference><cbc:ID>CN-1</cbc:ID></cac:CreditNoteDocumentReference></cac:BillingReference>
      <cac:PayeeParty><cac:PartyIdentification><cbc:ID schemeID="SEPA">DE98ZZZ09999999999</cbc:ID></cac:PartyIdentification></cac:PayeeParty>
      <cac:PaymentMeans>
        <cbc:PaymentMeansCode>59</cbc:PaymentMeansCode>
        <cbc:PaymentDueDate>2024-04-30</cbc:PaymentDueDate>
        <cbc:PaymentID>CN-7</cbc:PaymentID>
        <cac:PaymentMandate>
          <cbc:ID>MANDATE-1</cbc:ID>
          <cac:PayerFinancialAccount><cbc:ID>DE75512108001245126199</cbc:ID></cac:PayerFinancialAccount>
        </cac:PaymentMandate>
      </cac:PaymentMeans>
      <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="EUR">50.00</cbc:PayableAmount></cac:LegalMonetaryTotal>
    </CreditNote>
    """

  /// A minimal UBL invoice for envelope and hostile-input tests.
  static let ublMinimal = """
    <Invoice xmlns="\(ublInvoiceNamespace)" xmlns:cbc="\(cbc)" xmlns:cac="\(cac)">
      <cbc:ID>MIN-1</cbc:ID>
      <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="EUR">1.00</cbc:PayableAmount></cac:LegalMonetaryTotal>
    </Invoice>
    """

  /// `payload` inside a Peppol Standard Business Document Header envelope.
  static func envelope(_ payload: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <StandardBusinessDocument xmlns="http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader">
      <StandardBusinessDocumentHeader>
        <HeaderVersion>1.0</HeaderVersion>
        <Sender><Identifier Authority="iso6523-actorid-upis">0088:7315458756324</Identifier></Sender>
        <Receiver><Identifier Authority="iso6523-actorid-upis">0192:987654325</Identifier></Receiver>
        <DocumentIdentification>
          <Standard>urn:oasis:names:specification:ubl:schema:xsd:Invoice-2</Standard>
          <TypeVersion>2.1</TypeVersion>
          <InstanceIdentifier>5d1e6c5a-0000-4000-8000-000000000001</InstanceIdentifier>
          <Type>Invoice</Type>
        </DocumentIdentification>
      </StandardBusinessDocumentHeader>
    \(payload)
    </StandardBusinessDocument>
    """
  }
}
