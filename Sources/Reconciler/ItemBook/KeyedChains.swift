/// Positions (of items or customers) filed under keys, several under one key, each position
/// at most once: a dictionary of chain heads and one "next" slot per position, so a million
/// filings cost two small arrays instead of a million small arrays.
struct KeyedChains<Key: Hashable & Sendable>: Sendable {
  private var heads: [Key: Int32] = [:]
  private var next: [Int32]

  /// An empty index for positions `0..<positions`.
  init(positions: Int, expectedKeys: Int = 0) {
    next = Array(repeating: -1, count: positions)
    heads.reserveCapacity(expectedKeys)
  }

  /// Files `position` under `key`, in front of what is filed there: read back, the last
  /// filed comes first. File youngest first to read oldest first.
  mutating func file(_ position: Int32, under key: Key) {
    next[Int(position)] = heads[key] ?? -1
    heads[key] = position
  }

  /// The positions filed under `key`, last filed first.
  func positions(under key: Key) -> Chain {
    Chain(current: heads[key] ?? -1, links: next)
  }

  var keyCount: Int { heads.count }

  /// The positions of one key.
  struct Chain: Sequence, IteratorProtocol {
    var current: Int32
    let links: [Int32]

    mutating func next() -> Int32? {
      guard current >= 0 else { return nil }
      defer { current = links[Int(current)] }
      return current
    }
  }
}

/// An amount of one currency, optionally of one customer: the key items are found by when a
/// payment's amount has to equal what they have open.
struct AmountKey: Hashable, Sendable {
  /// The customer's position, or -1 for any customer.
  let customer: Int32
  let currency: UInt16
  let minorUnits: Int64
}
