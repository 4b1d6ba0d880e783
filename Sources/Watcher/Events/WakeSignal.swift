import CLinuxFiles
import Glibc
import Synchronization

/// Stops or nudges one watch thread from any thread: a stop flag and an eventfd the thread
/// waits on beside inotify.
final class WakeSignal: Sendable {
  /// The eventfd, or -1 when none could be opened (the thread then wakes every 250 ms).
  let descriptor: Int32
  private let stopped = Mutex(false)

  init() {
    descriptor = arflow_wake_open()
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
  }

  /// Whether the thread was asked to stop.
  var isStopped: Bool { stopped.withLock { $0 } }

  /// Asks the thread to stop and wakes it.
  func stop() {
    stopped.withLock { $0 = true }
    wake()
  }

  /// Wakes the thread so it looks at its state again.
  func wake() {
    if descriptor >= 0 { arflow_wake_signal(descriptor) }
  }

  /// Empties the eventfd after the thread woke.
  func drain() {
    if descriptor >= 0 { arflow_wake_drain(descriptor) }
  }
}
