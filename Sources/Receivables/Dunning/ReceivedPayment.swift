/// Money received on a day: toward a promise, an instalment, or a payment nobody could place.
public struct ReceivedPayment: Sendable, Hashable {
  public var amount: Money
  public var date: LocalDate

  public init(amount: Money, date: LocalDate) {
    self.amount = amount
    self.date = date
  }
}
