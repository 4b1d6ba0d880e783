import Foundation
import Receivables
import Reconciler
import Testing

/// `mappings/reconciliation.yaml`: the shipped file, defaults, and clear errors.
struct ReconciliationPolicyTests {
  static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Sources/Pipeline/Defaults/mappings/reconciliation.yaml")
    .standardizedFileURL

  private func policy(_ text: String) throws -> ReconciliationPolicy {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "reconciliation-\(UUID().uuidString).yaml")
    defer { try? FileManager.default.removeItem(at: file) }
    try text.write(to: file, atomically: true, encoding: .utf8)
    return try ReconciliationPolicy.load(from: file)
  }

  @Test("the shipped policy applies every rule, writes off up to 0.50 and nets referred credits")
  func shipped() throws {
    let policy = try ReconciliationPolicy.load(from: Self.shipped)
    #expect(policy.autoApply)
    #expect(policy.minimumConfidence == 70)
    #expect(policy.matching.tolerances[.eur] == Money(minorUnits: 50, currency: .eur))
    #expect(policy.matching.creditNoteNetting == .referredInvoices)
    #expect(policy.matching.maxSubsetSize == 4)
    #expect(policy.balanceMismatch == .book)
  }

  @Test("a workspace without the file gets the defaults: auto-apply, no tolerance")
  func missingFile() throws {
    let policy = try ReconciliationPolicy.load(
      from: URL(fileURLWithPath: "/nonexistent/reconciliation.yaml"))
    #expect(policy.autoApply)
    #expect(policy.matching.tolerances.isEmpty)
    #expect(policy.balanceMismatch == .book)
  }

  @Test("statements: balanceMismatch: refuse restores refusing statements that do not add up")
  func balanceMismatch() throws {
    #expect(try policy("statements:\n  balanceMismatch: refuse").balanceMismatch == .refuse)
    #expect(try policy("statements: { balanceMismatch: book }").balanceMismatch == .book)
    #expect(try policy("statements: {}").balanceMismatch == .book)
    let wrong = #expect(throws: ReconciliationError.self) {
      try policy("statements: { balanceMismatch: warn }")
    }
    #expect(wrong?.message.hasSuffix("statements: balanceMismatch: warn is not a choice") == true)
    #expect(wrong?.fix.hasPrefix("write book") == true)
    let misspelt = #expect(throws: ReconciliationError.self) {
      try policy("statements: { balanceMissmatch: refuse }")
    }
    #expect(misspelt?.message.contains("'balanceMissmatch' is not a setting") == true)
    #expect(misspelt?.fix.contains("balanceMismatch") == true)
  }

  @Test("settings are read as written")
  func settings() throws {
    let policy = try policy(
      """
      autoApply: false
      minimumConfidence: 80
      tolerance: { chf: "0.05" }
      creditNotes: oldest-items
      suggestions: 2
      """)
    #expect(!policy.autoApply)
    #expect(policy.minimumConfidence == 80)
    #expect(policy.matching.tolerances[.chf] == Money(minorUnits: 5, currency: .chf))
    #expect(policy.matching.creditNoteNetting == .oldestItems)
    #expect(policy.matching.suggestionsPerPayment == 2)
  }

  @Test("a misspelt setting is refused rather than silently left at its default")
  func misspelt() throws {
    let error = #expect(throws: ReconciliationError.self) { try policy("autoAply: false") }
    #expect(error?.message.hasSuffix("'autoAply' is not a setting") == true)
    #expect(error?.fix.contains("autoApply") == true)
  }

  @Test("a wrong setting is refused naming the file, the setting and how to write it")
  func errors() throws {
    let tolerance = #expect(throws: ReconciliationError.self) {
      try policy("tolerance: { EUR: fifty cents }")
    }
    #expect(tolerance?.message.contains("tolerance EUR: fifty cents") == true)
    #expect(tolerance?.fix.contains("EUR: \"0.50\"") == true)
    let netting = #expect(throws: ReconciliationError.self) { try policy("creditNotes: always") }
    #expect(netting?.fix == "write referred-invoices, oldest-items or never")
    let yaml = #expect(throws: ReconciliationError.self) { try policy("autoApply: [") }
    #expect(yaml?.message.contains("cannot be read") == true)
  }
}
