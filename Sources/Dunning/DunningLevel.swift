public import Receivables

/// One step of the dunning policy: from how many days overdue, by which channel, at what fee.
public struct DunningLevel: Sendable, Equatable {
  /// 1 for the first reminder.
  public var number: Int
  public var name: String
  /// The level applies from this many days past the due date.
  public var daysOverdue: Int
  public var channel: DocumentChannel
  /// The fee charged with this reminder, in the item's currency.
  public var fee: DecimalFee

  public init(
    number: Int, name: String, daysOverdue: Int, channel: DocumentChannel, fee: DecimalFee
  ) {
    self.number = number
    self.name = name
    self.daysOverdue = daysOverdue
    self.channel = channel
    self.fee = fee
  }
}

/// A fee written as a decimal in the policy, turned into money in an item's currency.
public struct DecimalFee: Sendable, Equatable {
  /// The decimal text, "5.00".
  public let text: String

  public init?(_ text: String) {
    guard (try? Money(decimal: text, currency: .eur)) != nil else { return nil }
    self.text = text
  }

  /// The fee in `currency`.
  /// - Throws: `MoneyError` when the fee has more decimals than the currency (e.g. JPY).
  public func amount(in currency: Currency) throws(MoneyError) -> Money {
    try Money(decimal: text, currency: currency)
  }
}
