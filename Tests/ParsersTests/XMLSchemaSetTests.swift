import Foundation
import Parsers
import Testing

struct XMLSchemaSetTests {
  private static let creditNote = """
    <CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
      xmlns:cbc="\(EInvoiceFixture.cbc)"><cbc:ID>CN-1</cbc:ID></CreditNote>
    """

  @Test("the entry schema follows the root; schemas import sibling files inside the folder")
  func picksByRoot() throws {
    let folder = try MiniSchemaFolder()
    defer { folder.remove() }
    let schemas = try XMLSchemaSet(directory: folder.url)
    for text in [EInvoiceFixture.ublMinimal, Self.creditNote, EInvoiceReaderCIITests.invoice()] {
      #expect(schemas.problems(in: Data(text.utf8), file: "ok.xml").isEmpty)
    }
  }

  @Test("a schema problem comes back as a located problem, not an error")
  func problemIsReturned() throws {
    let folder = try MiniSchemaFolder()
    defer { folder.remove() }
    let text = EInvoiceFixture.ublMinimal.replacingOccurrences(
      of: "<cbc:ID>MIN-1</cbc:ID>", with: "<cbc:Note>no ID</cbc:Note>")
    let problems = try XMLSchemaSet(directory: folder.url).problems(
      in: Data(text.utf8), file: "bad.xml")
    #expect(problems.count == 1)
    #expect(problems.first?.line == 2)
    #expect(problems.first?.message.contains("Note") == true)
  }

  @Test("an envelope is not checked, its payload is, with the file's line numbers")
  func envelopePayload() throws {
    let folder = try MiniSchemaFolder()
    defer { folder.remove() }
    let schemas = try XMLSchemaSet(directory: folder.url)
    let good = EInvoiceFixture.envelope(EInvoiceFixture.ublMinimal)
    #expect(schemas.problems(in: Data(good.utf8), file: "sbdh.xml").isEmpty)
    let bad = EInvoiceFixture.envelope(
      EInvoiceFixture.ublMinimal.replacingOccurrences(of: "cbc:ID", with: "cbc:Note"))
    #expect(schemas.problems(in: Data(bad.utf8), file: "sbdh.xml").map(\.line) == [15])
  }

  @Test("documents without a schema in the set, or not well-formed, give one problem saying so")
  func unknownOrBroken() throws {
    let folder = try MiniSchemaFolder()
    defer { folder.remove() }
    let schemas = try XMLSchemaSet(directory: folder.url)
    let order = "<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"/>"
    let orderProblems = schemas.problems(in: Data(order.utf8), file: "order.xml")
    #expect(orderProblems.count == 1)
    #expect(
      orderProblems.first?.message.contains("no XML Schema for the root element <Order>") == true)
    let broken = schemas.problems(in: Data("<Invoice".utf8), file: "cut.xml")
    #expect(broken.first?.message.hasPrefix("the XML is not well-formed") == true)
    let doctype = schemas.problems(
      in: Data("<!DOCTYPE Invoice SYSTEM \"x.dtd\">\n<Invoice/>".utf8), file: "dtd.xml")
    #expect(doctype.first?.message.contains("document type") == true)
  }

  @Test("a missing folder or entry schema is an error naming the path")
  func missingPaths() throws {
    let missing = FileManager.default.temporaryDirectory.appendingPathComponent("arflow-none")
    let error = #expect(throws: ParseError.self) { try XMLSchemaSet(directory: missing) }
    #expect(error?.code == .unreadableFile)
    #expect(error?.message.contains(missing.path) == true)
    let folder = try MiniSchemaFolder()
    defer { folder.remove() }
    try FileManager.default.removeItem(
      at: folder.url.appendingPathComponent("ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd"))
    let entryError = #expect(throws: ParseError.self) { try XMLSchemaSet(directory: folder.url) }
    #expect(entryError?.message.contains("ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd") == true)
  }

  @Test("a schema folder whose path has spaces, umlauts and a percent sign works")
  func folderNameNeedingEscapes() throws {
    let folder = try MiniSchemaFolder()
    defer { folder.remove() }
    let named = folder.url.appendingPathComponent("my schemas ü%41")
    try FileManager.default.createDirectory(at: named, withIntermediateDirectories: true)
    for part in ["ubl-2.1", "cii-d16b"] {
      try FileManager.default.copyItem(
        at: folder.url.appendingPathComponent(part), to: named.appendingPathComponent(part))
    }
    let schemas = try XMLSchemaSet(directory: named)
    #expect(schemas.problems(in: Data(EInvoiceFixture.ublMinimal.utf8), file: "ok.xml").isEmpty)
  }

  @Test("a schema may import by absolute path inside its folder, never outside it")
  func importOutsideFolder() throws {
    let inside = try MiniSchemaFolder {
      $0.appendingPathComponent("ubl-2.1/common/Basic.xsd").path
    }
    defer { inside.remove() }
    #expect(throws: Never.self) { try XMLSchemaSet(directory: inside.url) }
    let outside = try MiniSchemaFolder { _ in
      inside.url.appendingPathComponent("ubl-2.1/common/Basic.xsd").path
    }
    defer { outside.remove() }
    try FileManager.default.removeItem(
      at: outside.url.appendingPathComponent("ubl-2.1/common/Basic.xsd"))
    let error = #expect(throws: ParseError.self) { try XMLSchemaSet(directory: outside.url) }
    #expect(error?.message.contains("could not be compiled") == true)
  }

  @Test("a symbolic link inside the folder that points outside it is not followed")
  func symbolicLinkOutside() throws {
    let target = try MiniSchemaFolder()
    defer { target.remove() }
    let linked = try MiniSchemaFolder()
    defer { linked.remove() }
    let basic = linked.url.appendingPathComponent("ubl-2.1/common/Basic.xsd")
    try FileManager.default.removeItem(at: basic)
    try FileManager.default.createSymbolicLink(
      at: basic, withDestinationURL: target.url.appendingPathComponent("ubl-2.1/common/Basic.xsd"))
    #expect(throws: ParseError.self) { try XMLSchemaSet(directory: linked.url) }
  }

  @Test("a schema import from a server is never fetched")
  func importFromNetwork() throws {
    let listener = try #require(LocalListener())
    let folder = try MiniSchemaFolder { _ in
      "http://127.0.0.1:\(listener.port)/Basic.xsd"
    }
    defer { folder.remove() }
    #expect(throws: ParseError.self) { try XMLSchemaSet(directory: folder.url) }
    #expect(!listener.wasContacted)
  }

  @Test("one set checks documents from many threads at once with the same answers")
  func concurrentChecks() throws {
    let folder = try MiniSchemaFolder()
    defer { folder.remove() }
    let schemas = try XMLSchemaSet(directory: folder.url)
    let bad = EInvoiceFixture.ublMinimal.replacingOccurrences(of: "cbc:ID", with: "cbc:Note")
    let texts = [EInvoiceFixture.ublMinimal, bad, Self.creditNote]
    let expected = texts.map { schemas.problems(in: Data($0.utf8), file: "f.xml") }
    let results = ConcurrentResults(count: 64)
    DispatchQueue.concurrentPerform(iterations: 64) { index in
      let text = texts[index % texts.count]
      results.set(index, schemas.problems(in: Data(text.utf8), file: "f.xml"))
    }
    for (index, problems) in results.values.enumerated() {
      #expect(problems == expected[index % texts.count])
    }
  }
}

/// Results written by concurrent workers, one slot each.
final class ConcurrentResults: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [[SchemaProblem]]

  init(count: Int) { slots = Array(repeating: [], count: count) }

  func set(_ index: Int, _ value: [SchemaProblem]) { lock.withLock { slots[index] = value } }

  var values: [[SchemaProblem]] { lock.withLock { slots } }
}
