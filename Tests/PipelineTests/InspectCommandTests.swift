import ArflowTesting
import Foundation
import Testing

/// `arflow inspect` prints JSON lines whose field names scripts rely on.
struct InspectCommandTests {
  private func lines(_ output: String) throws -> [[String: Any]] {
    try output.split(separator: "\n").map { line in
      try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
  }

  @Test("--json prints records, rejects and a summary with the documented field names")
  func jsonLines() throws {
    let space = try TestWorkspace()
    let file = space.root.appendingPathComponent("items.csv")
    try Data(
      """
      invoice_number,customer_id,customer_name,invoice_date,due_date,amount,open_amount
      A-1,C1,Acme,2026-10-01,2026-10-31,100.00,60.00
      A-2,C1,Acme,2026-10-01,2026-10-31,-5.00,-5.00
      A-3,C1,Acme,2026-10-32,2026-10-31,1.00,1.00

      """.utf8
    ).write(to: file)
    let result = try ArflowBinary.run([
      "inspect", file.path, "--json", "--workspace", space.root.path,
    ])
    #expect(result.status == 0, "\(result.errors)")
    let objects = try lines(result.output)
    let kinds = objects.compactMap { $0["kind"] as? String }
    #expect(kinds == ["customer", "invoice", "creditNote", "rejected", "summary"])
    let invoice = objects[1]
    for key in [
      "number", "customerId", "customerName", "issueDate", "dueDate", "amount", "openAmount",
      "currency", "paymentReference", "source",
    ] {
      #expect(invoice[key] != nil, "invoice has \(key)")
    }
    #expect(invoice["amount"] as? String == "100.00")
    #expect(invoice["openAmount"] as? String == "60.00")
    #expect(objects[2]["amount"] as? String == "-5.00")
    #expect(objects[3]["line"] as? Int == 4)
    let summary = try #require(objects.last)
    #expect(summary["mapping"] as? String == "generic")
    #expect(summary["encoding"] as? String == "UTF-8")
    #expect(summary["delimiter"] as? String == ",")
    #expect(summary["records"] as? Int == 3)
    #expect(summary["rejected"] as? Int == 1)
    #expect(summary["warnings"] as? [String] == [])
    // Nothing was booked or moved.
    #expect(FileManager.default.fileExists(atPath: file.path))
    #expect(space.files(in: "inbox/processed").isEmpty)
  }

  @Test("--raw prints the rows the reader saw, then the summary; an unreadable file exits 2")
  func rawRowsAndFailure() throws {
    let space = try TestWorkspace()
    let file = space.root.appendingPathComponent("other.csv")
    try Data("sep=;\na;b\n1;\"x;y\"\n".utf8).write(to: file)
    let result = try ArflowBinary.run([
      "inspect", file.path, "--raw", "--workspace", space.root.path,
    ])
    #expect(result.status == 2)
    let objects = result.output.split(separator: "\n").map(String.init)
    #expect(objects.prefix(2) == [#"["a","b"]"#, #"["1","x;y"]"#])
    #expect(objects.last?.contains(#""error":"no mapping"#) == true)
  }
}
