import ArgumentParser
import Foundation
import Pipeline

/// `arflow demo`: a fresh workspace with example files, one run, and a tour of the result.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Create a demo workspace with example files, run it, and show what happened.")

  @Option(name: .long, help: "The demo workspace folder.")
  var workspace: String = "arflow-demo"

  @Option(name: .customLong("as-of"), help: "Run as if today were this date (YYYY-MM-DD).")
  var asOf: String = Demo.defaultAsOf

  @Flag(name: .long, help: "Log every file and step to standard error.")
  var verbose = false

  func validate() throws {
    if (try? LocalDate(iso8601: asOf)) == nil {
      throw ValidationError("--as-of '\(asOf)' is not a date; write it as YYYY-MM-DD")
    }
  }

  func run() throws {
    var options = try WorkspaceOptions.parse(["--workspace", workspace, "--as-of", asOf])
    options.verbose = verbose
    let folder = options.workspaceFolder
    let examples = try Demo.prepare(folder)
    print("Demo workspace: \(folder.root.path)")
    print("Example files copied into inbox/: \(examples.joined(separator: ", "))\n")
    let pipeline = try PipelineRun.open(folder, logger: options.logger())
    let report = try pipeline.run(asOf: options.date(), settle: .zero)
    print(RunReportText(report: report, verbose: true).text)
    print("Ledger now: \(try StatusText(of: pipeline, asOf: options.date()).headline)")
    if let batch = report.dunning?.batch {
      let place = folder.reminders.appendingPathComponent(batch.id).path
      print("\nDocuments (\(batch.written.count)) are in \(place)/:")
      print("  one PDF per customer, print.pdf with the letters, manifest.csv and manifest.json")
      print("  to: \(batch.written.map(\.customerID).joined(separator: "; "))")
    }
    print("\nTry: swift run arflow status --workspace \(workspace) --as-of \(asOf)")
  }
}
