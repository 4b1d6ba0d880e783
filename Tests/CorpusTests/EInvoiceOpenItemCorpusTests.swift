import Foundation
import Normalizer
import Parsers
import Receivables
import Testing

/// Every corpus e-invoice becomes the open item of the hand-checked table, or is refused with
/// the expected reason.
@Suite(.enabled(if: Corpus.isAvailable, "needs shared/corpus above the package"))
struct EInvoiceOpenItemCorpusTests {
  static let mappings: [SourceMapping] = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("mappings/sources")
    return (try? SourceMapping.loadAll(from: folder)) ?? []
  }()

  /// Reads a corpus file the way the inbox does: reader, mapping choice, normaliser.
  static func openItem(_ path: String) throws -> OpenItem {
    let name = (path as NSString).lastPathComponent
    let document = try EInvoiceReader.read(Corpus.bytes("einvoice/\(path)"), file: name)
    let mapping = try #require(
      EInvoiceMappingChoice.choose(for: document, fileName: name, among: mappings))
    return try EInvoiceNormalizer(mapping: mapping).normalize(document, file: name).items[0]
  }

  @Test(
    "each corpus e-invoice becomes the open item checked by hand",
    arguments: EInvoiceOpenItemRow.table)
  func openItem(_ row: EInvoiceOpenItemRow) throws {
    let item = try Self.openItem(row.path)
    #expect(item.number == row.number)
    #expect(item.customerID == row.customer)
    #expect(item.currency.code == row.currency)
    #expect(item.openAmount.decimalString == row.open)
    #expect(item.dueDate.iso8601 == row.due)
    #expect(item.dueDateBasis?.origin == row.basis)
    #expect((item.paymentReference?.value ?? item.paymentReferenceText) == row.reference)
    #expect(item.kind == (item.amount.isNegative ? .creditNote : .invoice))
  }

  @Test(
    "corpus files that are not receivables are refused with the reason",
    arguments: EInvoiceOpenItemRefusal.table)
  func refusal(_ row: EInvoiceOpenItemRefusal) throws {
    do {
      _ = try Self.openItem(row.path)
      Issue.record("\(row.path) must be refused")
    } catch let error as ParseError {
      #expect(error.message.contains(row.reason), "\(error.message)")
    } catch let error as EInvoiceProblem {
      #expect(error.message.contains(row.reason), "\(error.message)")
    }
  }

  @Test(
    "the same business case in UBL and CII gives the same open item",
    arguments: [
      ("ubl/xrechnung-01.18a-INVOICE_ubl.xml", "cii/xrechnung-01.18a-INVOICE_uncefact.xml"),
      ("ubl/xrechnung-03.01a-INVOICE_ubl.xml", "cii/xrechnung-03.01a-INVOICE_uncefact.xml"),
    ])
  func twins(ubl: String, cii: String) throws {
    let (left, right) = (try Self.openItem(ubl), try Self.openItem(cii))
    #expect(left.number == right.number)
    #expect(left.kind == right.kind)
    #expect(left.customerID == right.customerID)
    #expect(left.issueDate == right.issueDate)
    #expect(left.dueDate == right.dueDate)
    #expect(left.dueDateBasis?.origin == right.dueDateBasis?.origin)
    #expect(left.amount == right.amount)
    #expect(left.openAmount == right.openAmount)
    #expect(left.precedingInvoice == right.precedingInvoice)
    #expect(left.dunnableFrom == right.dunnableFrom)
  }

  @Test(
    "type rules on real files: 751 held, 384 linked and warned, a prepaid invoice open for the rest"
  )
  func typeRules() throws {
    let information = try Self.openItem("cii/phive-minimum-factur-x-1.xml")
    #expect(information.dunningHold?.contains("751") == true)
    let correction = try Self.openItem("cii/phive-extended-factur-x-20.xml")
    #expect(correction.precedingInvoice == "RE1234567890")
    #expect(correction.warnings.contains { $0.contains("corrected invoice (384)") })
    let prepaid = try Self.openItem("ubl/peppolbis-Allowance-example.xml")
    #expect(prepaid.amount.decimalString == "7125.00")
    #expect(prepaid.openAmount.decimalString == "6125.00")
    #expect(prepaid.provenance["prepaid (BT-113)"] == "1000.00")
    let directDebit = try Self.openItem("cii/xrechnung-03.01a-INVOICE_uncefact.xml")
    #expect(directDebit.kind == .creditNote)
    let turkish = try Self.openItem("ubl/phive-Good_TemelFatura.xml")
    #expect(turkish.typeCode == "SATIS")
  }
}
