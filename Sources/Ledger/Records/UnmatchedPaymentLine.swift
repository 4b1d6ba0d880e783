import Foundation
public import Receivables

/// A payment left with money unallocated after a reconciliation, as the unmatched file lists
/// it: what is left, why, and the best suggestions.
public struct UnmatchedPaymentLine: Hashable, Sendable, Codable {
  /// Why it is listed.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// Nothing of it is allocated.
    case payment
    /// Part of it is allocated; the rest is the customer's credit or waits for a person.
    case surplus
    /// A reversal or returned payment whose original no rule could find.
    case reversal
    /// A person took its allocation back; only a person allocates it again.
    case manual
  }

  public var kind: Kind
  /// The bank's own reference (camt `AcctSvcrRef`, MT940 bank reference), else arflow's id.
  public var bankReference: String
  /// arflow's identity of the payment, as `arflow allocate` takes it.
  public var paymentID: String
  public var bookingDate: String
  public var payerName: String?
  public var payerIBAN: String?
  public var remittance: String?
  /// What is left, in minor units of `currency` (negative for a reversal).
  public var unallocatedMinor: Int64
  public var currency: String
  public var note: String?
  public var suggestions: [SuggestionLine]

  public init(
    kind: Kind, payment: Payment, unallocated: Money, note: String? = nil,
    suggestions: [SuggestionLine] = []
  ) {
    self.kind = kind
    bankReference = payment.servicerReference ?? payment.bankReference
    paymentID = payment.bankReference
    bookingDate = payment.bookingDate.iso8601
    payerName = payment.counterpartyName
    payerIBAN = payment.counterpartyIBAN
    remittance = [payment.structuredReference, payment.remittanceText].compactMap { $0 }
      .joined(separator: " ")
    unallocatedMinor = unallocated.minorUnits
    currency = unallocated.currency.code
    self.note = note
    self.suggestions = suggestions
  }

  /// One suggestion: the items, their customer, a score that ranks it, and why.
  public struct SuggestionLine: Hashable, Sendable, Codable {
    public var itemNumbers: [String]
    public var customerID: String
    public var score: Int
    public var reason: String

    public init(itemNumbers: [String], customerID: String, score: Int, reason: String) {
      self.itemNumbers = itemNumbers
      self.customerID = customerID
      self.score = score
      self.reason = reason
    }
  }
}

extension UnmatchedPaymentLine {
  /// The list as stored with a reconciliation: JSON with sorted keys, so equal lists are equal
  /// text.
  static func encodedList(_ lines: [UnmatchedPaymentLine]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    guard let data = try? encoder.encode(lines) else { return "[]" }
    return String(decoding: data, as: UTF8.self)
  }

  static func decodedList(_ text: String) -> [UnmatchedPaymentLine] {
    (try? JSONDecoder().decode([UnmatchedPaymentLine].self, from: Data(text.utf8))) ?? []
  }
}
