import Receivables

/// What `arflow pause`, `dispute`, `resume`, `promise` and `arrangement` print: what was
/// recorded, in a credit manager's words.
enum HoldText {
  /// "Paused invoice 2026-0100 until 2026-12-31: waiting for the new address."
  static func recorded(_ hold: Hold) -> String {
    let what =
      switch hold.kind {
      case .pause: "Paused"
      case .dispute: "Marked disputed:"
      }
    var line = "\(what) \(scope(hold.scope))"
    switch hold.kind {
    case .pause:
      line +=
        hold.until.map { " from \(hold.since.iso8601) until \($0.iso8601)" }
        ?? " from \(hold.since.iso8601) until resumed"
    case .dispute:
      line += " from \(hold.since.iso8601); no reminders until arflow resume"
    }
    return line + ": \(hold.reason)\n"
  }

  /// "Reminders resume for customer C1001 from 2026-12-01 (2 holds ended)."
  static func resumed(_ scope: Hold.Scope, ended: Int, on date: LocalDate) -> String {
    guard ended > 0 else {
      return "Nothing to resume: \(self.scope(scope)) has no pause or dispute running.\n"
    }
    return
      "Reminders resume for \(self.scope(scope)) from \(date.iso8601) (\(Plural.count(ended, "hold")) ended).\n"
  }

  /// "Promise 3 recorded: customer C1001 pays 500.00 EUR by 2026-12-15 (items …)."
  static func recorded(_ promise: PaymentPromise) -> String {
    var line =
      "Promise \(promise.id) recorded: customer \(promise.customerID) pays "
      + "\(promise.amount.decimalString) \(promise.amount.currency.code) by \(promise.promisedBy.iso8601)"
    if !promise.itemNumbers.isEmpty {
      line += " for \(promise.itemNumbers.joined(separator: ", "))"
    }
    return line + "; no reminders to the customer until then plus the policy's grace days.\n"
  }

  /// The arrangement and its instalments: number, due date, amount and RF reference.
  static func recorded(
    _ arrangement: PaymentArrangement, every interval: PaymentArrangement.Interval
  )
    -> String
  {
    let total = arrangement.instalments.reduce(Int64(0)) { $0 + $1.amount.minorUnits }
    let currency = arrangement.instalments.first?.amount.currency ?? .eur
    var lines = [
      "Payment arrangement \(arrangement.id) recorded for customer \(arrangement.customerID): "
        + "\(Money(minorUnits: total, currency: currency).decimalString) \(currency.code) in "
        + "\(Plural.count(arrangement.instalments.count, "instalment")), every \(interval)",
      "Items: \(arrangement.itemNumbers.joined(separator: ", "))",
      "Instalments:",
    ]
    for instalment in arrangement.instalments {
      lines.append(instalmentLine(instalment))
    }
    lines.append("Each instalment is paid with its own reference; the items leave normal dunning.")
    return lines.joined(separator: "\n") + "\n"
  }

  /// "  1  due 2026-12-01  250.00 EUR  RF12 A1-1".
  static func instalmentLine(_ instalment: Instalment, state: String? = nil) -> String {
    var line =
      "  \(String(instalment.number).padding(3)) due \(instalment.dueDate.iso8601)  "
      + "\(instalment.amount.decimalString) \(instalment.amount.currency.code)  "
      + instalment.reference.formatted
    if let state { line += "  \(state)" }
    return line
  }

  /// "invoice 2026-0100" or "customer C1001".
  static func scope(_ scope: Hold.Scope) -> String {
    switch scope {
    case .item(let number): "item \(number)"
    case .customer(let id): "customer \(id)"
    }
  }
}
