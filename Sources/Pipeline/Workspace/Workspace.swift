public import Foundation

/// A user's arflow folder: inbox, outbox, mappings and the embedded ledger.
public struct Workspace: Sendable {
  public let root: URL
  /// A folder of XSD schemas (`ubl-2.1/`, `cii-d16b/`) to check e-invoices against; nil: no
  /// XSD check. A schema failure is a warning, never a rejection.
  public var schemas: URL?

  public init(root: URL, schemas: URL? = nil) {
    self.root = root.standardizedFileURL
    self.schemas = schemas
  }

  public var inbox: URL { root.appendingPathComponent("inbox") }
  public var failed: URL { inbox.appendingPathComponent("failed") }
  /// `inbox/.work`: files claimed for processing and not yet archived.
  public var work: URL { inbox.appendingPathComponent(".work") }
  /// `.arflow/lock`: held by the one arflow process working in this workspace.
  public var lockFile: URL { root.appendingPathComponent(".arflow/lock") }
  /// `inbox/processed/YYYY-MM-DD`.
  public func processed(on day: String) -> URL {
    inbox.appendingPathComponent("processed").appendingPathComponent(day)
  }
  public var outbox: URL { root.appendingPathComponent("outbox") }
  public var reminders: URL { outbox.appendingPathComponent("reminders") }
  public var reconciliationFolder: URL { outbox.appendingPathComponent("reconciliation") }
  public var mappings: URL { root.appendingPathComponent("mappings") }
  public var sourceMappings: URL { mappings.appendingPathComponent("sources") }
  public var policyFile: URL { mappings.appendingPathComponent("policy.yaml") }
  public var companyFile: URL { mappings.appendingPathComponent("company.yaml") }
  public var reconciliationPolicyFile: URL {
    mappings.appendingPathComponent("reconciliation.yaml")
  }
  public var templates: URL { mappings.appendingPathComponent("templates") }
  public var ledgerFile: URL { root.appendingPathComponent(".arflow/ledger.sqlite") }

  /// Files waiting in `inbox/` and claimed but unfinished in `inbox/.work/`.
  public func waitingFiles() -> (inbox: [String], claimed: [String]) {
    let inboxFiles = (try? InboxFile.waiting(in: inbox)) ?? []
    let claimedFiles = (try? InboxFile.waiting(in: work, includingAllNames: true)) ?? []
    return (inboxFiles.map(\.lastPathComponent), claimedFiles.map(\.lastPathComponent))
  }

  /// True when the folder has the layout `arflow init` creates.
  public var isInitialised: Bool {
    FileManager.default.fileExists(atPath: inbox.path)
      && FileManager.default.fileExists(atPath: sourceMappings.path)
  }
}

extension Workspace {
  /// Refuses a folder that `arflow init` did not make a workspace: no command writes a ledger
  /// into just any folder.
  /// - Throws: `PipelineError` `workspace` saying to run `arflow init`.
  public func requireInitialised() throws(PipelineError) {
    guard isInitialised else {
      throw PipelineError(
        .workspace, "this folder is not an arflow workspace", fix: "run `arflow init` first",
        location: root.path)
    }
  }
}
