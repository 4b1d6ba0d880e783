import Receivables

extension MatchingInput {
  /// The input as it reads once `result` is booked: items lowered by their allocations,
  /// write-offs and nettings (credit notes raised towards zero), payments' unallocated
  /// amounts lowered by their allocations. What the ledger must do, in memory; matching the
  /// booked input again decides nothing new.
  public func booking(_ result: MatchingResult) -> MatchingInput {
    var itemChange: [String: Int64] = [:]
    var paymentChange: [String: Int64] = [:]
    for allocation in result.allocations {
      itemChange[allocation.itemNumber, default: 0] &-= allocation.amount.minorUnits
      paymentChange[allocation.paymentReference, default: 0] &-= allocation.amount.minorUnits
    }
    for writeOff in result.writeOffs {
      itemChange[writeOff.itemNumber, default: 0] &-= writeOff.amount.minorUnits
    }
    for netting in result.nettings {
      itemChange[netting.invoiceNumber, default: 0] &-= netting.amount.minorUnits
      itemChange[netting.creditNoteNumber, default: 0] &+= netting.amount.minorUnits
    }
    var booked = self
    booked.items = items.map { item in
      guard let change = itemChange[item.number] else { return item }
      var changed = item
      changed.openAmount = Money(
        minorUnits: item.openAmount.minorUnits &+ change, currency: item.openAmount.currency)
      return changed
    }
    booked.payments = payments.map { balance in
      guard let change = paymentChange[balance.payment.bankReference] else { return balance }
      var changed = balance
      changed.unallocated = Money(
        minorUnits: balance.unallocated.minorUnits &+ change,
        currency: balance.unallocated.currency)
      return changed
    }
    return booked
  }
}
