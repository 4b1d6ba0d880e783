import Configuration
import Dunning
import Exporter
import Foundation
import Ledger
import Normalizer
import Receivables
import Reconciler

/// `arflow doctor`: checks a workspace the way a first run would find its problems, and says
/// what to fix: the creditor, the mappings, the templates, the rate tables, the fonts, the
/// folders, the ledger.
public struct WorkspaceDoctor: Sendable {
  /// One thing checked: fine, or what is wrong and what to do.
  public struct Finding: Sendable, Equatable {
    public let subject: String
    /// Nil when all is well.
    public let problem: String?
    public let detail: String

    public var isProblem: Bool { problem != nil }
  }

  let workspace: Workspace
  /// The day the rate tables must be verified through (`--as-of`); nil skips that check.
  let asOf: LocalDate?

  public init(workspace: Workspace, asOf: LocalDate? = nil) {
    self.workspace = workspace
    self.asOf = asOf
  }

  /// Every check, in the order a person would fix them.
  public func check() -> [Finding] {
    guard workspace.isInitialised else {
      return [
        Finding(
          subject: "workspace", problem: "\(workspace.root.path) is not an arflow workspace",
          detail: "run `arflow init`")
      ]
    }
    return [company(), mappings(), reconciliation(), policy(), templates(), rates(), fonts()]
      + folders() + [ledger()]
  }

  private func company() -> Finding {
    do {
      let missing = try workspace.missingCreditorFields()
      guard missing.isEmpty else {
        return Finding(
          subject: "company.yaml", problem: "\(missing.joined(separator: ", ")) still empty",
          detail: "fill in your company's details; no reminder is written until they are there")
      }
      let creditor = try workspace.creditor()
      return Finding(
        subject: "company.yaml", problem: nil,
        detail: "\(creditor.name), IBAN \(creditor.iban.formatted)")
    } catch {
      return Finding(subject: "company.yaml", problem: error.placedMessage, detail: error.fix)
    }
  }

  private func mappings() -> Finding {
    do {
      let mappings = try SourceMapping.loadAll(from: workspace.sourceMappings)
      return Finding(
        subject: "mappings/sources", problem: nil, detail: "\(mappings.count) mappings read")
    } catch {
      return Finding(subject: "mappings/sources", problem: error.placedMessage, detail: error.fix)
    }
  }

  private func reconciliation() -> Finding {
    do {
      let policy = try ReconciliationPolicy.load(from: workspace.reconciliationPolicyFile)
      return Finding(
        subject: "reconciliation.yaml", problem: nil,
        detail: policy.autoApply
          ? "matches from confidence \(policy.minimumConfidence) are booked"
          : "matches are only proposed (autoApply: false)")
    } catch {
      return Finding(
        subject: "reconciliation.yaml", problem: error.placedMessage, detail: error.fix)
    }
  }

  private func policy() -> Finding {
    do {
      let policy = try DunningPolicy.load(from: workspace.policyFile)
      let levels = policy.schedules.reduce(0) { $0 + $1.levels.count }
      return Finding(
        subject: "policy.yaml", problem: nil,
        detail:
          "\(Plural.count(policy.schedules.count, "schedule")) with \(Plural.count(levels, "level"))"
      )
    } catch {
      return Finding(subject: "policy.yaml", problem: error.placedMessage, detail: error.fix)
    }
  }

  private func templates() -> Finding {
    guard let policy = try? DunningPolicy.load(from: workspace.policyFile) else {
      return Finding(
        subject: "templates", problem: nil, detail: "not checked: policy.yaml cannot be read")
    }
    var checked = 0
    for name in policy.templateNames {
      for language in Language.allCases {
        do throws(ExportError) {
          _ = try LetterTemplate.load(level: name, language: language, from: workspace.templates)
          checked += 1
        } catch {
          return Finding(subject: "templates", problem: error.message, detail: error.fix)
        }
      }
    }
    return Finding(subject: "templates", problem: nil, detail: "\(checked) templates compile")
  }

  /// The rate tables read, and which of them are past the day they are verified through (a
  /// run still computes with their last rate and says so; the fix is a new row).
  private func rates() -> Finding {
    let calculator: ChargeCalculator
    do {
      calculator = try ChargeCalculator.load(workspace: workspace.root)
    } catch {
      return Finding(subject: "rates", problem: error.placedMessage, detail: error.fix)
    }
    let stale = calculator.tables.tables.values
      .filter { table in asOf.map { table.verifiedThrough < $0 } ?? false }
      .sorted { $0.name < $1.name }
      .map { "\($0.name) (verified through \($0.verifiedThrough))" }
    var detail =
      "\(calculator.tables.tables.count) rate tables read from \(calculator.tablesOrigin)"
    if !stale.isEmpty {
      detail +=
        "; add the newer rates to " + stale.joined(separator: ", ")
        + ": until then the last known rate is used, and said so"
    }
    return Finding(subject: "rates", problem: nil, detail: detail)
  }

  private func fonts() -> Finding {
    let family = InstalledFonts.letterFamily
    guard InstalledFonts.has(family) else {
      return Finding(
        subject: "fonts", problem: "\(family) is not installed",
        detail: "install it (Debian: apt-get install fonts-dejavu-core)")
    }
    return Finding(subject: "fonts", problem: nil, detail: "\(family) is installed")
  }

  private func folders() -> [Finding] {
    [workspace.inbox, workspace.outbox, workspace.ledgerFile.deletingLastPathComponent()].map {
      folder in
      let relative = String(folder.path.dropFirst(workspace.root.path.count + 1))
      let probe = folder.appendingPathComponent(".arflow-doctor-\(UUID().uuidString)")
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data().write(to: probe)
        try FileManager.default.removeItem(at: probe)
        return Finding(subject: relative, problem: nil, detail: "writable")
      } catch {
        return Finding(
          subject: relative, problem: "arflow cannot write in \(folder.path)",
          detail: "give the user arflow runs as write access to the folder")
      }
    }
  }

  private func ledger() -> Finding {
    guard FileManager.default.fileExists(atPath: workspace.ledgerFile.path) else {
      return Finding(
        subject: "ledger", problem: nil, detail: "not created yet (the first run does)")
    }
    do {
      let problems = try PipelineRun.openLedger(of: workspace).integrityProblems()
      guard problems.isEmpty else {
        return Finding(
          subject: "ledger", problem: problems.prefix(3).joined(separator: "; "),
          detail: "stop using this ledger and keep a copy of .arflow/ledger.sqlite for a look")
      }
      return Finding(subject: "ledger", problem: nil, detail: "integrity and invariants hold")
    } catch {
      return Finding(subject: "ledger", problem: error.message, detail: error.fix)
    }
  }
}
