import Normalizer
import Parsers
import Receivables
import Testing

/// The business rules that matter for receivables are warnings on the item, never rejections;
/// what cannot be booked exactly is refused at its element.
struct EInvoiceCheckTests {
  @Test("BR-CO-16: amount due ≠ total − prepaid + rounding is a warning; the amount due is booked")
  func amountDueRule() throws {
    var fixture = EInvoiceFixture(payable: "100.00", inclusive: "121.00")
    let item = try fixture.normalize()
    #expect(item.openAmount.decimalString == "100.00")
    #expect(item.warnings.contains { $0.hasPrefix("BR-CO-16") && $0.contains("121.00") })
    fixture.document.totals.prepaid = EInvoiceFixture.text("21.00", "x", qualifier: "EUR")
    #expect(!(try fixture.normalize()).warnings.contains { $0.hasPrefix("BR-CO-16") })
  }

  @Test("an amount due in another currency than BT-5 is refused; another total's is a warning")
  func currencies() throws {
    var fixture = EInvoiceFixture()
    fixture.document.totals.payable?.qualifier = "USD"
    #expect {
      _ = try fixture.normalize()
    } throws: { error in
      (error as? EInvoiceProblem)?.message.contains("USD") == true
    }
    var other = EInvoiceFixture()
    other.document.totals.taxInclusive?.qualifier = "USD"
    #expect(try other.normalize().warnings.contains { $0.hasPrefix("currency:") })
  }

  @Test("more decimals than the currency has: refused for the amount due, never rounded")
  func decimals() throws {
    #expect(throws: EInvoiceProblem.self) {
      try EInvoiceFixture(payable: "121.005").normalize()
    }
    #expect(
      try EInvoiceFixture(payable: "121.000", inclusive: "121.000").normalize().openAmount
        .decimalString == "121.00")
    let yen = try EInvoiceFixture(currency: "JPY", payable: "289490", inclusive: "289490")
      .normalize()
    #expect(yen.openAmount.minorUnits == 289490)
  }

  @Test("without BT-5 the currency is taken from the amount due, with a warning")
  func missingCurrency() throws {
    var fixture = EInvoiceFixture(currency: nil)
    fixture.document.totals.payable?.qualifier = "EUR"
    let item = try fixture.normalize()
    #expect(item.currency.code == "EUR")
    #expect(item.warnings.contains { $0.hasPrefix("BT-5") })
  }

  @Test("schema problems are warnings on the item")
  func schemaWarnings() throws {
    let file = try EInvoiceNormalizer(mapping: EInvoiceFixture.mapping).normalize(
      EInvoiceFixture().document, file: "in.xml",
      schemaProblems: [SchemaProblem(line: 12, message: "Element 'x': not expected.")])
    #expect(file.items[0].warnings == ["schema: Element 'x': not expected. (line 12)"])
    #expect(file.warnings == ["INV-1: schema: Element 'x': not expected. (line 12)"])
  }

  @Test("the customer number follows the mapping's order of buyer identifiers")
  func customerNumber() throws {
    var fixture = EInvoiceFixture()
    fixture.document.buyer.vatID = EInvoiceFixture.text("NL999", "cbc:CompanyID")
    fixture.document.buyer.electronicAddress = XMLText(
      text: "12345", qualifier: "0088", path: "/Invoice/cbc:EndpointID", line: 3)
    #expect(try fixture.normalize().customerID == "C-42")
    var mapping = EInvoiceFixture.mapping
    mapping.eInvoices.customerID = [.buyerAddress, .buyerVAT]
    #expect(try fixture.normalize(mapping: mapping).customerID == "0088:12345")
    fixture.document.buyer = EInvoiceParty()
    #expect(throws: EInvoiceProblem.self) { try fixture.normalize() }
  }

  @Test("payment references: kept as written, checked when they follow a scheme")
  func references() throws {
    func item(_ reference: String, sellerCountry: String? = nil) throws -> OpenItem {
      var fixture = EInvoiceFixture()
      var means = EInvoicePaymentMeans()
      means.paymentReference = EInvoiceFixture.text(reference, "cbc:PaymentID")
      fixture.document.paymentMeans = [means]
      fixture.document.seller.countryCode = sellerCountry.map {
        EInvoiceFixture.text($0, "cbc:IdentificationCode")
      }
      return try fixture.normalize()
    }
    let free = try item("Deb. 10202 / Fact. 12115118")
    #expect(free.paymentReference == nil)
    #expect(free.paymentReferenceText == "Deb. 10202 / Fact. 12115118")
    #expect(try item("010676609538").paymentReference?.scheme == .belgianStructured)
    // A 16-digit KID from a Norwegian seller is a KID, not a Dutch betalingskenmerk.
    #expect(
      try item("1234567890123452", sellerCountry: "NO").paymentReference?.scheme
        == .norwegianKID)
    // The Peppol Norwegian example's KID fails its check digit: kept as text only.
    let unchecked = try item("0003434323213231", sellerCountry: "NO")
    #expect(unchecked.paymentReference == nil)
    #expect(unchecked.paymentReferenceText == "0003434323213231")
  }
}
