import Foundation
import Parsers
import Testing

@Suite(.enabled(if: SchemaFolder.isAvailable, "needs shared/schemas and shared/corpus"))
struct EInvoiceSchemaCorpusTests {
  /// The corpus files SOURCES.md says break their schema (libxml2 2.9.14).
  static let invalid: Set<String> = [
    "ubl/peppolbis-GR-base-example-correct.xml",
    "ubl/mustang-periods.ubl.xml",
    "ubl/phive-Simplified_Credit_Note.xml",
    "cii/mustang-ZUGFeRD1-invoice.xml",
    "cii/mustang-invalidV1TooMinimal.xml",
    "cii/mustang-invalidV2Root.xml",
    "cii/mustang-Extended_fremdwaehrung.xml",
    "cii/simplerinvoicing-NLCIUS-CII_ok_example.xml",
  ]

  /// Every UBL Invoice/CreditNote and every CII file (the UBL Order and Svefaktura have no
  /// schema in the set and are left to their own test).
  static let checked =
    EInvoiceCorpusRow.table.map(\.path)
    + EInvoiceCorpusRefusal.table.map(\.path).filter { $0.hasPrefix("cii/") }

  private static func problems(_ path: String) throws -> [SchemaProblem] {
    let schemas = try #require(SchemaFolder.schemas).get()
    return schemas.problems(in: try Corpus.bytes("einvoice/\(path)"), file: path)
  }

  @Test(
    "corpus invoices pass their XSD except the ones SOURCES.md names", arguments: checked)
  func validatesAsSourcesSays(_ path: String) throws {
    let problems = try Self.problems(path)
    if Self.invalid.contains(path) {
      #expect(!problems.isEmpty)
    } else {
      #expect(problems.isEmpty, "\(problems.prefix(3))")
    }
  }

  @Test("files that are not UBL 2.1 or CII invoices get one problem naming their root")
  func noSchema() throws {
    for path in ["ubl/phive-Order_Example.xml", "ubl/phive-svefaktura.xml"] {
      let problems = try Self.problems(path)
      #expect(problems.count == 1)
      #expect(problems.first?.message.contains("no XML Schema for the root element") == true)
    }
  }

  @Test("a corpus invoice in a Peppol envelope: the payload is checked, at the file's lines")
  func envelopedPayload() throws {
    let schemas = try #require(SchemaFolder.schemas).get()
    let payload = try Self.withoutDeclaration("ubl/peppolbis-GR-base-example-correct.xml")
    let wrapped = Self.envelope(payload)
    let bare = try Self.problems("ubl/peppolbis-GR-base-example-correct.xml")
    let enveloped = schemas.problems(in: Data(wrapped.utf8), file: "sbdh.xml")
    #expect(enveloped.map(\.message) == bare.map(\.message))
    #expect(enveloped.map(\.line) == bare.map { $0.line.map { $0 + 1 } })
    let valid = Self.envelope(try Self.withoutDeclaration("ubl/peppolbis-base-example.xml"))
    #expect(schemas.problems(in: Data(valid.utf8), file: "sbdh.xml").isEmpty)
  }

  @Test("one schema set checks the whole corpus from many threads with the serial answers")
  func concurrentChecks() throws {
    let schemas = try #require(SchemaFolder.schemas).get()
    let files = try Self.checked.map { try Corpus.bytes("einvoice/\($0)") }
    let serial = files.map { schemas.problems(in: $0, file: "f.xml") }
    let results = CorpusResults(count: files.count * 4)
    DispatchQueue.concurrentPerform(iterations: files.count * 4) { index in
      results.set(index, schemas.problems(in: files[index % files.count], file: "f.xml"))
    }
    for (index, problems) in results.values.enumerated() {
      #expect(problems == serial[index % files.count])
    }
  }

  /// A corpus file's text without its first line (the XML declaration).
  private static func withoutDeclaration(_ path: String) throws -> String {
    let bytes = try Corpus.bytes("einvoice/\(path)")
    return String(decoding: bytes.drop { $0 != UInt8(ascii: "\n") }.dropFirst(), as: UTF8.self)
  }

  /// `payload` in a minimal Peppol envelope: the payload starts on line 3.
  private static func envelope(_ payload: String) -> String {
    """
    <sh:StandardBusinessDocument xmlns:sh="http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader">
    <sh:StandardBusinessDocumentHeader><sh:HeaderVersion>1.0</sh:HeaderVersion></sh:StandardBusinessDocumentHeader>
    \(payload)
    </sh:StandardBusinessDocument>
    """
  }
}

/// Results written by concurrent workers, one slot each.
final class CorpusResults: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [[SchemaProblem]]

  init(count: Int) { slots = Array(repeating: [], count: count) }

  func set(_ index: Int, _ value: [SchemaProblem]) { lock.withLock { slots[index] = value } }

  var values: [[SchemaProblem]] { lock.withLock { slots } }
}
