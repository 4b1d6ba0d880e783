import Receivables

/// Writes each decision as a sentence a bookkeeper can check against the statement and the
/// ledger: what the payment shows, which item that is, and what happens to the amounts.
struct ExplanationWriter: Sendable {
  let run: MatchingRun

  /// The allocation of `decision`; `share` says which of the payment's allocations it is.
  func allocation(_ decision: Decision, share: (index: Int, count: Int)) -> Allocation {
    let payment = run.payments[Int(decision.payment)].payment
    return Allocation(
      paymentReference: payment.bankReference, itemNumber: run.book.number(decision.item),
      amount: run.book.money(decision.amount, item: decision.item), rule: decision.rule,
      confidence: decision.confidence,
      explanation: (reason(decision) + "; " + amounts(decision, share: share)).compacted)
  }

  /// Why the item was chosen.
  func reason(_ decision: Decision) -> String {
    let item = run.book.describe(decision.item)
    let customer = run.book.customers.describe(run.book.customer(decision.item))
    let number = run.book.number(decision.item)
    switch decision.evidence {
    case .reference(let printed) where decision.rule == .structuredReference:
      return "structured reference \(printed) equals the payment reference of \(item)"
    case .reference(let printed):
      return "the remittance text quotes \(printed), the payment reference of \(item)"
    case .number(let written, let payerConfirms):
      let payer = payerConfirms ? ", the customer the payer's IBAN or name points to" : ""
      return "the remittance text names '\(written)', which is \(item)\(payer)"
    case .payerAccount(let iban, let items) where items.count == 1:
      return "the payer's IBAN \(iban.ibanGroups) belongs to \(customer), and invoice \(number) "
        + "is its only open invoice with exactly the payment's amount open"
    case .payerAccount(let iban, let items):
      let numbers = items.map { run.book.number($0) }
      let listed = numbers.dropLast().joined(separator: ", ") + " and " + (numbers.last ?? "")
      return "the payer's IBAN \(iban.ibanGroups) belongs to \(customer), and invoices \(listed) "
        + "together have exactly the payment's amount open, the only combination of up to "
        + "\(run.settings.maxSubsetSize) of its \(run.settings.maxSubsetItems) oldest open invoices"
    case .payerAccountOldest(let iban, let items, let alike) where items.count == 1:
      return "the payer's IBAN \(iban.ibanGroups) belongs to \(customer), and \(alike) of its "
        + "open invoices have exactly the payment's amount open; the oldest, invoice \(number), "
        + "is paid first"
    case .payerAccountOldest(let iban, let items, _):
      let numbers = items.map { run.book.number($0) }
      let listed = numbers.dropLast().joined(separator: ", ") + " and " + (numbers.last ?? "")
      return "the payer's IBAN \(iban.ibanGroups) belongs to \(customer), and several "
        + "combinations of its oldest open invoices add up to the payment; the one of the "
        + "oldest invoices, \(listed), is paid first"
    case .payerName(let name):
      return "the payer's name '\(name)' matches \(customer) and no other customer, and invoice "
        + "\(number) is its only open invoice with exactly the payment's amount open"
    }
  }

  /// What happens to the amounts: equal, partial, surplus, or a rest written off.
  func amounts(_ decision: Decision, share: (index: Int, count: Int)) -> String {
    let money = { (minorUnits: Int64) in run.book.money(minorUnits, item: decision.item).spelled }
    let open = money(decision.openBefore)
    var text: String
    if decision.writtenOff > 0 {
      text =
        "pays \(money(decision.amount)) of the open \(open); the difference of "
        + "\(money(decision.writtenOff)) is within the tolerance and written off "
        + "(\(run.settings.writeOffReason))"
    } else if decision.amount < decision.openBefore {
      text =
        "pays \(money(decision.amount)) of the open \(open); "
        + "\(money(decision.openBefore - decision.amount)) stays open"
    } else if share.count == 1 && decision.restAfter == 0 {
      text = "the amount equals the open \(open)"
    } else {
      text = "pays the open \(open)"
    }
    if share.index == share.count - 1, decision.restAfter > 0 {
      text +=
        "; \(money(decision.restAfter)) of the payment stays unallocated as the customer's credit"
    }
    return text
  }
}
