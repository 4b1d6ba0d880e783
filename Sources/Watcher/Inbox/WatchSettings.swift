import Foundation

/// Settings of the watcher.
public struct WatchSettings: Sendable, Equatable {
  /// How long a file's size and modification time must stay unchanged before it is stable.
  public var settle: Duration
  /// Time between full scans of the inbox; the only mechanism on network file systems.
  public var pollInterval: Duration
  /// Whether a file is stable only once `NAME.done` or `NAME.ok` exists beside it.
  public var doneMarkers: Bool

  /// - Parameters:
  ///   - settle: unchanged time before a file is stable (`--settle`, default 2 s).
  ///   - pollInterval: time between full scans (`--poll-interval`, default 30 s).
  ///   - doneMarkers: wait for `NAME.done` or `NAME.ok` as well (`--done-markers`).
  public init(
    settle: Duration = .seconds(2), pollInterval: Duration = .seconds(30),
    doneMarkers: Bool = false
  ) {
    self.settle = settle
    self.pollInterval = pollInterval
    self.doneMarkers = doneMarkers
  }

  /// How often a file that is quiet but not yet ready (empty, held by a writer, waiting for its
  /// marker) is looked at again: the settle time, kept between 0.1 s and 1 s.
  var recheck: Duration {
    min(max(settle, .milliseconds(100)), .seconds(1))
  }

  /// How long an empty file must stay empty and untouched before it is taken (and then refused
  /// as empty): a file just created is empty until its writer writes, so the settle time is not
  /// enough to tell an empty export from one still being written.
  static let emptyFileQuiet: Duration = .seconds(60)

  /// Whether a file may be taken as it is: it has content, or it has been empty and untouched
  /// for `emptyFileQuiet`.
  static func mayTake(_ fingerprint: FileFingerprint, at now: Date) -> Bool {
    fingerprint.size > 0 || fingerprint.isOlder(than: emptyFileQuiet, at: now)
  }

  /// The time between full scans, never below 0.1 s (a zero interval would spin).
  var scanEvery: Duration {
    max(pollInterval, .milliseconds(100))
  }
}
