import ArgumentParser
import Pipeline

/// `arflow doctor`: checks a workspace and prints what to fix.
struct DoctorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "doctor",
    abstract: "Check the workspace (company, mappings, templates, rates, fonts, folders, ledger).",
    discussion: "Exits 0 when all is well, 1 when something needs fixing.")

  @OptionGroup var options: WorkspaceOptions

  func run() throws {
    let findings = WorkspaceDoctor(workspace: options.workspaceFolder, asOf: options.date())
      .check()
    for finding in findings {
      if let problem = finding.problem {
        print("fix  \(finding.subject): \(problem)\n     \(finding.detail)")
      } else {
        print("ok   \(finding.subject): \(finding.detail)")
      }
    }
    if findings.contains(where: \.isProblem) { throw ExitCode(ExitStatus.dataOrSetUp) }
  }
}
