import Synchronization

/// What tests may look at and steer inside a running watch: how many scans and overflows it
/// saw, whether it reads inotify at all (paused, to let the kernel queue overflow) and whether
/// it must poll as on a network file system.
final class WatchProbe: Sendable {
  private struct State {
    var scans = 0
    var overflows = 0
    var paused = false
    var forcePolling = false
  }

  private let state = Mutex(State())

  /// Full scans done so far (the start scan included).
  var scans: Int { state.withLock { $0.scans } }
  /// Overflows of the inotify queue seen so far.
  var overflows: Int { state.withLock { $0.overflows } }

  /// Whether the watch thread leaves inotify events unread.
  var isPaused: Bool {
    get { state.withLock { $0.paused } }
    set { state.withLock { $0.paused = newValue } }
  }

  /// Whether the watch ignores inotify and only polls; read when a watch starts.
  var forcePolling: Bool {
    get { state.withLock { $0.forcePolling } }
    set { state.withLock { $0.forcePolling = newValue } }
  }

  func countScan() {
    state.withLock { $0.scans += 1 }
  }

  func countOverflow() {
    state.withLock { $0.overflows += 1 }
  }
}
