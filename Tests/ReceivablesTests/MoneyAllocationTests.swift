import Receivables
import Testing

struct MoneyAllocationTests {
  static let splits: [(Int64, [Int64], [Int64])] = [
    (100, [1, 1, 1], [34, 33, 33]),
    (100, [1, 1], [50, 50]),
    (1, [1, 1, 1], [1, 0, 0]),
    (-100, [1, 1, 1], [-34, -33, -33]),
    (1000, [70, 30], [700, 300]),
    (999, [1, 2, 3], [167, 333, 499]),
    (5, [0, 1], [0, 5]),
  ]

  @Test("splits an amount without losing or inventing a cent", arguments: splits)
  func allocates(total: Int64, weights: [Int64], expected: [Int64]) throws {
    let parts = try Money(minorUnits: total, currency: .eur).allocated(over: weights)
    #expect(parts.map(\.minorUnits) == expected)
    #expect(parts.reduce(0) { $0 + $1.minorUnits } == total)
  }

  @Test("splits evenly over a count")
  func evenly() throws {
    let parts = try Money(minorUnits: 1000, currency: .eur).allocated(evenly: 3)
    #expect(parts.map(\.minorUnits) == [334, 333, 333])
  }

  @Test("refuses impossible splits")
  func invalidSplits() {
    let money = Money(minorUnits: 100, currency: .eur)
    #expect(throws: MoneyError.self) { try money.allocated(over: []) }
    #expect(throws: MoneyError.self) { try money.allocated(over: [0, 0]) }
    #expect(throws: MoneyError.self) { try money.allocated(over: [1, -1]) }
  }

  @Test("sums whole lists, and an empty list is zero")
  func sums() throws {
    let amounts = [100, 250, -50].map { Money(minorUnits: $0, currency: .eur) }
    #expect(try Money.sum(amounts, currency: .eur).minorUnits == 300)
    #expect(try Money.sum([], currency: .usd) == Money.zero(.usd))
  }
}
