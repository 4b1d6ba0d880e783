public import Foundation

/// The Swift source that compiles arflow's default files (`Sources/Pipeline/Defaults/`) into the
/// binary: one multi-line base64 literal per file, lines of 76 characters.
public enum EmbeddedDefaultsSource {
  /// `Sources/Pipeline/Defaults` of this repository.
  public static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/Pipeline/Defaults")

  /// `Sources/Pipeline/Workspace/DefaultFiles+Embedded.swift`, the generated file.
  public static let generatedFile = folder.deletingLastPathComponent()
    .appendingPathComponent("Workspace/DefaultFiles+Embedded.swift")

  /// The source text for the files below `folder` (README files and hidden files left out).
  public static func text() throws -> String {
    var text = """
      // Generated from Sources/Pipeline/Defaults/ by
      // `ARFLOW_WRITE_DEFAULTS=1 swift test --filter EmbeddedDefaultsTests`: do not edit.

      extension DefaultFiles {
        /// The default mappings and demo files by path, base64 (line breaks ignored).
        static let embedded: [String: String] = [

      """
    for path in try paths() {
      let data = try Data(contentsOf: folder.appendingPathComponent(path))
      let base64 = data.base64EncodedString(options: [
        .lineLength76Characters, .endLineWithLineFeed,
      ])
      let lines = base64.split(separator: "\n").map { "    \($0)" }.joined(separator: "\n")
      text += "    \"\(path)\": \"\"\"\n\(lines)\n    \"\"\",\n"
    }
    text += "  ]\n}\n"
    return text
  }

  private static func paths() throws -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    var paths: [String] = []
    while let path = walker.nextObject() as? String {
      var isFolder: ObjCBool = false
      FileManager.default.fileExists(
        atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
      let name = (path as NSString).lastPathComponent
      guard !isFolder.boolValue, !name.hasPrefix(".") else { continue }
      paths.append(path)
    }
    return paths.sorted()
  }
}
