/// Small invoice XMLs written for the PDF tests (not taken from any sender).
public enum PDFInvoiceXML {
  /// A minimal Factur-X (CII) invoice with this number and amount due.
  public static func cii(number: String = "PDF-1", payable: String = "119.00") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <rsm:CrossIndustryInvoice
      xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
      xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
      xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
      <rsm:ExchangedDocument>
        <ram:ID>\(number)</ram:ID>
        <ram:TypeCode>380</ram:TypeCode>
        <ram:IssueDateTime><udt:DateTimeString format="102">20240301</udt:DateTimeString></ram:IssueDateTime>
      </rsm:ExchangedDocument>
      <rsm:SupplyChainTradeTransaction>
        <ram:ApplicableHeaderTradeSettlement>
          <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
          <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
            <ram:DuePayableAmount>\(payable)</ram:DuePayableAmount>
          </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        </ram:ApplicableHeaderTradeSettlement>
      </rsm:SupplyChainTradeTransaction>
    </rsm:CrossIndustryInvoice>
    """
  }

  /// A Factur-X invoice preceded by a DOCTYPE that declares an entity and uses it.
  public static let withEntity = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE rsm:CrossIndustryInvoice [<!ENTITY amount "999999.99">]>
    """ + "\n" + cii(payable: "&amount;").split(separator: "\n").dropFirst().joined(separator: "\n")
}
