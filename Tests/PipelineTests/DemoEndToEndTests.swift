import ArflowTesting
import Foundation
import Testing

/// Runs the real `arflow` binary on the bundled demo and compares whole output files.
@Suite(.serialized)
struct DemoEndToEndTests {
  static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Expected")
  /// Invoices the demo statement pays in full: they must get no letter.
  static let paidInFull = [
    "2026-0101", "2026-0102", "2026-0105", "2026-0109", "2026-0112", "2026-0114", "2026-0122",
    "2026-0124",
  ]

  @Test(
    "the demo books its files, reconciles seven payments, writes the expected files and letters"
  )
  func demo() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arflow-demo-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let demo = try ArflowBinary.run(["demo", "--workspace", folder.path])
    #expect(demo.status == 0, "\(demo.errors)")
    #expect(
      demo.output.contains(
        "matched: 7 payments, 9 allocations (document-number 1, known-payer 1, remittance-reference 1, structured-reference 4)"
      ))
    #expect(demo.output.contains("credit note 2026-0133 → 2026-0131 302.50 EUR"))
    #expect(demo.output.contains("suggestion 1: 2026-0108 of C1008"))
    for kind in ["matched", "unmatched"] {
      let written = try String(
        contentsOf: folder.appendingPathComponent(
          "outbox/reconciliation/2026-11-20-001-\(kind).csv"), encoding: .utf8)
      let expected = try String(
        contentsOf: Self.expected.appendingPathComponent("demo-\(kind).csv"), encoding: .utf8)
      #expect(written == expected, "\(kind) file")
    }
    #expect(demo.output.contains("einvoice-creditnote-2026-0133.xml: 1 record booked"))
    // The direct-debit invoice 2026-0132 is two days past its collection date: no reminder yet.
    #expect(
      !(try String(
        contentsOf: folder.appendingPathComponent(
          "outbox/reminders/2026-11-20-01/manifest.csv"), encoding: .utf8)).contains("2026-0132"))
    #expect(demo.output.contains("reminders: 9 documents in outbox/reminders/2026-11-20-01/"))

    let batch = folder.appendingPathComponent("outbox/reminders/2026-11-20-01")
    let manifest = try String(
      contentsOf: batch.appendingPathComponent("manifest.csv"), encoding: .utf8)
    let expectedManifest = try String(
      contentsOf: Self.expected.appendingPathComponent("demo-manifest.csv"), encoding: .utf8)
    #expect(manifest == expectedManifest)

    for line in manifest.split(separator: "\r\n").dropFirst() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      let text = try ArflowBinary.pdfText(batch.appendingPathComponent(fields[1]))
      #expect(text.contains(fields[3]), "customer name in \(fields[1])")
      for item in fields[7].split(separator: " ") {
        #expect(text.contains(item), "invoice \(item) in \(fields[1])")
      }
      for reference in fields[10].split(separator: " ") {
        let printed = stride(from: 0, to: reference.count, by: 4).map { offset in
          String(reference.dropFirst(offset).prefix(4))
        }.joined(separator: " ")
        #expect(text.contains(printed), "reference \(printed) in \(fields[1])")
      }
    }
    var all = ""
    for line in manifest.split(separator: "\r\n").dropFirst() {
      let file = line.split(separator: ",", omittingEmptySubsequences: false)[1]
      all += try ArflowBinary.pdfText(batch.appendingPathComponent(String(file)))
    }
    #expect(all.contains("€ 315,80"))  // nl: 2026-0111 after a partial payment of 300.00
    #expect(all.contains("1 512,50 €"))  // fr: 2026-0131 after credit note 2026-0133 is netted
    #expect(!all.contains("Smith & <Sons> Trading"))  // a suggestion waits: held for a person
    for paid in Self.paidInFull {
      #expect(!all.contains(paid), "paid invoice \(paid) must get no letter")
    }
    try laterRuns(folder, demo.output)
  }

  /// The demo's two later runs: the next levels follow their intervals, the paused customer
  /// gets nothing, the disputed item is shown and not asked, the broken promise and the missed
  /// instalment resume dunning, and the final notices go on paper in print.pdf.
  private func laterRuns(_ folder: URL, _ output: String) throws {
    let reminders = folder.appendingPathComponent("outbox/reminders")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: reminders.path).sorted().filter {
        !$0.hasSuffix(".csv")
      } == [
        "2026-11-20-01", "2026-12-04-01", "2026-12-18-01",
      ])
    #expect(output.contains("promise 1 of customer C1003 broken"))
    #expect(output.contains("arrangement 1 of customer C1006 broken"))
    #expect(output.contains("005-C1006.pdf C1006: instalment reminder"))
    let second = try String(
      contentsOf: reminders.appendingPathComponent("2026-12-04-01/manifest.csv"), encoding: .utf8)
    let third = try String(
      contentsOf: reminders.appendingPathComponent("2026-12-18-01/manifest.csv"), encoding: .utf8)
    #expect(!second.contains("C1010") && !third.contains("C1010"), "C1010 is paused")
    #expect(second.contains(",C1001,Bakkerij De Gouden Korst,email,2,second-reminder,"))
    #expect(third.contains(",C1001,Bakkerij De Gouden Korst,letter,3,final-notice,"))
    let paper = try ArflowBinary.pdfText(
      reminders.appendingPathComponent("2026-12-18-01/print.pdf"))
    #expect(paper.contains("Letzte Mahnung"))
    #expect(paper.contains("bestritten"))  // 2026-0117 of C1007, disputed
    #expect(output.contains("Documents written (25)"))
    #expect(output.contains("2026-12-18-01/001-C1001.pdf  C1001  level 3 (final-notice)"))
  }

  @Test("running again changes nothing, and status --json reports the expected figures")
  func rerunAndStatus() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arflow-demo-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try ArflowBinary.run(["demo", "--workspace", folder.path]).status == 0)
    let rerun = try ArflowBinary.run([
      "run", "--workspace", folder.path, "--as-of", "2026-11-20", "--settle", "0",
    ])
    #expect(rerun.status == 0, "\(rerun.errors)")
    #expect(rerun.output.contains("inbox: nothing waiting"))
    #expect(rerun.output.contains("reminders: nothing new to send"))
    #expect(rerun.output.contains("nothing changed since the last reconciliation; no new files"))
    #expect(
      try FileManager.default.contentsOfDirectory(
        atPath: folder.appendingPathComponent("outbox/reconciliation").path
      ).sorted() == ["2026-11-20-001-matched.csv", "2026-11-20-001-unmatched.csv"])
    let batches = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("outbox/reminders").path)
    #expect(
      batches.filter { !$0.hasSuffix(".csv") }.sorted() == [
        "2026-11-20-01", "2026-12-04-01", "2026-12-18-01",
      ])
    // The rerun sends nothing, and lists the customer held for a person on its own.
    #expect(batches.contains("review-2026-11-20.csv"))
    let status = try ArflowBinary.run([
      "status", "--workspace", folder.path, "--as-of", "2026-11-20", "--json",
    ])
    let expected = try String(
      contentsOf: Self.expected.appendingPathComponent("demo-status.json"), encoding: .utf8)
    #expect(status.output == expected)
  }

  @Test("a bad --as-of is refused with a clear message")
  func badDate() throws {
    let result = try ArflowBinary.run(["status", "--as-of", "2026-02-30"])
    #expect(result.status != 0)
    #expect(result.errors.contains("--as-of '2026-02-30' is not a date"))
  }
}
