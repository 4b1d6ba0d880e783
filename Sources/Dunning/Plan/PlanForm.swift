/// The JSON form of a plan (`arflow dun --dry-run --json`): amounts as decimal strings, dates
/// as YYYY-MM-DD, codes in kebab or camel case as listed. These names are a contract for
/// scripts: add names, never rename them. (What a batch wrote is `manifest.json`.)
public struct PlanForm: Codable, Sendable, Equatable {
  public var asOf: String
  public var summary: Summary
  public var documents: [Document]
  public var review: [Review]
  public var changes: [Change]
  /// Left out unless asked for: one per open invoice.
  public var decisions: [Decision]?

  /// How many of each the plan holds.
  public struct Summary: Codable, Sendable, Equatable {
    public var documents: Int
    public var reminders: Int
    public var review: Int
    public var changes: Int
  }

  /// One document: to whom, which level, which channel, which items.
  public struct Document: Codable, Sendable, Equatable {
    public var id: String
    /// `reminder`, `second-chance`, `instalment-reminder`.
    public var kind: String
    public var customerId: String
    public var currency: String
    public var level: Int?
    public var levelName: String?
    public var schedule: String?
    public var template: String
    /// `letter` or `email`.
    public var channel: String
    public var channelNote: String?
    public var final: Bool
    public var needsApproval: Bool
    public var total: String
    public var explanation: String
    public var items: [Item]
    public var instalments: [Instalment]?
    public var returnedDebits: [ReturnedDebit]?
  }

  /// One item on a document.
  public struct Item: Codable, Sendable, Equatable {
    public var number: String
    /// `reminded`, `open`, `disputed`, `paused`, `arrangement`.
    public var state: String
    public var level: Int?
    public var levelName: String?
    public var dueDate: String
    public var daysOverdue: Int
    public var openAmount: String
    public var explanation: String
  }

  /// A missed instalment on an instalment reminder.
  public struct Instalment: Codable, Sendable, Equatable {
    public var arrangementId: String
    public var number: Int
    public var dueDate: String
    public var amount: String
    public var openAmount: String
    public var reference: String
  }

  /// A returned direct debit on a second-chance notice.
  public struct ReturnedDebit: Codable, Sendable, Equatable {
    public var itemNumber: String
    public var paymentId: String
    public var returnedOn: String
    public var reason: String?
  }

  /// A document held back, or items that could not be planned, for a person.
  public struct Review: Codable, Sendable, Equatable {
    public var customerId: String
    public var currency: String?
    public var documentKind: String?
    public var level: Int?
    public var items: [String]
    public var reasons: [Reason]
  }

  /// Why, as a stable code and in words.
  public struct Reason: Codable, Sendable, Equatable {
    /// `unplaced-payment`, `pending-suggestions`, `unapplied-credit-note`, `no-postal-address`,
    /// `no-address`, `unknown-schedule`, `unknown-customer`.
    public var code: String
    public var text: String
  }

  /// A promise or arrangement whose state changed.
  public struct Change: Codable, Sendable, Equatable {
    /// `promiseKept`, `promiseBroken`, `arrangementCompleted`, `arrangementBroken`.
    public var kind: String
    public var id: String
    public var customerId: String
    public var explanation: String
  }

  /// What was decided for one open invoice.
  public struct Decision: Codable, Sendable, Equatable {
    public var number: String
    public var customerId: String
    public var currency: String
    public var daysOverdue: Int
    /// `reminded`, `not-yet-due`, `interval`, `other-document-today`, `disputed`, `paused`,
    /// `promised`, `arrangement`, `not-dunnable`, `below-minimum`, `review`,
    /// `last-level-sent`, `handover-due`, `no-level`.
    public var outcome: String
    public var level: Int?
    public var dueFrom: String?
    public var schedule: String?
    /// `item`, `customer`, `group`, `segment`, `default`.
    public var scheduleSource: String?
    public var explanation: String
  }
}
