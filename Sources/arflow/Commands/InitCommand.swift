import ArgumentParser
import Foundation
import Pipeline

/// `arflow init`: creates a workspace with the default mappings.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a workspace with the default mappings, policy and templates.")

  @OptionGroup var options: WorkspaceOptions

  func run() throws {
    let workspace = options.workspaceFolder
    let created = try workspace.initialise()
    _ = try PipelineRun.open(workspace, logger: options.logger())
    print("Workspace ready at \(workspace.root.path)")
    for file in created { print("  created \(file)") }
    print("Drop files into \(workspace.inbox.path) and run `arflow run`.")
  }
}
