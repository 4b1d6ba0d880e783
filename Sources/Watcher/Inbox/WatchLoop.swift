import Foundation
import Glibc

/// The body of one watch thread: scans, reads inotify, and yields files once they are stable.
/// Everything here runs on that one thread; other threads reach it only through `WakeSignal`
/// and `WatchProbe`.
final class WatchLoop {
  let inbox: URL
  let settings: WatchSettings
  let note: @Sendable (String) -> Void
  let signal: WakeSignal
  let probe: WatchProbe
  let output: AsyncStream<StableFile>.Continuation
  var book: SettleBook
  var queue: InotifyQueue?
  var nextScan = ContinuousClock.now
  var scanFailing = false

  init(
    inbox: URL, settings: WatchSettings, note: @escaping @Sendable (String) -> Void,
    signal: WakeSignal, probe: WatchProbe, output: AsyncStream<StableFile>.Continuation
  ) {
    self.inbox = inbox
    self.settings = settings
    self.note = note
    self.signal = signal
    self.probe = probe
    self.output = output
    self.book = SettleBook(settings: settings)
  }

  /// Runs until the signal says stop, then finishes the stream.
  func run() {
    defer { output.finish() }
    startEvents()
    scan()
    while !signal.isStopped {
      yieldStableFiles()
      let readable = waitForActivity(until: wakeTime)
      if signal.isStopped { break }
      signal.drain()
      if readable, !probe.isPaused, let queue { handle(queue.drain()) }
      if ContinuousClock.now >= nextScan { scan() }
    }
  }

  /// Opens inotify unless the inbox is on a network file system, and says how the inbox is
  /// watched.
  private func startEvents() {
    let every = settings.pollInterval.shortText
    if probe.forcePolling {
      note("inotify is switched off; the inbox is scanned every \(every)")
      return
    }
    if let network = FileSystemKind.of(inbox.path)?.networkName {
      note(
        "the inbox is on a network file system (\(network)); inotify does not see changes made "
          + "by other machines there, so the inbox is scanned every \(every)")
      return
    }
    do {
      queue = try InotifyQueue(watching: inbox.path)
      note("watching the inbox with inotify and a full scan every \(every)")
    } catch {
      note("inotify is unavailable (\(error.reason)); the inbox is scanned every \(every)")
    }
  }

  /// When the thread must look again at the latest: the next scan or the next file due.
  private var wakeTime: ContinuousClock.Instant {
    guard let due = book.nextDue else { return nextScan }
    return min(due, nextScan)
  }

  /// Sleeps in `poll` until `deadline`, a wake-up, or (unless paused) an inotify event.
  /// - Returns: whether inotify has events to read.
  private func waitForActivity(until deadline: ContinuousClock.Instant) -> Bool {
    var watched: [pollfd] = []
    if signal.descriptor >= 0 {
      watched.append(pollfd(fd: signal.descriptor, events: Int16(POLLIN), revents: 0))
    }
    let listening = queue != nil && !probe.isPaused
    if listening, let queue {
      watched.append(pollfd(fd: queue.descriptor, events: Int16(POLLIN), revents: 0))
    }
    let remaining = max(deadline - ContinuousClock.now, .zero)
    var milliseconds = min(Int((remaining.seconds * 1000).rounded(.up)), Int(Int32.max))
    if signal.descriptor < 0 { milliseconds = min(milliseconds, 250) }
    let count = poll(&watched, nfds_t(watched.count), Int32(milliseconds))
    guard count > 0, listening, let last = watched.last else { return false }
    return last.revents != 0
  }

  /// A full scan: the truth about what is in the inbox.
  func scan() {
    defer {
      nextScan = ContinuousClock.now + settings.scanEvery
      probe.countScan()
    }
    let sightings: [InboxListing.Sighting]
    do {
      sightings = try InboxListing.sightings(in: inbox)
    } catch {
      if !scanFailing {
        note("\(error.message); trying again in \(settings.pollInterval.shortText)")
      }
      scanFailing = true
      return
    }
    if scanFailing { note("the inbox can be read again") }
    scanFailing = false
    let now = ContinuousClock.now
    let wallNow = Date()
    for sighting in sightings {
      book.record(sighting.name, sighting.fingerprint, now: now, wallNow: wallNow)
    }
    book.keepOnly(Set(sightings.map(\.name)))
  }

  func path(_ name: String) -> String {
    inbox.appendingPathComponent(name, isDirectory: false).path
  }
}
