import Dispatch

/// Runs a read-only step over many values on a few threads, in contiguous chunks, writing
/// each result at its own position: the result never depends on the scheduling.
enum Parallel {
  /// `transform` of every position `0..<count`, in position order. `transform` must only
  /// read shared state.
  static func map<T>(_ count: Int, workers: Int, _ transform: (Int) -> T) -> [T] {
    let chunks = max(1, min(workers, count / 4096))
    guard chunks > 1 else { return (0..<count).map(transform) }
    return withoutActuallyEscaping(transform) { transform in
      [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        guard let base = buffer.baseAddress else { return }
        let shared = SharedAcrossThreads(base: base, transform: transform)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
          let lower = count * chunk / chunks
          let upper = count * (chunk + 1) / chunks
          for position in lower..<upper {
            (shared.base + position).initialize(to: shared.transform(position))
          }
        }
        initialized = count
      }
    }
  }

  /// The output buffer and the step, handed to the threads: each thread writes only its own
  /// chunk of positions, and the step only reads.
  private struct SharedAcrossThreads<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
    let transform: (Int) -> T
  }
}
