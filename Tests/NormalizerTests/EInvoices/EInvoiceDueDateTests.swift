import Normalizer
import Parsers
import Receivables
import Testing

/// The due date comes from the first step that gives one, and the item says which.
struct EInvoiceDueDateTests {
  @Test("the document's own due date comes first")
  func documentDueDate() throws {
    var fixture = EInvoiceFixture(due: "2026-03-31")
    var means = EInvoicePaymentMeans()
    means.dueDate = EInvoiceFixture.text("2026-04-30", "cac:PaymentMeans/cbc:PaymentDueDate")
    fixture.document.paymentMeans = [means]
    let item = try fixture.normalize()
    #expect(item.dueDate.iso8601 == "2026-03-31")
    #expect(item.dueDateBasis?.origin == .document)
  }

  @Test("a credit note's due date is read from PaymentMeans/PaymentDueDate")
  func paymentMeansDueDate() throws {
    var fixture = EInvoiceFixture(root: "CreditNote", type: "381", due: nil)
    var means = EInvoicePaymentMeans()
    means.dueDate = EInvoiceFixture.text("2026-04-30", "cac:PaymentMeans/cbc:PaymentDueDate")
    fixture.document.paymentMeans = [means]
    let item = try fixture.normalize()
    #expect(item.dueDate.iso8601 == "2026-04-30")
    #expect(item.dueDateBasis?.origin == .paymentMeans)
  }

  @Test("a credit without any due date is available from its issue date")
  func creditWithoutDueDate() throws {
    let item = try EInvoiceFixture(root: "CreditNote", type: "381", due: nil).normalize()
    #expect(item.dueDate.iso8601 == "2026-03-01")
    #expect(item.dueDateBasis?.origin == .issueDate)
  }

  @Test("without a due date the customer's terms win over the source's default terms")
  func terms() throws {
    var fixture = EInvoiceFixture(due: nil)
    let bySource = try fixture.normalize()
    #expect(bySource.dueDate.iso8601 == "2026-03-31")
    #expect(bySource.dueDateBasis == DueDateBasis(.sourceTerms, days: 30, source: "einvoice"))
    #expect(bySource.warnings.contains { $0.hasPrefix("BR-CO-25") })
    fixture.document.buyer.identifier = EInvoiceFixture.text("C-77", "cbc:ID")
    let byCustomer = try fixture.normalize()
    #expect(byCustomer.dueDate.iso8601 == "2026-03-15")
    #expect(byCustomer.dueDateBasis?.origin == .customerTerms)
    #expect(byCustomer.dueDateBasis?.description.contains("issue date + 14 days") == true)
  }

  @Test("payment terms text satisfies BR-CO-25 but is never parsed into a date")
  func termsText() throws {
    var fixture = EInvoiceFixture(due: nil)
    fixture.document.paymentTerms = [EInvoiceFixture.text("Net 10 days", "cbc:Note")]
    let item = try fixture.normalize()
    #expect(item.dueDate.iso8601 == "2026-03-31")
    #expect(!item.warnings.contains { $0.hasPrefix("BR-CO-25") })
  }

  @Test("no due date and no terms in the mapping is refused, naming the mapping setting")
  func noTerms() {
    var mapping = EInvoiceFixture.mapping
    mapping.defaults.paymentTermsDays = nil
    #expect {
      _ = try EInvoiceFixture(due: nil).normalize(mapping: mapping)
    } throws: { error in
      (error as? EInvoiceProblem)?.fix.contains("paymentTermsDays") == true
    }
  }

  @Test("a direct debit is not dunned before its collection date plus the settling margin")
  func directDebit() throws {
    var fixture = EInvoiceFixture(due: "2026-03-31")
    var means = EInvoicePaymentMeans()
    means.code = EInvoiceFixture.text("59", "cac:PaymentMeans/cbc:PaymentMeansCode")
    means.mandateID = EInvoiceFixture.text("MANDATE-1", "cac:PaymentMandate/cbc:ID")
    fixture.document.paymentMeans = [means]
    let item = try fixture.normalize()
    #expect(item.dunnableFrom?.iso8601 == "2026-04-05")
    #expect(!item.mayBeDunned(on: try LocalDate(iso8601: "2026-04-04")))
    #expect(item.mayBeDunned(on: try LocalDate(iso8601: "2026-04-05")))
    #expect(item.provenance["mandate (BT-89)"] == "MANDATE-1")
  }

  @Test(
    "dates: UBL with a zone suffix, CII format 102; other CII formats are refused",
    arguments: [
      ("2016-04-04+01:00", nil, "2016-04-04"), ("2016-04-04Z", nil, "2016-04-04"),
      ("20130410", "102", "2013-04-10"),
    ] as [(String, String?, String)])
  func dates(text: String, format: String?, expected: String) throws {
    var fixture = EInvoiceFixture()
    fixture.document.issueDate = XMLText(
      text: text, qualifier: format, path: "/Invoice/cbc:IssueDate", line: 5)
    #expect(try fixture.normalize().issueDate.iso8601 == expected)
  }

  @Test("a CII date in format 610 (a month) is refused at its element")
  func monthFormat() {
    var fixture = EInvoiceFixture()
    fixture.document.issueDate = XMLText(
      text: "201304", qualifier: "610", path: "/rsm:CrossIndustryInvoice/x", line: 7)
    #expect {
      _ = try fixture.normalize()
    } throws: { error in
      let problem = error as? EInvoiceProblem
      return problem?.line == 7 && problem?.message.contains("format 610") == true
    }
  }
}
