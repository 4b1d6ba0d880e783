import Foundation
import Normalizer
import Testing

struct MappingLoadingTests {
  @Test("every shipped mapping loads")
  func shippedMappingsLoad() throws {
    let mappings = try SourceMapping.loadAll(from: ShippedMappings.folder)
    #expect(mappings.map(\.name).contains("generic"))
  }

  @Test("a mapping with an unknown field or a missing required one is refused with the file's name")
  func brokenMappings() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mapping-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let generic = try String(
      contentsOf: ShippedMappings.folder.appendingPathComponent("generic.yaml"), encoding: .utf8)
    let unknown = folder.appendingPathComponent("unknown.yaml")
    try generic.replacingOccurrences(of: "  city: [city]", with: "  town: [city]").write(
      to: unknown, atomically: true, encoding: .utf8)
    do {
      _ = try SourceMapping.load(from: unknown)
      Issue.record("an unknown field must be refused")
    } catch {
      #expect(error.file == "unknown.yaml")
      #expect(error.message.contains("town"))
    }
    let missing = folder.appendingPathComponent("missing.yaml")
    try generic.replacingOccurrences(of: "  amount: [amount, invoice_amount]\n", with: "").write(
      to: missing, atomically: true, encoding: .utf8)
    #expect(throws: NormalizerError.self) { try SourceMapping.load(from: missing) }
    let broken = folder.appendingPathComponent("broken.yaml")
    try "name: [unclosed".write(to: broken, atomically: true, encoding: .utf8)
    #expect(throws: NormalizerError.self) { try SourceMapping.load(from: broken) }
  }
}
