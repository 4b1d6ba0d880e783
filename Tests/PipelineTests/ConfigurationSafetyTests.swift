import ArflowTesting
import Configuration
import Foundation
import Ledger
import Pipeline
import Testing

/// Tried as a new user would: what an export or a settings file can do to arflow's own files.
struct ConfigurationSafetyTests {
  static let header =
    "invoice_number,customer_id,customer_name,invoice_date,due_date,amount,open_amount,currency,payment_reference"

  @Test("formulas in an export come out of manifest.csv as text a spreadsheet does not run")
  func formulaInjection() throws {
    let space = try TestWorkspace()
    try space.drop(
      "items.csv",
      "\(Self.header),street,postal_code,city\n\"=1+2\",@SUM(A1),\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",2026-09-01,2026-10-01,100.00,100.00,EUR,,Kerkstraat 1,1011 AB,Amsterdam\n"
    )
    let report = try space.run(on: "2026-11-20")
    let folder = try #require(report.reminderFolder)
    let manifest = try space.text(of: "\(folder)/manifest.csv")
    #expect(manifest.contains(",'@SUM(A1),"))
    #expect(manifest.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""))
    #expect(manifest.contains(",'=1+2,"))
    #expect(!manifest.contains(",=1+2,"))
    // The ledger keeps the values as the export wrote them.
    #expect(try space.ledger().item(number: "=1+2")?.customerID == "@SUM(A1)")
  }

  @Test(
    "a misspelt setting in any file of mappings/ is refused naming the file, the line and the valid keys",
    arguments: [
      ("company.yaml", "city: Amsterdam", "city: Amsterdam\ncitty: Utrecht", "citty", "city"),
      (
        "reconciliation.yaml", "autoApply: true", "autoApply: true\nautoAply: false", "autoAply",
        "autoApply"
      ),
      ("policy.yaml", "default: b2b", "defualt: b2b\ndefault: b2b", "defualt", "default"),
      (
        "sources/generic.yaml", "name: generic", "name: generic\nsnapshott: full", "snapshott",
        "snapshot"
      ),
    ])
  func misspeltSetting(
    file: String, anchor: String, replacement: String, key: String, valid: String
  )
    throws
  {
    let space = try TestWorkspace()
    let url = space.workspace.mappings.appendingPathComponent(file)
    let original = try String(contentsOf: url, encoding: .utf8)
    try #require(original.contains(anchor), "\(file) no longer holds '\(anchor)'")
    try original.replacingOccurrences(of: anchor, with: replacement).write(
      to: url, atomically: true, encoding: .utf8)
    try space.drop(
      "items.csv", "\(Self.header)\nA-1,C1,Acme,2026-09-01,2026-10-01,100.00,100.00,EUR,\n")
    let result = try ArflowBinary.run([
      "run", "--workspace", space.root.path, "--as-of", "2026-11-20",
    ])
    #expect(result.status != 0)
    let message = result.errors
    #expect(message.contains((file as NSString).lastPathComponent), "\(message)")
    #expect(message.contains("line "), "\(message)")
    #expect(message.contains("'\(key)'"), "\(message)")
    #expect(message.contains("did you mean '\(valid)'"), "\(message)")
  }
}
