import ArgumentParser
import Foundation
import Logging
import Pipeline
import Receivables
import ServiceLifecycle
import UnixSignals
import Watcher

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
    let lock = try WorkspaceLock.acquire(at: workspace.lockFile, purpose: "watch")
    defer { lock.release() }
    let logger = options.logger(level: .info)
    let pipeline = PipelineRun(
      workspace: workspace, ledger: try PipelineRun.openLedger(of: workspace), logger: logger)
    let fixedDate = options.asOf.flatMap { try? LocalDate(iso8601: $0) }
    let today: @Sendable () -> LocalDate = { fixedDate ?? WorkspaceOptions.today() }
    let settings = WatchSettings(
      settle: .milliseconds(Int(settle * 1000)),
      pollInterval: .milliseconds(Int(pollInterval * 1000)),
      doneMarkers: doneMarkers)
    let watcher = try InboxWatcher(inbox: workspace.inbox, settings: settings) { note in
      logger.notice("\(note)")
    }
    let initialPass = InitialPass()
    var services: [any Service] = [
      InboxService(
        pipeline: pipeline, watcher: watcher, settings: settings, initialPass: initialPass,
        today: today)
    ]
    if let time = dunningAt.flatMap(DailyTime.init) {
      services.append(
        DunningSchedule(pipeline: pipeline, time: time, initialPass: initialPass, today: today))
    }
    logger.notice("watching", metadata: ["inbox": "\(workspace.inbox.path)"])
    let group = ServiceGroup(
      configuration: .init(
        services: services.map { .init(service: $0) },
        gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
    try await group.run()
    logger.notice("stopped")
  }
}
