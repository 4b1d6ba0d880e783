import Receivables

/// Matches payments to open items by four rules in order — structured reference, document
/// number, known payer, name and amount — explains every match, and suggests what it does
/// not dare to apply.
///
/// A pure function of its input: no database, no files. Each rule runs over all payments
/// before the next rule starts, so a reference always wins over an amount coincidence; the
/// rules repeat until nothing changes, so running the matcher again on its own result
/// allocates nothing new.
public struct PaymentMatcher: Sendable {
  public var settings: MatchingSettings

  public init(settings: MatchingSettings = MatchingSettings()) {
    self.settings = settings
  }

  /// Everything the rules decide for `input`.
  public func match(_ input: MatchingInput) -> MatchingResult {
    let workers = max(1, settings.workers)
    let book = OpenItemBook(input: input, workers: workers)
    let payments = input.payments
    var clues = Parallel.map(payments.count, workers: workers) {
      PaymentClues(reading: payments[$0], at: $0, in: book)
    }
    var run = MatchingRun(book: book, payments: payments, settings: settings)
    if settings.creditNoteNetting != .never { run.netReferredInvoices() }
    run.applyRules(to: clues)
    // The suggestions need the clues; the clues are dropped before the explanations are
    // written, which keeps a million payments well under 2 GiB.
    let unmatched = unmatched(run, clues, workers: workers)
    clues = []
    let writer = ExplanationWriter(run: run)
    let result = MatchingResult(
      allocations: allocations(of: run, workers: workers),
      writeOffs: run.writeOffs.map { writeOff in
        WriteOff(
          itemNumber: book.number(writeOff.item),
          customerID: book.customers.ids[Int(book.customer(writeOff.item))],
          paymentReference: payments[Int(writeOff.payment)].payment.bankReference,
          amount: book.money(writeOff.amount, item: writeOff.item),
          reason: settings.writeOffReason)
      },
      nettings: run.nettings.map { writer.netting($0) }, unmatched: unmatched)
    return result
  }

  /// The decisions as allocations, by payment, each payment's items oldest first.
  private func allocations(of run: MatchingRun, workers: Int) -> [Allocation] {
    let decisions = run.decisions
    let order = decisions.indices.sorted {
      let (left, right) = (decisions[$0], decisions[$1])
      return left.payment < right.payment
        || (left.payment == right.payment
          && run.book.age[Int(left.item)] < run.book.age[Int(right.item)])
    }
    var shares = [(index: Int32, count: Int32)](repeating: (0, 1), count: order.count)
    var start = 0
    while start < order.count {
      var end = start
      while end < order.count, decisions[order[end]].payment == decisions[order[start]].payment {
        end += 1
      }
      for position in start..<end {
        shares[position] = (Int32(position - start), Int32(end - start))
      }
      start = end
    }
    let writer = ExplanationWriter(run: run)
    return Parallel.map(order.count, workers: workers) {
      writer.allocation(decisions[order[$0]], share: (Int(shares[$0].index), Int(shares[$0].count)))
    }
  }

  /// The incoming payments with money left, with their suggestions.
  private func unmatched(_ run: MatchingRun, _ clues: [PaymentClues?], workers: Int)
    -> [UnmatchedPayment]
  {
    let left = run.payments.indices.filter {
      run.payments[$0].payment.isIncomingPayment && run.rest[$0] > 0
    }
    let finder = SuggestionFinder(run: run)
    return Parallel.map(left.count, workers: workers) { index in
      let position = left[index]
      let balance = run.payments[position]
      return UnmatchedPayment(
        leftOf: balance,
        unallocated: Money(minorUnits: run.rest[position], currency: balance.unallocated.currency),
        suggestions: clues[position].map { finder.suggestions(for: $0) } ?? [])
    }
  }
}
