public import Ledger
public import Receivables

/// One reconciliation pass over the ledger: undo what reversals take back, match what is
/// unallocated by the rules, and book it all, with the unmatched payments and their
/// suggestions for the files.
public struct Reconciliation: Sendable {
  let ledger: Ledger
  let policy: ReconciliationPolicy

  public init(ledger: Ledger, policy: ReconciliationPolicy = ReconciliationPolicy()) {
    self.ledger = ledger
    self.policy = policy
  }

  /// Reconciles the ledger on `date`. Running it again on the same ledger books nothing new.
  /// - Throws: `LedgerError` when the ledger cannot be read or written; nothing is half-booked.
  public func run(on date: LocalDate, run: RunID?) throws(LedgerError) -> ReconciliationOutcome {
    var outcome = ReconciliationOutcome()
    let clock = ContinuousClock()
    var lap = clock.now
    func time(_ phase: String) {
      let now = clock.now
      let elapsed = (now - lap).components
      outcome.timings.append(
        (phase, Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18))
      lap = now
    }
    let (reversals, unresolved) = try resolveReversals()
    outcome.reversals = reversals
    var reversalBooking: Int64?
    if !reversals.isEmpty {
      var booking = ReconciliationBooking(trigger: .matchRun)
      booking.reversals = reversals
      reversalBooking = try ledger.book(booking, asOf: date, run: run)
    }
    time("reversals")

    let (input, manualLines) = try matchingInput()
    time("read")
    let result = PaymentMatcher(settings: policy.matching).match(input)
    time("match")
    var booking = ReconciliationBooking(trigger: .matchRun)
    let index = MatchingInputIndex(input)
    let decided = PolicyGate(policy: policy, index: index).split(result)
    booking.allocations = decided.allocations
    booking.writeOffs = decided.writeOffs
    booking.nettings = decided.nettings
    booking.learnedPayers = learnedPayers(decided.allocations, index: index)
    booking.unmatched =
      result.unmatched.filter { !decided.heldReferences.contains($0.paymentID) } + decided.held
      + manualLines + unresolved
    outcome.allocations = booking.allocations
    outcome.writeOffs = booking.writeOffs
    outcome.nettings = booking.nettings
    outcome.unmatched = booking.unmatched
    outcome.heldPayments = decided.held.count
    outcome.heldNettings = decided.heldNettings
    if let id = try ledger.book(booking, asOf: date, run: run, adding: reversalBooking) {
      outcome.reconciliationIDs = [id]
    }
    time("book")
    return outcome
  }

  /// What the matcher sees, and the payments a person took back (listed, never matched). The
  /// ledger's rows are read once and not kept beside the input.
  private func matchingInput() throws(LedgerError) -> (MatchingInput, [UnmatchedPayment]) {
    var payments: [PaymentBalance] = []
    var manual: [UnmatchedPayment] = []
    for balance in try ledger.unallocatedPayments() {
      if balance.isManualOnly {
        manual.append(
          UnmatchedPayment(
            kind: .manual, payment: balance.payment, unallocated: balance.unallocated,
            note: "a person took an allocation of it back; allocate it by hand (arflow allocate)"))
      } else {
        payments.append(balance)
      }
    }
    let input = MatchingInput(
      items: try ledger.openItems(),
      customers: try ledger.customers().values.sorted { $0.id < $1.id },
      knownPayers: try knownPayers(), payments: payments,
      sharedReferences: try ledger.sharedReferences())
    return (input, manual)
  }

  /// The IBANs that belong to exactly one customer; an IBAN several customers pay from (a
  /// parent company, a factoring house) proves nothing by itself.
  public func knownPayers() throws(LedgerError) -> KnownPayers {
    var customers: [String: Set<String>] = [:]
    for payer in try ledger.knownPayers() {
      customers[KnownPayers.normalised(payer.iban), default: []].insert(payer.customerID)
    }
    var known = KnownPayers()
    for (iban, ids) in customers where ids.count == 1 {
      known.learn(iban: iban, customerID: ids.first!)
    }
    return known
  }

  /// A payment matched by its reference or document number teaches its IBAN.
  private func learnedPayers(_ allocations: [Allocation], index: MatchingInputIndex)
    -> [LearnedPayer]
  {
    let confirming: Set<MatchRule> = [.structuredReference, .remittanceReference, .documentNumber]
    var learned: [LearnedPayer] = []
    for allocation in allocations where confirming.contains(allocation.rule) {
      guard let payment = index.payment(allocation.paymentReference)?.payment,
        let iban = payment.counterpartyIBAN,
        let customer = index.item(allocation.itemNumber)?.customerID,
        index.input.knownPayers.customerID(forIBAN: iban) != customer
      else { continue }
      learned.append(
        LearnedPayer(
          iban: iban, customerID: customer, source: .confirmedMatch,
          paymentReference: payment.bankReference))
    }
    return learned
  }
}
