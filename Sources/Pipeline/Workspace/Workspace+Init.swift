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
      for (file, data) in DefaultFiles.files(under: "mappings") {
        let target = mappings.appendingPathComponent(file)
        guard !FileManager.default.fileExists(atPath: target.path) else { continue }
        try FileManager.default.createDirectory(
          at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target, options: .withoutOverwriting)
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

/// The files built into arflow: the default mappings (`mappings/…`) and the demo's files
/// (`demo/…`). They are compiled into the binary (`DefaultFiles+Embedded.swift`, generated from
/// `Sources/Pipeline/Defaults/`), so an installed binary needs nothing beside it.
enum DefaultFiles {
  /// The files below `folder` (e.g. `mappings`), as paths relative to it with their bytes,
  /// sorted by path.
  static func files(under folder: String) -> [(path: String, data: Data)] {
    let prefix = folder + "/"
    return embedded.keys.filter { $0.hasPrefix(prefix) }.sorted().compactMap { path in
      guard let text = embedded[path],
        let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters)
      else { return nil }
      return (String(path.dropFirst(prefix.count)), data)
    }
  }

  /// The default mappings written out once per process to a temporary folder, for readers that
  /// take a folder (`arflow inspect` outside a workspace, the benchmarks).
  static func mappingsFolder() throws(PipelineError) -> URL {
    try materialised.get()
  }

  private static let materialised: Result<URL, PipelineError> = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arflow-defaults-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    do {
      for (path, data) in files(under: "mappings") {
        let target = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(
          at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
      }
      return .success(folder)
    } catch {
      return .failure(
        PipelineError(
          .defaultsMissing, "arflow's default mappings cannot be written to a temporary folder",
          fix: "check that the temporary folder is writable", location: folder.path,
          cause: error))
    }
  }()
}
