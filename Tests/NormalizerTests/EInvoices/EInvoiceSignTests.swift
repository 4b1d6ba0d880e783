import Normalizer
import Parsers
import Receivables
import Testing

/// Credits come in three shapes and end up the same: ledger sign = (−1 for credit kinds,
/// +1 otherwise) × BT-115.
struct EInvoiceSignTests {
  @Test(
    "the ledger amount is the credit sign times the amount due",
    arguments: [
      ("Invoice", "380", "121.00", "121.00", OpenItem.Kind.invoice, "121.00", "121.00"),
      ("CreditNote", "381", "121.00", "121.00", .creditNote, "-121.00", "-121.00"),
      ("Invoice", "381", "121.00", "121.00", .creditNote, "-121.00", "-121.00"),
      ("Invoice", "380", "-121.00", "-121.00", .creditNote, "-121.00", "-121.00"),
      ("Invoice", "389", "357.00", "357.00", .invoice, "357.00", "357.00"),
      ("Invoice", "877", "23044105.65", "24108422.99", .invoice, "24108422.99", "23044105.65"),
      ("Invoice", "380", "0.00", "12829.69", .invoice, "12829.69", "0.00"),
      ("Invoice", "380", "-225.14", "804.86", .creditNote, "-225.14", "-225.14"),
      ("CreditNote", "381", "9165.10", "10000.00", .creditNote, "-10000.00", "-9165.10"),
    ])
  func sign(
    root: String, type: String, payable: String, inclusive: String, kind: OpenItem.Kind,
    amount: String, open: String
  ) throws {
    let item = try EInvoiceFixture(
      root: root, type: type, payable: payable, inclusive: inclusive
    ).normalize()
    #expect(item.kind == kind)
    #expect(item.amount.decimalString == amount)
    #expect(item.openAmount.decimalString == open)
  }

  @Test("a national type code is refused with the code in the message unless a mapping names it")
  func nationalCodes() throws {
    let fixture = EInvoiceFixture(type: "SATIS")
    #expect {
      _ = try fixture.normalize()
    } throws: { error in
      let problem = try #require(error as? EInvoiceProblem)
      return problem.message.contains("'SATIS'")
        && problem.element == "/Invoice/cbc:InvoiceTypeCode"
        && problem.fix.contains("eInvoices.typeCodes")
    }
    var mapping = EInvoiceFixture.mapping
    mapping.eInvoices.typeCodes = ["SATIS": .invoice, "IADE": .creditNote]
    #expect(try fixture.normalize(mapping: mapping).kind == .invoice)
    #expect(try EInvoiceFixture(type: "IADE").normalize(mapping: mapping).kind == .creditNote)
  }

  @Test("751 accounting information is booked but held from dunning unless the mapping says so")
  func accountingInformation() throws {
    let item = try EInvoiceFixture(type: "751").normalize()
    #expect(item.dunningHold?.contains("751") == true)
    #expect(!item.mayBeDunned(on: try LocalDate(iso8601: "2027-01-01")))
    var mapping = EInvoiceFixture.mapping
    mapping.eInvoices.remindAccountingInformation = true
    #expect(try EInvoiceFixture(type: "751").normalize(mapping: mapping).dunningHold == nil)
  }

  @Test(
    "a 384 correction is booked as written with a warning that the corrected invoice stays open")
  func correction() throws {
    var fixture = EInvoiceFixture(type: "384", payable: "-8.79", inclusive: "-8.79")
    fixture.document.precedingInvoices = [EInvoiceFixture.text("R87654321012345", "BT-25")]
    let item = try fixture.normalize()
    #expect(item.amount.decimalString == "-8.79")
    #expect(item.precedingInvoice == "R87654321012345")
    #expect(item.typeCode == "384")
    #expect(item.warnings.contains { $0.contains("corrected invoice (384) of R87654321012345") })
  }

  @Test("an EHF reminder in invoice syntax is refused: it is not a new receivable")
  func reminder() {
    var fixture = EInvoiceFixture(type: nil)
    fixture.document.specification = EInvoiceFixture.text(
      "urn:fdc:anskaffelser.no:2019:ehf:spec:reminder:3.0", "cbc:CustomizationID")
    #expect(throws: EInvoiceProblem.self) { try fixture.normalize() }
    let assumed = EInvoiceFixture(type: nil)
    #expect(throws: Never.self) { try assumed.normalize() }
  }
}
