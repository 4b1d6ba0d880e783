/// SplitMix64: a small deterministic generator, so every benchmark run builds the same data.
public struct BenchmarkRandom: Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  /// A whole number in `range`.
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }

  /// True `percent` times in a hundred (fractions allowed).
  mutating func chance(_ percent: Double) -> Bool {
    Double(next() % 1_000_000) < percent * 10_000
  }

  /// One of `values`.
  mutating func pick<T>(_ values: [T]) -> T { values[Int(next() % UInt64(values.count))] }
}
