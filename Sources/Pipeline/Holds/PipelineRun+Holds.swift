public import Ledger

extension PipelineRun {
  /// Pauses reminders for an item or a customer (`arflow pause`).
  /// - Parameters:
  ///   - scope: the item or the customer.
  ///   - until: the last day of the pause; nil until someone resumes.
  ///   - date: the first day of the pause (`--as-of`).
  /// - Returns: what was recorded, for the terminal.
  /// - Throws: `LedgerError` for an unknown item or customer or an end before the start.
  public func pause(
    _ scope: Hold.Scope, until: LocalDate?, reason: String, on date: LocalDate
  ) throws(LedgerError) -> String {
    let hold = try ledger.hold(
      scope, kind: .pause, reason: reason, since: date, until: until, source: "arflow pause")
    return HoldText.recorded(hold)
  }

  /// Marks an item disputed (`arflow dispute`): no reminders until `arflow resume`.
  /// - Throws: `LedgerError` for an unknown item.
  public func dispute(item: String, reason: String, on date: LocalDate) throws(LedgerError)
    -> String
  {
    let hold = try ledger.hold(
      .item(item), kind: .dispute, reason: reason, since: date, until: nil,
      source: "arflow dispute")
    return HoldText.recorded(hold)
  }

  /// Ends the pauses and disputes of an item or a customer from `date` on (`arflow resume`).
  /// - Throws: `LedgerError` for an unknown item or customer.
  public func resume(_ scope: Hold.Scope, reason: String, on date: LocalDate) throws(LedgerError)
    -> String
  {
    let ended = try ledger.resume(scope, on: date, reason: reason, source: "arflow resume")
    return HoldText.resumed(scope, ended: ended, on: date)
  }

  /// Records a customer's promise to pay (`arflow promise`).
  /// - Parameters:
  ///   - amount: a plain decimal ("500.00").
  ///   - currency: its currency; nil for the currency of the named items or of the customer's
  ///     open items.
  /// - Throws: `PipelineError` for an amount that cannot be read or a currency left open,
  ///   `LedgerError` for an unknown customer or item or a date before `date`.
  public func promise(
    customer: String, amount: String, currency: String?, by promisedBy: LocalDate,
    items: [String], on date: LocalDate
  ) throws -> String {
    let money = try money(
      amount, in: try chosenCurrency(currency, customer: customer, items: items))
    let promise = try ledger.promise(
      customerID: customer, amount: money, promisedBy: promisedBy, itemNumbers: items,
      madeOn: date, source: "arflow promise")
    return HoldText.recorded(promise)
  }

  /// Records a payment arrangement (`arflow arrangement`) and lists its instalments.
  /// - Throws: `PipelineError` for a currency that cannot be read, `LedgerError` for an unknown
  ///   customer or item, an item already arranged, or terms that make no instalments.
  public func arrange(
    customer: String, items: [String], instalments count: Int, first: LocalDate,
    every interval: PaymentArrangement.Interval, currency: String?, on date: LocalDate
  ) throws -> String {
    let arrangement = try ledger.arrange(
      customerID: customer, currency: try currency.map(currencyCode), itemNumbers: items,
      count: count, first: first, every: interval, madeOn: date, source: "arflow arrangement")
    return HoldText.recorded(arrangement, every: interval)
  }

  /// The currency a promise is in: the one given, else that of the named items or of the
  /// customer's open items when they are all in one.
  private func chosenCurrency(_ code: String?, customer: String, items: [String]) throws
    -> Currency
  {
    if let code { return try currencyCode(code) }
    let open = try ledger.openItems().filter {
      $0.customerID == customer && (items.isEmpty || items.contains($0.number))
    }
    let currencies = Set(open.map(\.currency))
    if currencies.count == 1, let only = currencies.first { return only }
    if currencies.isEmpty, try ledger.customers()[customer] == nil {
      throw LedgerError.unknownCustomer(customer)
    }
    throw PipelineError(
      .input,
      currencies.isEmpty
        ? "customer \(customer) has no open items to take the promise's currency from"
        : "customer \(customer) owes in \(currencies.map(\.code).sorted().joined(separator: " and "))",
      fix: "give --currency, like --currency EUR")
  }

  private func currencyCode(_ code: String) throws(PipelineError) -> Currency {
    do {
      return try Currency(code: code.uppercased())
    } catch {
      throw PipelineError(
        .input, "'\(code)' is not a currency code", fix: "give a code like EUR, USD or CHF")
    }
  }

  private func money(_ text: String, in currency: Currency) throws(PipelineError) -> Money {
    do {
      return try Money(decimal: text, currency: currency)
    } catch {
      throw PipelineError(
        .input, "'\(text)' is not an amount in \(currency.code): \(error.message)",
        fix: "write it like 500.00")
    }
  }
}
