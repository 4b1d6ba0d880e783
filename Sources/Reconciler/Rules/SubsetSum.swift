/// A bounded search for a few open amounts that add up to a payment.
enum SubsetSum {
  /// The combinations of the fewest amounts (2 to `maxSize`) that add up to `target` exactly,
  /// at most `limit` of them, each as ascending positions into `amounts`; empty when none.
  ///
  /// Amounts must be positive. Positions are tried in order, so with `amounts` oldest first,
  /// the first combination found holds the oldest items.
  static func fewestAddingUp(
    _ amounts: [Int64], to target: Int64, maxSize: Int, limit: Int
  ) -> [[Int]] {
    guard amounts.count >= 2, maxSize >= 2, target > 0, limit > 0 else { return [] }
    let sortedDescending = amounts.sorted(by: >)
    for size in 2...min(maxSize, amounts.count) {
      // The largest `size` amounts must reach the target, the smallest must not exceed it.
      let largest = sortedDescending.prefix(size).reduce(0, &+)
      let smallest = sortedDescending.suffix(size).reduce(0, &+)
      guard largest >= target else { continue }
      guard smallest <= target else { return [] }
      var found: [[Int]] = []
      var chosen: [Int] = []
      search(amounts, target, size, from: 0, &chosen, &found, limit)
      if !found.isEmpty { return found }
    }
    return []
  }

  private static func search(
    _ amounts: [Int64], _ remaining: Int64, _ size: Int, from start: Int, _ chosen: inout [Int],
    _ found: inout [[Int]], _ limit: Int
  ) {
    if chosen.count == size {
      if remaining == 0 { found.append(chosen) }
      return
    }
    let left = size - chosen.count
    guard start <= amounts.count - left else { return }
    for position in start...(amounts.count - left) where found.count < limit {
      let amount = amounts[position]
      guard amount <= remaining, left > 1 || amount == remaining else { continue }
      chosen.append(position)
      search(amounts, remaining - amount, size, from: position + 1, &chosen, &found, limit)
      chosen.removeLast()
    }
  }
}
