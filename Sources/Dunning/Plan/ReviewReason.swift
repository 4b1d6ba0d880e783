public import Receivables

/// Why a document was not sent but listed for a person.
public enum ReviewReason: Sendable, Hashable, CustomStringConvertible {
  /// Money received that could not be assigned: it may pay what the document would ask.
  case unplacedPayment(ReceivedPayment)
  /// Match suggestions wait for a person.
  case pendingSuggestions(Int)
  /// An open credit note that is not set off against anything.
  case unappliedCreditNote(number: String, open: Money)
  /// The level must go by letter and the customer has no postal address.
  case letterWithoutAddress
  /// The customer has neither a postal address nor an e-mail address.
  case noAddressAtAll
  /// The item or customer names a schedule the policy does not define.
  case unknownSchedule(ScheduleChoice)
  /// The items' customer is not in the customer master.
  case unknownCustomer

  /// A stable code for scripts: `unplaced-payment`, `pending-suggestions`, ….
  public var code: String {
    switch self {
    case .unplacedPayment: "unplaced-payment"
    case .pendingSuggestions: "pending-suggestions"
    case .unappliedCreditNote: "unapplied-credit-note"
    case .letterWithoutAddress: "no-postal-address"
    case .noAddressAtAll: "no-address"
    case .unknownSchedule: "unknown-schedule"
    case .unknownCustomer: "unknown-customer"
    }
  }

  /// "received 500.00 EUR on 2026-11-19 that could not be assigned".
  public var description: String {
    switch self {
    case .unplacedPayment(let payment):
      "received \(payment.amount) on \(payment.date.iso8601) that could not be assigned"
    case .pendingSuggestions(let count):
      count == 1
        ? "1 match suggestion waits for a person" : "\(count) match suggestions wait for a person"
    case .unappliedCreditNote(let number, let open):
      "credit note \(number) has \(open.magnitude) open that is not set off"
    case .letterWithoutAddress:
      "the level is sent by letter only and the customer has no postal address"
    case .noAddressAtAll:
      "the customer has neither a postal address nor an e-mail address"
    case .unknownSchedule(let choice): choice.description
    case .unknownCustomer: "the customer is not in the customer master"
    }
  }
}
