import Foundation
import Ledger
import Normalizer
import Receivables
import Testing

/// The corpus's pairs, booked into a real ledger in either order: a credit note is linked to
/// the invoice it names, a 384 correction too, with a notice that the corrected invoice stays open.
@Suite(.enabled(if: Corpus.isAvailable, "needs shared/corpus above the package"))
struct EInvoicePairCorpusTests {
  private func book(_ paths: [String]) throws -> (Ledger, [ImportSummary], URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arflow-pair-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let ledger = try Ledger(path: folder.appendingPathComponent("ledger.sqlite").path)
    var summaries: [ImportSummary] = []
    for (index, path) in paths.enumerated() {
      let item = try EInvoiceOpenItemCorpusTests.openItem(path)
      var file = FileImport(
        sha256: String(repeating: "\(index)", count: 64), name: path, kind: .eInvoice,
        processedOn: try LocalDate(iso8601: "2026-11-23"),
        customers: [Customer(id: item.customerID, name: item.customerID)], items: [item])
      file.customersFillGapsOnly = true
      summaries.append(try ledger.commit(file))
      try ledger.checkInvariants()
    }
    return (ledger, summaries, folder)
  }

  @Test(
    "Swedish invoice 2018133 and its credit note 2018140 are linked in either order",
    arguments: [false, true])
  func creditNotePair(creditFirst: Bool) throws {
    var paths = [
      "ubl/en16931-BIS_Billing_30-Kreditering_(urspr_faktura).xml",
      "ubl/en16931-BIS_Billing_30-Kreditering_med_kreditnota.xml",
    ]
    if creditFirst { paths.reverse() }
    let (ledger, summaries, folder) = try book(paths)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(summaries.map(\.itemsLinked).reduce(0, +) == 1)
    #expect(
      try ledger.history(ofItem: "2018133").map(\.detail).contains("2018140 refers to this invoice")
    )
    #expect(try ledger.history(ofItem: "2018140").contains { $0.event == .linked })
    #expect(try ledger.item(number: "2018140")?.openAmount.decimalString == "-10000.00")
  }

  @Test("a 384 correction is linked to the invoice it corrects, which stays open, with a notice")
  func correctionPair() throws {
    let (ledger, summaries, folder) = try book([
      "cii/phive-extended-factur-x-21.xml", "cii/phive-extended-factur-x-20.xml",
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(
      summaries[1].notices.contains { $0.contains("GU987654321 corrects invoice RE1234567890") })
    #expect(try ledger.item(number: "RE1234567890")?.openAmount.decimalString == "135.05")
    #expect(
      try ledger.history(ofItem: "RE1234567890").contains {
        $0.detail.contains("corrected by invoice GU987654321 (type 384)")
      })
  }

  @Test("a credit note whose invoice is unknown says so")
  func unknownInvoice() throws {
    let (_, summaries, folder) = try book(["ubl/en16931-CreditNote-Max_content.xml"])
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(
      summaries[0].notices == [
        "2018210 refers to invoice Preceding invoice no.1, which arflow does not know yet; it is linked when that invoice arrives"
      ])
  }
}
