import Foundation
public import Logging
import ServiceLifecycle
import UnixSignals
import Watcher

/// `arflow watch` as a service: the inbox service, and the daily dunning pass when a time is
/// set, in one service group that stops cleanly on SIGTERM or SIGINT.
public struct WatchDaemon: Sendable {
  /// How the inbox is watched.
  public struct Settings: Sendable {
    /// How long a file's size and time must stay unchanged before it is read.
    public var settle: Duration
    /// Time between full scans of the inbox (the only way on NFS/SMB).
    public var pollInterval: Duration
    /// Read a file only once `NAME.done` or `NAME.ok` exists.
    public var doneMarkers: Bool
    /// The daily time to match payments and write reminders; nil: never.
    public var dunningAt: DailyTime?

    public init(
      settle: Duration, pollInterval: Duration, doneMarkers: Bool, dunningAt: DailyTime?
    ) {
      self.settle = settle
      self.pollInterval = pollInterval
      self.doneMarkers = doneMarkers
      self.dunningAt = dunningAt
    }
  }

  let workspace: Workspace
  let settings: Settings
  let logger: Logger
  /// Today: the machine's date, or a fixed `--as-of`.
  let today: @Sendable () -> LocalDate

  public init(
    workspace: Workspace, settings: Settings, logger: Logger,
    today: @escaping @Sendable () -> LocalDate
  ) {
    self.workspace = workspace
    self.settings = settings
    self.logger = logger
    self.today = today
  }

  /// Takes the workspace and runs until SIGTERM or SIGINT, finishing the file in hand.
  /// - Throws: `WatchError` when the workspace is taken or the inbox cannot be watched;
  ///   `LedgerError` when the ledger cannot be opened.
  public func run() async throws {
    let lease = try workspace.lease(for: "watch")
    defer { lease.release() }
    let pipeline = try PipelineRun.open(workspace, logger: logger)
    let watch = WatchSettings(
      settle: settings.settle, pollInterval: settings.pollInterval,
      doneMarkers: settings.doneMarkers)
    let logger = logger
    let watcher = try InboxWatcher(inbox: workspace.inbox, settings: watch) { note in
      logger.notice("\(note)")
    }
    let initialPass = InitialPass()
    var services: [any Service] = [
      InboxService(
        pipeline: pipeline, watcher: watcher, settings: watch, initialPass: initialPass,
        today: today)
    ]
    if let time = settings.dunningAt {
      services.append(
        DunningSchedule(pipeline: pipeline, time: time, initialPass: initialPass, today: today))
    }
    logger.notice("watching", metadata: ["inbox": "\(workspace.inbox.path)"])
    if let time = settings.dunningAt {
      logger.notice(
        "payments are matched and reminders written daily",
        metadata: ["dunning.at": "\(time.text)"])
    } else {
      logger.notice(
        "payments are not matched and no reminders written: start with --dunning-at HH:MM for that"
      )
    }
    let group = ServiceGroup(
      configuration: .init(
        services: services.map { .init(service: $0) },
        gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
    try await group.run()
    logger.notice("stopped")
  }
}
