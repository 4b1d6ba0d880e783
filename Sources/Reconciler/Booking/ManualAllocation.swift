public import Ledger
public import Receivables

/// What a person decides when the rules could not: allocate a payment to an item, or take an
/// allocation back. Both are booked as a reconciliation with history on the item, and both
/// appear in the next matched file.
public struct ManualAllocation: Sendable {
  let ledger: Ledger

  public init(ledger: Ledger) {
    self.ledger = ledger
  }

  /// Allocates `amount` (default: as much as both have left) of a payment to an invoice, and
  /// learns that the payer's IBAN belongs to the invoice's customer.
  /// - Throws: `ReconciliationError` saying what is wrong (unknown payment or item, nothing left,
  ///   another currency, more than is left); nothing is booked then.
  @discardableResult
  public func allocate(
    payment named: String, item number: String, amount: Money? = nil, on date: LocalDate
  ) throws(ReconciliationError) -> Allocation {
    let reference = try paymentID(named)
    let (balance, item) = try records(reference, number)
    guard balance.payment.isIncomingPayment else {
      throw ReconciliationError(
        .notAllowed, "payment \(reference) is not money received (a debit, reversal or return)",
        fix: "only incoming payments pay invoices")
    }
    guard item.kind == .invoice, item.openAmount.isPositive else {
      throw ReconciliationError(
        .notAllowed, "\(number) is not an invoice with something open",
        fix: "choose an open invoice")
    }
    guard item.currency == balance.unallocated.currency else {
      throw ReconciliationError(
        .notAllowed,
        "payment \(reference) is in \(balance.unallocated.currency.code), \(number) in \(item.currency.code)",
        fix: "a payment only pays items in its own currency")
    }
    let most = min(balance.unallocated.minorUnits, item.openAmount.minorUnits)
    let chosen = amount ?? Money(minorUnits: most, currency: item.currency)
    guard chosen.currency == item.currency, chosen.isPositive, chosen.minorUnits <= most else {
      throw ReconciliationError(
        .notAllowed,
        "\(chosen.decimalString) \(chosen.currency.code) is more than is left (payment \(balance.unallocated.decimalString), item \(item.openAmount.decimalString))",
        fix:
          "give an amount up to \(Money(minorUnits: most, currency: item.currency).decimalString)")
    }
    let allocation = Allocation(
      paymentReference: reference, itemNumber: number, amount: chosen, rule: .manual,
      confidence: 100, explanation: "allocated by hand (arflow allocate) on \(date.iso8601)")
    var booking = ReconciliationBooking(trigger: .allocate)
    booking.allocations = [allocation]
    if let iban = balance.payment.counterpartyIBAN {
      booking.learnedPayers = [
        LearnedPayer(
          iban: iban, customerID: item.customerID, source: .manualAllocation,
          paymentReference: reference)
      ]
    }
    let left: Money
    do {
      left = try balance.unallocated - chosen
    } catch {
      throw ReconciliationError(
        .notAllowed, "payment \(reference): \(error.message)", fix: "nothing was booked")
    }
    booking.unmatched = try unmatched(without: reference) { line in
      guard left.isPositive else { return nil }
      var line = line
      line.kind = .surplus
      line.unallocated = left
      line.note =
        "the rest after a person's allocation: the customer's credit, or for a person to place"
      line.suggestions = []
      return line
    }
    try book(booking, on: date)
    return allocation
  }

  /// Takes back what a payment allocated (to `item` only, when given). The payment is then
  /// left to a person: the rules will not allocate it again.
  /// - Returns: the allocations taken back.
  @discardableResult
  public func unallocate(payment named: String, item number: String? = nil, on date: LocalDate)
    throws(ReconciliationError) -> [Allocation]
  {
    let reference = try paymentID(named)
    let allocations: [Allocation]
    let balance: PaymentBalance?
    do {
      allocations = try ledger.allocations(ofPayment: reference).filter {
        number == nil || $0.itemNumber == number
      }
      balance = try ledger.paymentBalance(id: reference)
    } catch { throw ReconciliationError(error) }
    guard !allocations.isEmpty else {
      throw ReconciliationError(
        .notAllowed,
        "payment \(reference) has nothing allocated\(number.map { " to \($0)" } ?? "")",
        fix: "see the allocations with arflow match --explain or arflow inspect")
    }
    // Per item, in the order first allocated; sums checked (one currency, no overflow).
    var totals: [(item: String, amount: Money)] = []
    let currency = allocations[0].amount.currency
    var returned = Money.zero(currency)
    do {
      for allocation in allocations {
        returned = try returned + allocation.amount
        if let index = totals.firstIndex(where: { $0.item == allocation.itemNumber }) {
          totals[index].amount = try totals[index].amount + allocation.amount
        } else {
          totals.append((allocation.itemNumber, allocation.amount))
        }
      }
    } catch {
      throw ReconciliationError(
        .notAllowed, "the allocations of payment \(reference) cannot be added up: \(error.message)",
        fix: "nothing was taken back; check the payment's allocations")
    }
    var booking = ReconciliationBooking(trigger: .unallocate)
    booking.undos = totals.map {
      AllocationUndo(
        paymentReference: reference, itemNumber: $0.item, amount: $0.amount,
        reason: "taken back by hand (arflow unallocate) on \(date.iso8601)")
    }
    booking.manualOnly = [reference]
    booking.unmatched = try unmatched(without: reference) { _ in nil }
    if let balance {
      let left: Money
      do {
        left = try balance.unallocated + returned
      } catch {
        throw ReconciliationError(
          .notAllowed, "payment \(reference): \(error.message)",
          fix: "nothing was taken back; check the payment")
      }
      booking.unmatched.append(
        UnmatchedPayment(
          kind: .manual, payment: balance.payment, unallocated: left,
          note: "a person took an allocation of it back; allocate it by hand (arflow allocate)"))
    }
    try book(booking, on: date)
    return allocations
  }

  /// arflow's id of the payment a person named by its id or its bank reference.
  private func paymentID(_ named: String) throws(ReconciliationError) -> String {
    let found: [String]
    do {
      found = try ledger.paymentIDs(named: named)
    } catch { throw ReconciliationError(error) }
    guard found.count == 1 else {
      throw ReconciliationError(
        .unknownRecord,
        found.isEmpty
          ? "no payment has the id or bank reference \(named)"
          : "\(found.count) payments have the bank reference \(named)",
        fix: "give the payment_id column of the reconciliation files")
    }
    return found[0]
  }

  private func book(_ booking: ReconciliationBooking, on date: LocalDate)
    throws(ReconciliationError)
  {
    do {
      try ledger.book(booking, asOf: date, run: nil)
    } catch {
      throw ReconciliationError(
        .ledger, error.message, fix: "nothing was booked; check the amounts", cause: error)
    }
  }

  /// The latest unmatched list with the payment's line changed (nil removes it).
  private func unmatched(
    without reference: String, _ change: (UnmatchedPayment) -> UnmatchedPayment?
  ) throws(ReconciliationError) -> [UnmatchedPayment] {
    do {
      return try ledger.latestUnmatched().compactMap {
        $0.paymentID == reference ? change($0) : $0
      }
    } catch { throw ReconciliationError(error) }
  }

  private func records(_ reference: String, _ number: String) throws(ReconciliationError) -> (
    PaymentBalance, OpenItem
  ) {
    do {
      guard let balance = try ledger.paymentBalance(id: reference),
        balance.unallocated.isPositive
      else {
        throw ReconciliationError(
          .notAllowed, "payment \(reference) has nothing left to allocate",
          fix: "take an allocation back first (arflow unallocate), or choose another payment")
      }
      guard let item = try ledger.item(number: number) else {
        throw ReconciliationError(
          .unknownRecord, "item \(number) is not in the ledger",
          fix: "give the invoice number as exported")
      }
      return (balance, item)
    } catch let error as ReconciliationError {
      throw error
    } catch let error as LedgerError {
      throw ReconciliationError(error)
    } catch {
      throw ReconciliationError(.ledger, "\(error)", fix: "check the ledger")
    }
  }
}
