import ArflowTesting
import Foundation
import Testing

/// The defaults are compiled into the binary: an installed `arflow` needs nothing beside it.
struct EmbeddedDefaultsTests {
  @Test("the compiled-in defaults are exactly the files of Sources/Pipeline/Defaults")
  func generatedFileIsCurrent() throws {
    let expected = try EmbeddedDefaultsSource.text()
    if ProcessInfo.processInfo.environment["ARFLOW_WRITE_DEFAULTS"] == "1" {
      try Data(expected.utf8).write(to: EmbeddedDefaultsSource.generatedFile)
    }
    let current = try String(contentsOf: EmbeddedDefaultsSource.generatedFile, encoding: .utf8)
    #expect(
      current == expected,
      "run ARFLOW_WRITE_DEFAULTS=1 swift test --filter EmbeddedDefaultsTests after editing Sources/Pipeline/Defaults"
    )
  }

  @Test("the binary copied out on its own, with no build folder beside it, runs init and demo")
  func standaloneBinary() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "standalone-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let binary = folder.appendingPathComponent("bin/arflow")
    try FileManager.default.createDirectory(
      at: binary.deletingLastPathComponent(), withIntermediateDirectories: true)
    let built = try #require(ArflowBinary.url)
    try FileManager.default.copyItem(at: built, to: binary)
    // A resource bundle would be found through the build folder's absolute path even from the
    // copy: the binary must not name one of arflow's own.
    let bytes = try Data(contentsOf: binary)
    #expect(bytes.range(of: Data("arflow_Pipeline.resources".utf8)) == nil)

    let initialise = try ArflowBinary.run(
      ["init", "--workspace", folder.appendingPathComponent("fresh").path], executable: binary)
    #expect(initialise.status == 0, "\(initialise.errors)")
    #expect(
      FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("fresh/mappings/sources/generic.yaml").path))
    let demo = try ArflowBinary.run(
      ["demo", "--workspace", folder.appendingPathComponent("demo").path], executable: binary)
    #expect(demo.status == 0, "\(demo.errors)")
    #expect(demo.output.contains("Documents written"))
  }
}
