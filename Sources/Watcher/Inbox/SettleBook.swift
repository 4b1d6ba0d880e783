import Foundation

/// What the watch loop knows about each candidate name: how the file looked, since when it has
/// not changed, when to look again and whether it was handed out already.
struct SettleBook {
  /// One candidate name.
  struct Entry {
    var fingerprint: FileFingerprint
    /// When the watcher last saw the file change (or first saw it).
    var changedAt: ContinuousClock.Instant
    /// When to look at it again.
    var dueAt: ContinuousClock.Instant
    /// Whether this appearance was yielded already.
    var handedOut: Bool
  }

  /// What a new look at a name found.
  enum Change { case new, changed, unchanged }

  let settings: WatchSettings
  private(set) var entries: [String: Entry] = [:]

  init(settings: WatchSettings) {
    self.settings = settings
  }

  /// Records how `name` looks now. A new name, or one whose size, time or inode changed, starts
  /// settling again and counts as a new appearance (it will be yielded again once stable).
  @discardableResult
  mutating func record(
    _ name: String, _ fingerprint: FileFingerprint, now: ContinuousClock.Instant, wallNow: Date
  ) -> Change {
    if let entry = entries[name], entry.fingerprint == fingerprint { return .unchanged }
    let change: Change = entries[name] == nil ? .new : .changed
    let alreadyQuiet = fingerprint.isOlder(than: settings.settle, at: wallNow)
    entries[name] = Entry(
      fingerprint: fingerprint, changedAt: now, dueAt: alreadyQuiet ? now : now + settings.settle,
      handedOut: false)
    return change
  }

  /// Forgets a name that left the inbox, so a later file of that name is a new appearance.
  mutating func forget(_ name: String) {
    entries[name] = nil
  }

  /// Forgets every name a full scan did not see.
  mutating func keepOnly(_ names: Set<String>) {
    entries = entries.filter { names.contains($0.key) }
  }

  /// Whether the file has stayed unchanged for the settle time: watched that long, or its
  /// modification time is that old already.
  func isQuiet(_ name: String, now: ContinuousClock.Instant, wallNow: Date) -> Bool {
    guard let entry = entries[name] else { return false }
    return now - entry.changedAt >= settings.settle
      || entry.fingerprint.isOlder(than: settings.settle, at: wallNow)
  }

  /// Looks at `name` again at `time`.
  mutating func postpone(_ name: String, until time: ContinuousClock.Instant) {
    entries[name]?.dueAt = time
  }

  /// Marks the name's current appearance as yielded.
  mutating func markHandedOut(_ name: String) {
    entries[name]?.handedOut = true
  }

  /// Names not yet handed out whose time to look again has come.
  func due(at now: ContinuousClock.Instant) -> [String] {
    entries.compactMap { !$0.value.handedOut && $0.value.dueAt <= now ? $0.key : nil }
  }

  /// The earliest time a name not yet handed out wants a look, if any.
  var nextDue: ContinuousClock.Instant? {
    entries.values.lazy.filter { !$0.handedOut }.map(\.dueAt).min()
  }
}
