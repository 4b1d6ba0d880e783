public import Foundation

extension Workspace {
  /// Creates the workspace's folders and copies the default mappings, policy, company profile
  /// and templates that are not there yet; existing files are never overwritten.
  /// - Returns: the paths of the files it created, relative to the workspace.
  @discardableResult
  public func initialise() throws(PipelineError) -> [String] {
    var created: [String] = []
    do {
      for folder in [
        inbox, outbox, reminders, reconciliationFolder, failed, sourceMappings, templates,
      ] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      }
      let defaults = try DefaultFiles.mappings()
      for file in try DefaultFiles.files(under: defaults) {
        let target = mappings.appendingPathComponent(file)
        guard !FileManager.default.fileExists(atPath: target.path) else { continue }
        try FileManager.default.createDirectory(
          at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: defaults.appendingPathComponent(file), to: target)
        created.append("mappings/\(file)")
      }
    } catch let error as PipelineError {
      throw error
    } catch {
      throw PipelineError(
        .workspace, "cannot create the workspace", fix: "check that the folder is writable",
        location: root.path, cause: error)
    }
    return created
  }
}

/// The files bundled with arflow: the default mappings and the demo's example inbox.
enum DefaultFiles {
  /// The bundled copy of the repository's `mappings/` folder.
  static func mappings() throws(PipelineError) -> URL { try resource("mappings") }

  /// The demo's example inbox files.
  static func demoInbox() throws(PipelineError) -> URL { try resource("demo") }

  private static func resource(_ name: String) throws(PipelineError) -> URL {
    guard
      let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Defaults")
    else {
      throw PipelineError(
        .defaultsMissing, "arflow's bundled \(name) files are missing",
        fix: "rebuild arflow (swift build)")
    }
    return url
  }

  /// Every regular file below `folder`, as paths relative to it, sorted.
  static func files(under folder: URL) throws -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    var files: [String] = []
    while let path = enumerator.nextObject() as? String {
      var isDirectory: ObjCBool = false
      FileManager.default.fileExists(
        atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
      if !isDirectory.boolValue { files.append(path) }
    }
    return files.sorted()
  }
}
