import ArgumentParser
import Foundation
import Logging
import Pipeline

/// `arflow watch`: runs until SIGTERM or SIGINT, ingesting files as they arrive.
struct WatchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watch",
    abstract: "Watch inbox/ and ingest files as they arrive; dun daily at --dunning-at.",
    discussion: """
      Stops cleanly on SIGTERM or SIGINT after finishing the file in hand. One arflow process \
      works in a workspace at a time.
      """)

  @OptionGroup var options: WorkspaceOptions

  @Option(help: "Seconds a file's size and time must stay unchanged before it is read.")
  var settle: Double = 2

  @Option(name: .customLong("poll-interval"), help: "Seconds between full scans of the inbox.")
  var pollInterval: Double = 30

  @Flag(
    name: .customLong("done-markers"), help: "Read a file only once NAME.done or NAME.ok exists.")
  var doneMarkers = false

  @Option(
    name: .customLong("dunning-at"),
    help: "Daily time (HH:MM) to match payments and write reminders.")
  var dunningAt: String?

  func validate() throws {
    guard settle >= 0, pollInterval > 0 else {
      throw ValidationError("--settle must be 0 or more and --poll-interval more than 0 seconds")
    }
    if let dunningAt, DailyTime(dunningAt) == nil {
      throw ValidationError("--dunning-at '\(dunningAt)' is not a time; write it as HH:MM")
    }
  }

  func run() async throws {
    let workspace = try options.initialisedWorkspace()
    let fixedDate = options.asOf.flatMap { try? LocalDate(iso8601: $0) }
    let settings = WatchDaemon.Settings(
      settle: .milliseconds(Int(settle * 1000)),
      pollInterval: .milliseconds(Int(pollInterval * 1000)), doneMarkers: doneMarkers,
      dunningAt: dunningAt.flatMap(DailyTime.init))
    try await WatchDaemon(
      workspace: workspace, settings: settings, logger: options.logger(level: .info),
      today: { fixedDate ?? WorkspaceOptions.today() }
    ).run()
  }
}
