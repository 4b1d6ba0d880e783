public import Foundation

/// The workplace's shared folder beside the repository (`../shared`): the real-world file corpus
/// and the XML schemas, read in place and never copied into the package.
public enum SharedFolder {
  /// `<ancestor>/shared/NAME` for the nearest ancestor of this source file that has one; nil
  /// when none has.
  public static func folder(_ name: String) -> URL? {
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while folder.path != "/" && !folder.path.isEmpty {
      let candidate = folder.appendingPathComponent("shared/\(name)")
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder),
        isFolder.boolValue
      {
        return candidate
      }
      folder = folder.deletingLastPathComponent()
    }
    return nil
  }

  /// Whether the shared folder is there at all (its corpus is): then every part of it a test
  /// needs must be there too, and a missing one is a failure, not a skip.
  public static var isPresent: Bool { folder("corpus") != nil }
}
