public import Foundation
import Logging
public import Receivables
public import ServiceLifecycle
public import Watcher

/// The long-running half of `arflow watch`: finishes what an interrupted process left in
/// `inbox/.work/`, ingests what is already waiting, then every file the watcher reports stable,
/// one at a time in arrival order, until graceful shutdown. The file in hand is always finished.
public struct InboxService: Service {
  let pipeline: PipelineRun
  let watcher: InboxWatcher
  let settings: WatchSettings
  let initialPass: InitialPass
  let today: @Sendable () -> LocalDate

  public init(
    pipeline: PipelineRun, watcher: InboxWatcher, settings: WatchSettings, initialPass: InitialPass,
    today: @escaping @Sendable () -> LocalDate
  ) {
    self.pipeline = pipeline
    self.watcher = watcher
    self.settings = settings
    self.initialPass = initialPass
    self.today = today
  }

  public func run() async throws {
    defer { watcher.stop() }
    _ = try pipeline.sweep(asOf: today())
    for file in try InboxWatcher.scanOnce(inbox: pipeline.workspace.inbox, settings: settings) {
      await ingest(file)
    }
    await initialPass.markDone()
    for await file in watcher.stableFiles().cancelOnGracefulShutdown() {
      await ingest(file)
    }
  }

  /// Ingests one file; a transient fault (database busy, disk full) is retried with back-off,
  /// the file waiting in `inbox/.work/`, never quarantined.
  private func ingest(_ file: StableFile) async {
    var outcome: FileOutcome?
    do {
      outcome = try pipeline.ingest(file, asOf: today())
    } catch {
      pipeline.logger.error(
        "file could not be ingested", metadata: ["file.name": "\(file.name)", "error": "\(error)"])
    }
    var pause = Duration.seconds(1)
    while outcome?.result == .retryLater, !Task.isCancelled {
      pipeline.logger.warning(
        "transient fault, retrying",
        metadata: ["file.name": "\(file.name)", "retry.in": "\(pause)"])
      try? await Task.sleep(for: pause)
      pause = min(pause * 2, .seconds(60))
      outcome = try? pipeline.sweep(asOf: today()).first { $0.name == outcome?.name }
    }
  }
}

/// Whether `arflow watch` has ingested what was waiting when it started; the dunning step waits
/// for it, so a catch-up run after a restart sees every file that was already there.
public actor InitialPass {
  private var isDone = false
  private var waiters: [CheckedContinuation<Void, Never>] = []

  public init() {}

  func markDone() {
    isDone = true
    for waiter in waiters { waiter.resume() }
    waiters = []
  }

  func wait() async {
    if isDone { return }
    await withCheckedContinuation { waiters.append($0) }
  }
}
