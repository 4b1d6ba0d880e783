import Receivables

/// One customer's items on the run's date, sorted into what may get a level now, what a
/// document lists besides, and what holds the customer back.
struct CustomerPlan {
  /// An item whose next level is due today.
  struct Candidate {
    /// Its position in the run's decisions.
    var decision: Int
    var step: LevelStep
    /// Its schedule's position in the policy.
    var schedule: Int
    var line: DocumentLine
  }

  /// An overdue item a document lists without a new level: open, disputed, paused, arranged.
  /// The line is made only when a document is.
  struct Listing {
    /// The item's position in the snapshot.
    var position: Int
    var state: DocumentLine.State
    var hold: Hold?
  }

  /// What the customer's items in one currency come to.
  struct Book {
    let currency: Currency
    var candidates: [Candidate] = []
    var listed: [Listing] = []
    /// Minor units a document asks for: candidates and open items.
    var asked: Int64 = 0
    var creditNotes: [ReviewReason] = []
    var missedInstalments: [MissedInstalment] = []
  }

  let id: String
  let profile: Customer?
  /// A pause or dispute of the whole customer.
  var customerHold: Hold?
  /// A promise that still runs, and the last day it holds.
  var runningPromise: (id: String, until: LocalDate)?
  /// Item number → the running arrangement it belongs to.
  var arrangementOf: [String: String] = [:]
  /// One book per currency, in the order met (a customer rarely has more than two).
  var books: [Book] = []
  /// Items naming a schedule the policy does not define.
  var unknownSchedules: [(item: String, choice: ScheduleChoice)] = []
  /// Open invoices of a customer missing from the master.
  var orphans: [String] = []
  /// Open items by number, kept only when a returned direct debit needs them.
  var openItems: [String: OpenItem]?

  init(id: String, profile: Customer?) {
    self.id = id
    self.profile = profile
  }

  /// Whether nothing at all goes to the customer today.
  var isBlocked: Bool { customerHold != nil || runningPromise != nil }

  /// The position of the currency's book, made when missing.
  mutating func book(_ currency: Currency) -> Int {
    if let index = books.firstIndex(where: { $0.currency == currency }) { return index }
    books.append(Book(currency: currency))
    return books.count - 1
  }

  mutating func list(
    _ item: OpenItem, at position: Int, as state: DocumentLine.State, hold: Hold? = nil
  ) {
    let book = self.book(item.currency)
    books[book].listed.append(Listing(position: position, state: state, hold: hold))
    if state == .open { ask(item.openAmount, in: book) }
  }

  mutating func ask(_ amount: Money, in book: Int) {
    let (sum, overflow) = books[book].asked.addingReportingOverflow(amount.minorUnits)
    books[book].asked = overflow ? .max : sum
  }
}
