import Ledger
import Reconciler

extension PipelineRun {
  /// A person's allocation (`arflow allocate`): books it with history, teaches the payer's
  /// IBAN, and writes the reconciliation files.
  /// - Parameters:
  ///   - payment: arflow's payment id or the bank's reference, as the files list it.
  ///   - item: the invoice number.
  ///   - amount: a plain decimal in the item's currency; nil for as much as both have left.
  /// - Returns: what was done, one line each, for the terminal.
  /// - Throws: `ReconciliationError` saying what is wrong; nothing is booked then.
  public func allocate(payment: String, item: String, amount: String?, on date: LocalDate) throws
    -> [String]
  {
    var money: Money?
    if let amount {
      guard let currency = try ledger.item(number: item)?.currency else {
        throw ReconciliationError(
          .unknownRecord, "item \(item) is not in the ledger",
          fix: "give the invoice number as exported")
      }
      do {
        money = try Money(decimal: amount, currency: currency)
      } catch {
        throw ReconciliationError(
          .notAllowed, "'\(amount)' is not an amount in \(currency.code): \(error.message)",
          fix: "write it like 120.50")
      }
    }
    let allocation = try ManualAllocation(ledger: ledger).allocate(
      payment: payment, item: item, amount: money, on: date)
    let line =
      "allocated \(allocation.amount.decimalString) \(allocation.amount.currency.code) of payment \(payment) to \(item)"
    return [line] + (try writeReconciliationFiles()).map { "  wrote \($0)" }
  }

  /// Takes back what a payment allocated (`arflow unallocate`), to one item or to all; the
  /// payment is left to a person from then on.
  /// - Returns: what was done, one line each, for the terminal.
  /// - Throws: `ReconciliationError` saying what is wrong; nothing is booked then.
  public func unallocate(payment: String, item: String?, on date: LocalDate) throws -> [String] {
    let undone = try ManualAllocation(ledger: ledger).unallocate(
      payment: payment, item: item, on: date)
    let lines = undone.map {
      "took back \($0.amount.decimalString) \($0.amount.currency.code) of payment \(payment) from \($0.itemNumber) (\($0.rule))"
    }
    return lines + (try writeReconciliationFiles()).map { "  wrote \($0)" }
  }
}
