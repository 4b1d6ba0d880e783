import Ledger
import Receivables

/// The dunning side of `arflow status` on a date: open items per level reached, items held,
/// promises, arrangements, and the documents of the last batch that could not be made.
public struct DunningStatus: Sendable, Equatable {
  /// Open items per the last level they reached (0 is the courtesy reminder).
  public var itemsPerLevel: [Int: Int] = [:]
  /// Open items never reminded.
  public var notReminded = 0
  /// Open items under a running pause (of the item or its customer), not disputed.
  public var paused = 0
  /// Open items under a running dispute.
  public var disputed = 0
  /// Active promises whose promised-by date is on or before the status date.
  public var promisesDue = 0
  public var promisesActive = 0
  public var promisesKept = 0
  public var promisesBroken = 0
  /// Payment arrangements still running.
  public var arrangementsRunning = 0
  /// Instalments of running arrangements unpaid after their due date.
  public var instalmentsMissed = 0
  /// The last written reminder batch, if any.
  public var lastBatch: String?
  /// Documents of that batch that could not be made.
  public var lastBatchFailed = 0

  public init() {}

  /// Reads the ledger's dunning state on `date`.
  /// - Throws: `LedgerError` when the ledger cannot be read.
  init(ledger: Ledger, asOf date: LocalDate) throws(LedgerError) {
    let open = try ledger.openItems()
    var levels: [String: Int] = [:]
    for reminder in try ledger.remindersOfOpenItems() {
      levels[reminder.itemNumber] = max(
        levels[reminder.itemNumber] ?? reminder.level, reminder.level)
    }
    let running = try ledger.holds().filter { $0.hold.isActive(on: date) }.map(\.hold)
    var disputedItems: Set<String> = []
    var pausedItems: Set<String> = []
    var pausedCustomers: Set<String> = []
    for hold in running {
      switch (hold.scope, hold.kind) {
      case (.item(let number), .dispute): disputedItems.insert(number)
      case (.item(let number), .pause): pausedItems.insert(number)
      case (.customer(let id), _): pausedCustomers.insert(id)
      }
    }
    for item in open {
      if let level = levels[item.number] {
        itemsPerLevel[level, default: 0] += 1
      } else {
        notReminded += 1
      }
      if disputedItems.contains(item.number) {
        disputed += 1
      } else if pausedItems.contains(item.number) || pausedCustomers.contains(item.customerID) {
        paused += 1
      }
    }
    for promise in try ledger.promises(all: true) {
      switch promise.state {
      case .active:
        promisesActive += 1
        if promise.promisedBy <= date { promisesDue += 1 }
      case .kept: promisesKept += 1
      case .broken: promisesBroken += 1
      }
    }
    for arrangement in try ledger.arrangements() {
      arrangementsRunning += 1
      instalmentsMissed +=
        arrangement.instalments.filter { $0.isMissed(on: date, graceDays: 0) }
        .count
    }
    if let batch = try ledger.reminderBatches().last(where: { $0.state == .written }) {
      lastBatch = batch.id
      lastBatchFailed = try ledger.dunningDocuments(batchID: batch.id).filter {
        $0.document.status == .failed
      }.count
    }
  }

  /// The lines `arflow status` prints.
  var lines: [String] {
    var lines: [String] = []
    let levels = itemsPerLevel.keys.sorted().map { "level \($0): \(itemsPerLevel[$0] ?? 0)" }
    lines.append(
      "Dunning levels:        \((levels + ["not reminded: \(notReminded)"]).joined(separator: ", "))"
    )
    lines.append("Held items:            \(paused) paused, \(disputed) disputed")
    lines.append(
      "Promises:              \(promisesDue) due of \(promisesActive) active, \(promisesKept) kept, \(promisesBroken) broken"
    )
    lines.append(
      "Arrangements:          \(arrangementsRunning) running, \(Plural.count(instalmentsMissed, "missed instalment"))"
    )
    if let lastBatch {
      lines.append(
        "Last reminder batch:   \(lastBatch), \(Plural.count(lastBatchFailed, "document")) failed"
      )
    }
    return lines
  }
}

/// The `dunning` object of `status --json`. Its field names are an interface: keep them stable.
struct DunningStatusJSON: Encodable {
  struct Held: Encodable {
    var paused: Int
    var disputed: Int
  }
  struct Promises: Encodable {
    var due: Int
    var active: Int
    var kept: Int
    var broken: Int
  }
  struct Arrangements: Encodable {
    var running: Int
    var missedInstalments: Int
  }
  struct LastBatch: Encodable {
    var id: String
    var failedDocuments: Int
  }
  /// Level (as text, "0" for the courtesy reminder) → open items that reached it last.
  var itemsPerLevel: [String: Int]
  var notReminded: Int
  var held: Held
  var promises: Promises
  var arrangements: Arrangements
  var lastBatch: LastBatch?

  init(_ status: DunningStatus) {
    itemsPerLevel = Dictionary(
      uniqueKeysWithValues: status.itemsPerLevel.map { (String($0.key), $0.value) })
    notReminded = status.notReminded
    held = Held(paused: status.paused, disputed: status.disputed)
    promises = Promises(
      due: status.promisesDue, active: status.promisesActive, kept: status.promisesKept,
      broken: status.promisesBroken)
    arrangements = Arrangements(
      running: status.arrangementsRunning, missedInstalments: status.instalmentsMissed)
    lastBatch = status.lastBatch.map { LastBatch(id: $0, failedDocuments: status.lastBatchFailed) }
  }
}
