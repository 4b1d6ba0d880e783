import ArflowTesting
import Foundation
import Testing

/// `arflow pause`, `dispute`, `resume`, `promise`, `arrangement`, `customer` and the dunning
/// lines of `status`, through the real binary on the demo workspace.
@Suite(.serialized)
struct HoldCommandTests {
  static func demo() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arflow-holds-\(UUID().uuidString)")
    let result = try ArflowBinary.run(["demo", "--workspace", folder.path])
    #expect(result.status == 0, "\(result.errors)")
    return folder
  }

  static func arflow(_ arguments: [String], in folder: URL) throws -> ArflowBinary.Result {
    try ArflowBinary.run(arguments + ["--workspace", folder.path, "--as-of", "2026-11-20"])
  }

  static func json(_ arguments: [String], in folder: URL) throws -> [String: Any] {
    let result = try arflow(arguments + ["--json"], in: folder)
    #expect(result.status == 0, "\(result.errors)")
    let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
    return try #require(object as? [String: Any])
  }

  @Test("holds, a promise and an arrangement are recorded and shown by customer and status")
  func recordAndShow() throws {
    let folder = try Self.demo()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dispute = try Self.arflow(
      ["dispute", "--item", "2026-0103", "--reason", "goods damaged"], in: folder)
    #expect(dispute.status == 0, "\(dispute.errors)")
    #expect(dispute.output.contains("Marked disputed: item 2026-0103 from 2026-11-20"))
    let pause = try Self.arflow(
      ["pause", "--customer", "C1005", "--until", "2026-12-31", "--reason", "in talks"],
      in: folder)
    #expect(pause.output == "Paused customer C1005 from 2026-11-20 until 2026-12-31: in talks\n")
    let promise = try Self.arflow(
      ["promise", "--customer", "C1004", "--amount", "500.00", "--by", "2026-12-15"], in: folder)
    #expect(promise.status == 0, "\(promise.errors)")
    #expect(promise.output.contains("pays 500.00 EUR by 2026-12-15"))
    let arrangement = try Self.arflow(
      ["arrangement", "--customer", "C1006", "--instalments", "3", "--first", "2026-12-01"],
      in: folder)
    #expect(arrangement.status == 0, "\(arrangement.errors)")
    let instalments = arrangement.output.split(separator: "\n").filter { $0.contains(" due ") }
    #expect(instalments.count == 3)
    #expect(instalments.allSatisfy { $0.contains("EUR  RF") })
    #expect(instalments.last?.contains("due 2027-02-01") == true)

    let customer = try Self.json(["customer", "C1006"], in: folder)
    let arranged = try #require((customer["arrangements"] as? [[String: Any]])?.first)
    #expect((arranged["instalments"] as? [Any])?.count == 3)
    let documents = try #require(customer["documents"] as? [[String: Any]])
    #expect(documents.first?["file"] as? String == "005-C1006.pdf")
    // The demo's third run (2026-12-18) sent C1006 the latest document.
    #expect(documents.first?["batch"] as? String == "2026-12-18-01")
    let items = try #require(customer["items"] as? [[String: Any]])
    #expect(items.contains { $0["lastLevel"] as? Int == 1 })

    let status = try Self.json(["status"], in: folder)
    #expect(status["openItems"] != nil)
    let dunning = try #require(status["dunning"] as? [String: Any])
    // The demo disputes 2026-0117 itself.
    #expect((dunning["held"] as? [String: Int])?["disputed"] == 2)
    #expect(((dunning["held"] as? [String: Int])?["paused"] ?? 0) >= 1)
    #expect((dunning["promises"] as? [String: Int])?["active"] == 1)
    #expect((dunning["arrangements"] as? [String: Int])?["running"] == 1)
    #expect((dunning["lastBatch"] as? [String: Any])?["failedDocuments"] as? Int == 0)
    let text = try Self.arflow(["status"], in: folder).output
    #expect(
      text.contains("Held items:            1 paused, 1 disputed") || text.contains("disputed"))

    let resume = try Self.arflow(["resume", "--item", "2026-0103"], in: folder)
    #expect(resume.output.contains("Reminders resume for item 2026-0103 from 2026-11-20"))
    let shown = try Self.arflow(["customer", "C1003"], in: folder)
    #expect(shown.output.contains("dispute since 2026-11-20"))
    #expect(shown.output.contains("ended 2026-11-20: goods damaged (arflow dispute)"))
  }

  @Test(
    "a wrong command line exits 64; an unknown item or customer exits 1 saying what to do",
    arguments: [
      (["pause", "--reason", "x"], Int32(64), "give --item NUMBER or --customer ID"),
      (["pause", "--item", "A", "--customer", "B", "--reason", "x"], 64, "not both"),
      (
        ["pause", "--item", "2026-0103", "--until", "31-12-2026", "--reason", "x"], 64, "YYYY-MM-DD"
      ),
      (["promise", "--customer", "C1004", "--amount", "lots", "--by", "2026-12-15"], 64, "500.00"),
      (
        [
          "arrangement", "--customer", "C1006", "--instalments", "3", "--first", "2026-12-01",
          "--every", "fortnight",
        ], 64, "--every"
      ),
      (["pause", "--item", "NOPE", "--reason", "x"], 1, "there is no item NOPE"),
      (["resume", "--customer", "C9999"], 1, "there is no customer C9999"),
      (["customer", "C9999"], 1, "arflow status lists them"),
      (["promise", "--customer", "C1004", "--amount", "5.00", "--by", "2026-11-01"], 1, "--by"),
    ])
  func refused(arguments: [String], status: Int32, message: String) throws {
    let folder = try Self.demo()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try Self.arflow(arguments, in: folder)
    #expect(result.status == status)
    #expect(result.errors.contains(message), "\(result.errors)")
  }

  @Test("a holds file in the inbox books its good rows, rejects bad ones by line, once only")
  func holdsFile() throws {
    let folder = try Self.demo()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = """
      item,customer,kind,until,reason,amount
      2026-0103,,dispute,,goods damaged,
      2026-0999,,pause,2026-12-31,unknown item,
      ,C1005,pause,2026-12-31,in talks,
      ,C1004,promise,2026-12-15,,250.00
      ,C1004,frobnicate,,x,

      """
    try Data(text.utf8).write(to: folder.appendingPathComponent("inbox/holds.csv"))
    let inspect = try Self.arflow(
      ["inspect", folder.appendingPathComponent("inbox/holds.csv").path, "--json"], in: folder)
    let kinds = inspect.output.split(separator: "\n").filter { $0.contains("\"kind\":\"hold\"") }
    #expect(kinds.count == 4, "\(inspect.output)")
    let run = try Self.arflow(["run", "--settle", "0"], in: folder)
    #expect(run.status == 3, "\(run.output)\(run.errors)")
    #expect(run.output.contains("holds.csv: 3 holds recorded (read as holds); 2 rejected"))
    let report = try String(
      contentsOf: folder.appendingPathComponent("inbox/failed/holds.csv.error.txt"),
      encoding: .utf8)
    #expect(report.contains("Line 3: there is no item 2026-0999"))
    #expect(report.contains("Line 6: the kind 'frobnicate'"))
    let rejected = try String(
      contentsOf: folder.appendingPathComponent("inbox/failed/holds.rejected.csv"),
      encoding: .utf8)
    #expect(rejected.split(whereSeparator: \.isNewline).count == 3)
    let customer = try Self.json(["customer", "C1003"], in: folder)
    let hold = try #require((customer["holds"] as? [[String: Any]])?.first)
    #expect(hold["source"] as? String == "holds.csv line 2")
    #expect(hold["kind"] as? String == "dispute")

    try Data(text.utf8).write(to: folder.appendingPathComponent("inbox/holds-again.csv"))
    let again = try Self.arflow(["run", "--settle", "0"], in: folder)
    #expect(again.output.contains("same content as holds.csv"))
    let status = try Self.json(["status"], in: folder)
    let dunning = try #require(status["dunning"] as? [String: Any])
    // The demo disputes 2026-0117 itself.
    #expect((dunning["held"] as? [String: Int])?["disputed"] == 2)
    #expect((dunning["promises"] as? [String: Int])?["active"] == 1)
  }
}
