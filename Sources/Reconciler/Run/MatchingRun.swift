import Receivables

/// The state of one matching run: what every item still has open and every payment still has
/// to allocate, and what has been decided. Every change goes through ``allocate`` and
/// ``writeOffRest(after:)``, which keep the ledger's invariants: no payment allocated beyond
/// what it has left, no item taken below zero.
struct MatchingRun: Sendable {
  let book: OpenItemBook
  let payments: [PaymentBalance]
  let settings: MatchingSettings
  private(set) var open: [Int64]
  private(set) var rest: [Int64]
  /// Whether something was allocated from the payment in this run.
  private(set) var touched: [Bool]
  /// Whether the payment's own texts contradict its amount: the amount rules leave it alone.
  private(set) var contested: [Bool]
  private(set) var decisions: [Decision] = []
  private(set) var writeOffs: [(payment: Int32, item: Int32, amount: Int64)] = []
  private(set) var nettings: [NettingDecision] = []
  /// Items whose open amount changed in the run, by customer and new amount, so that the
  /// amount rules still find them.
  private var changedAmounts: [AmountKey: [Int32]] = [:]
  private let tolerances: [Int64]

  init(book: OpenItemBook, payments: [PaymentBalance], settings: MatchingSettings) {
    self.book = book
    self.payments = payments
    self.settings = settings
    open = book.initialOpen
    rest = payments.map { max(0, $0.unallocated.minorUnits) }
    touched = Array(repeating: false, count: payments.count)
    contested = Array(repeating: false, count: payments.count)
    tolerances = book.currencies.map { settings.toleranceMinorUnits(for: $0) }
  }

  /// Allocates as much of `payment` to `item` as both have left (at most `limit`).
  /// - Returns: the amount allocated; zero when nothing could be.
  @discardableResult
  mutating func allocate(
    _ payment: Int32, to item: Int32, rule: MatchRule, confidence: Int,
    evidence: Decision.Evidence, limit: Int64 = .max
  ) -> Int64 {
    let (p, i) = (Int(payment), Int(item))
    let amount = min(rest[p], open[i], limit)
    guard amount > 0, book.role[i] == .invoice else { return 0 }
    decisions.append(
      Decision(
        payment: payment, item: item, amount: amount, openBefore: open[i],
        restAfter: rest[p] - amount, rule: rule, confidence: confidence, evidence: evidence))
    rest[p] -= amount
    touched[p] = true
    change(item, by: amount)
    return amount
  }

  /// Marks a payment whose texts contradict its amount.
  mutating func contest(_ payment: Int32) { contested[Int(payment)] = true }

  /// Writes off the rest of the item of the latest decision when the payment is used up and
  /// the rest is within the tolerance of the item's currency.
  mutating func writeOffRest(after decision: Int) {
    let last = decisions[decision]
    let item = Int(last.item)
    let remaining = open[item]
    guard rest[Int(last.payment)] == 0, remaining > 0,
      remaining <= tolerances[Int(book.itemCurrency[item])]
    else { return }
    decisions[decision].writtenOff = remaining
    writeOffs.append((last.payment, last.item, remaining))
    change(last.item, by: remaining)
  }

  /// Sets `amount` of a credit note's credit off against an invoice.
  mutating func net(_ creditNote: Int32, against invoice: Int32, referred: Bool) -> Bool {
    let amount = min(open[Int(creditNote)], open[Int(invoice)])
    guard amount > 0, book.role[Int(creditNote)] == .creditNote,
      book.role[Int(invoice)] == .invoice
    else { return false }
    nettings.append(
      NettingDecision(creditNote: creditNote, invoice: invoice, amount: amount, referred: referred))
    open[Int(creditNote)] -= amount
    change(invoice, by: amount)
    return true
  }

  private mutating func change(_ item: Int32, by amount: Int64) {
    let index = Int(item)
    open[index] -= amount
    guard open[index] > 0 else { return }
    let key = AmountKey(
      customer: book.itemCustomer[index], currency: book.itemCurrency[index],
      minorUnits: open[index])
    changedAmounts[key, default: []].append(item)
  }

  /// The open invoices of `customer` in `currency` with exactly `amount` open, oldest first.
  func invoices(of customer: Int32, currency: UInt16, open amount: Int64) -> [Int32] {
    let key = AmountKey(customer: customer, currency: currency, minorUnits: amount)
    var found = book.byCustomerAmount.positions(under: key).filter { open[Int($0)] == amount }
    for item in changedAmounts[key] ?? []
    where open[Int(item)] == amount && !found.contains(item) {
      found.append(item)
    }
    return found.sorted { book.age[Int($0)] < book.age[Int($1)] }
  }

  /// The tolerance of the item currency at `currency`.
  func tolerance(_ currency: UInt16) -> Int64 {
    Int(currency) < tolerances.count ? tolerances[Int(currency)] : 0
  }
}
