public import Foundation
public import Ledger
import Logging
public import Pipeline

/// A fresh temporary arflow workspace for one test, removed when the test is done with it.
public final class TestWorkspace: @unchecked Sendable {
  public let workspace: Workspace

  /// Creates and initialises a workspace with the default mappings in a new temporary folder.
  public init() throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("arflow-test-\(UUID().uuidString)", isDirectory: true)
    workspace = Workspace(root: root)
    try workspace.initialise()
    try Self.demoCompany.write(to: workspace.companyFile)
  }

  /// The demo's creditor (Noorderlicht Supplies B.V.), so a test workspace writes letters.
  public static var demoCompany: Data {
    get throws {
      try Data(
        contentsOf: EmbeddedDefaultsSource.folder.appendingPathComponent(
          "demo/mappings/company.yaml"))
    }
  }

  deinit {
    try? FileManager.default.removeItem(at: workspace.root)
  }

  public var root: URL { workspace.root }

  /// The path of the workspace's ledger file.
  public var ledgerPath: String { workspace.ledgerFile.path }

  /// Writes `text` into the inbox as `name`.
  @discardableResult
  public func drop(_ name: String, _ text: String) throws -> URL {
    let url = workspace.inbox.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  /// Runs the whole flow once as of `day` (files ingested at once, no settle time), then
  /// checks the ledger's invariants.
  @discardableResult
  public func run(on day: String) throws -> RunReport {
    let report = try PipelineRun(
      workspace: workspace, ledger: try ledger(), logger: Logger(label: "test")
    )
    .run(asOf: Fixtures.date(day), settle: .zero)
    try ledger().checkInvariants()
    return report
  }

  /// Opens the workspace's ledger.
  public func ledger() throws -> Ledger {
    try Ledger(path: workspace.ledgerFile.path)
  }

  /// The file names in a folder of the workspace, sorted; empty when it does not exist.
  public func files(in relativePath: String) -> [String] {
    let url = root.appendingPathComponent(relativePath)
    return ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
  }

  /// The text of a file of the workspace.
  public func text(of relativePath: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
  }
}
