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
    let first = try options.date()
    let report = try pipeline.run(asOf: first, settle: .zero)
    print(RunReportText(report: report, verbose: true).text)
    print("Ledger now: \(try StatusText(of: pipeline, asOf: first).headline)")
    let tour = DemoTour(pipeline: pipeline)
    print("\nBetween runs, the credit manager records:")
    for step in try tour.recordHolds(on: first) {
      print("  \(step.command)\n    → \(step.outcome)")
    }
    for days in DemoTour.laterRuns {
      let date = first.adding(days: days)
      print("\nTwo weeks on (arflow run --as-of \(date.iso8601)):")
      let later = try pipeline.run(asOf: date, settle: .zero)
      print(RunReportText(report: later, verbose: true).text)
    }
    let documents = try tour.documents()
    print("Documents written (\(documents.count)), in \(folder.reminders.path)/:")
    for document in documents { print("  \(document)") }
    print("\nTry: swift run arflow status --workspace \(workspace) --as-of \(asOf)")
  }
}
