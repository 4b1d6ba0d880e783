import ArgumentParser
import Foundation
import Logging
import Pipeline

/// The options every command shares: where the workspace is and which day it is.
struct WorkspaceOptions: ParsableArguments {
  @Option(name: .long, help: "The workspace folder (default: the current folder).")
  var workspace: String = "."

  @Option(name: .customLong("as-of"), help: "Run as if today were this date (YYYY-MM-DD).")
  var asOf: String?

  @Option(
    name: .long,
    help:
      "A folder of XSD schemas (ubl-2.1/, cii-d16b/) to check e-invoices against; failures are warnings."
  )
  var schemas: String?

  @Flag(name: .long, help: "Log every file and step to standard error.")
  var verbose = false

  func validate() throws {
    if let schemas {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: schemas, isDirectory: &isFolder),
        isFolder.boolValue
      else {
        throw ValidationError("--schemas '\(schemas)' is not a folder")
      }
    }
    if let asOf, (try? LocalDate(iso8601: asOf)) == nil {
      throw ValidationError("--as-of '\(asOf)' is not a date; write it as YYYY-MM-DD")
    }
  }

  var workspaceFolder: Workspace {
    Workspace(
      root: URL(fileURLWithPath: workspace, isDirectory: true),
      schemas: schemas.map { URL(fileURLWithPath: $0, isDirectory: true) })
  }

  /// The workspace, which must have been created with `arflow init`: no command writes a
  /// ledger into a folder that is not a workspace.
  func initialisedWorkspace() throws -> Workspace {
    let workspace = workspaceFolder
    try workspace.requireInitialised()
    return workspace
  }

  /// The as-of date, or today in the machine's time zone.
  func date(default fallback: String? = nil) -> LocalDate {
    if let text = asOf ?? fallback, let date = try? LocalDate(iso8601: text) { return date }
    return Self.today()
  }

  /// Today in the machine's time zone.
  static func today() -> LocalDate {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return (try? LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1))
      ?? LocalDate(daysSinceEpoch: 0)
  }

  /// A logger to standard error: warnings only, or everything from `level` with `--verbose`.
  func logger(level: Logger.Level = .warning) -> Logger {
    var logger = Logger(label: "arflow") { label in StreamLogHandler.standardError(label: label) }
    logger.logLevel = verbose ? .info : level
    return logger
  }
}
