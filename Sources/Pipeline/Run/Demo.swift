public import Foundation

/// The demo: a fresh workspace with the bundled example inbox, ready for a run.
public enum Demo {
  /// The day the demo's example files describe; the demo runs as of this date unless told otherwise.
  public static let defaultAsOf = "2026-11-20"

  /// Creates `workspace` (refusing a non-empty folder that is not an arflow workspace), and
  /// copies the example open-items CSV, e-invoices and camt.053 statement into its inbox.
  /// - Returns: the names of the example files.
  public static func prepare(_ workspace: Workspace) throws(PipelineError) -> [String] {
    let manager = FileManager.default
    let existing = (try? manager.contentsOfDirectory(atPath: workspace.root.path)) ?? []
    if !existing.isEmpty, !workspace.isInitialised {
      throw PipelineError(
        .workspace, "\(workspace.root.path) is not empty and not an arflow workspace",
        fix: "choose another folder with --workspace")
    }
    try workspace.initialise()
    var names: [String] = []
    do {
      for (name, data) in DefaultFiles.files(under: "demo/inbox") {
        try data.write(to: workspace.inbox.appendingPathComponent(name))
        names.append(name)
      }
      for (name, data) in DefaultFiles.files(under: "demo/mappings") {
        try data.write(to: workspace.mappings.appendingPathComponent(name))
      }
    } catch let error as PipelineError {
      throw error
    } catch {
      throw PipelineError(
        .workspace, "cannot copy the demo files", fix: "check that the folder is writable",
        location: workspace.root.path, cause: error)
    }
    return names
  }
}
