import Foundation
import Normalizer
import Testing

/// Payment identities are stored in every ledger: the same booking must get the same identity
/// after any change to how accounts are compacted. `Expected/payment-identities.txt` was written
/// by arflow as it was before the one `IBAN` type (commit 38def34), for every payment of every
/// corpus statement; today's identities must be exactly those.
@Suite(.enabled(if: Corpus.isAvailable, "needs shared/corpus above the package"))
struct PaymentIdentityCorpusTests {
  static let expected: [String: [String]] = {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Expected/payment-identities.txt")
    var byPath: [String: [String]] = [:]
    let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: "\t", maxSplits: 1)
      guard parts.count == 2 else { continue }
      byPath[String(parts[0]), default: []].append(String(parts[1]))
    }
    return byPath
  }()

  @Test("the golden identities cover every statement the corpus books")
  func coverage() {
    #expect(Self.expected.count > 30)
    #expect(Self.expected.values.reduce(0) { $0 + $1.count } > 200)
  }

  @Test(
    "every corpus payment keeps the identity stored before",
    arguments: StatementPaymentsCorpusTests.table.map(\.path))
  func identities(path: String) throws {
    guard let expected = Self.expected[path] else { return }
    let file = StatementNormalizer().normalize(
      try StatementPaymentsCorpusTests.statements(path), file: path)
    let identities = (file.payments + file.pending).map(\.bankReference)
    #expect(identities == expected)
  }
}
