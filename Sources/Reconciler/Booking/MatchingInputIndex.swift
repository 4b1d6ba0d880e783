import Receivables

/// The matching input's payments and items by their identity, as positions: one index for the
/// whole pass instead of copies of a million payments per lookup table.
struct MatchingInputIndex {
  let input: MatchingInput
  private let paymentPositions: [String: Int]
  private let itemPositions: [String: Int]

  init(_ input: MatchingInput) {
    self.input = input
    var payments: [String: Int] = [:]
    payments.reserveCapacity(input.payments.count)
    for (position, balance) in input.payments.enumerated() {
      payments[balance.payment.bankReference] = payments[balance.payment.bankReference] ?? position
    }
    var items: [String: Int] = [:]
    items.reserveCapacity(input.items.count)
    for (position, item) in input.items.enumerated() {
      items[item.number] = items[item.number] ?? position
    }
    paymentPositions = payments
    itemPositions = items
  }

  func payment(_ reference: String) -> PaymentBalance? {
    paymentPositions[reference].map { input.payments[$0] }
  }

  func item(_ number: String) -> OpenItem? {
    itemPositions[number].map { input.items[$0] }
  }
}
