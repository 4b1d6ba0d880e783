import Foundation
import Ledger
import Receivables

/// What `arflow customer ID` prints: the customer's open items with their last level, holds,
/// promises, arrangements and documents, for people.
public struct CustomerText: Sendable {
  let account: CustomerAccount

  public init(_ account: CustomerAccount) {
    self.account = account
  }

  /// The account as text, one section after another.
  public var text: String {
    var lines = [header]
    lines.append("")
    lines += itemLines
    lines.append("")
    lines += holdLines
    lines += promiseLines
    lines += arrangementLines
    lines.append("")
    lines += documentLines
    return lines.joined(separator: "\n") + "\n"
  }

  private var header: String {
    var line = "Customer \(account.customerID)"
    guard let customer = account.customer else { return line }
    line += ": \(customer.name)"
    let details = [
      customer.segment?.rawValue, customer.group.map { "group \($0)" },
      customer.dunningPolicy.map { "policy \($0)" },
    ].compactMap { $0 }
    if !details.isEmpty { line += " (\(details.joined(separator: ", ")))" }
    return line
  }

  private var itemLines: [String] {
    guard !account.items.isEmpty else { return ["Open items: none"] }
    var lines = ["Open items (as of \(account.asOf.iso8601)):"]
    for entry in account.items {
      let item = entry.item
      let days = max(0, item.daysOverdue(on: account.asOf))
      var line =
        "  \(item.number.padding(16)) due \(item.dueDate.iso8601)  "
        + "\(item.openAmount.decimalString) \(item.currency.code)".padding(16)
        + " \(Plural.count(days, "day")) overdue"
      if let reminder = entry.lastReminder {
        line +=
          "; level \(reminder.level) (\(reminder.levelName)) on \(reminder.remindedOn.iso8601)"
      } else {
        line += "; not reminded"
      }
      lines.append(line)
    }
    return lines
  }

  private var holdLines: [String] {
    guard !account.holds.isEmpty else { return ["Holds: none"] }
    return ["Holds:"]
      + account.holds.map { record in
        "  \(HoldText.scope(record.hold.scope)): \(record.hold.kind.rawValue) since "
          + "\(record.hold.since.iso8601)"
          + (record.hold.until.map { " until \($0.iso8601)" } ?? "")
          + ", \(account.state(of: record)): \(record.hold.reason) (\(record.source))"
      }
  }

  private var promiseLines: [String] {
    guard !account.promises.isEmpty else { return ["Promises: none"] }
    return ["Promises:"]
      + account.promises.map { promise in
        let paid = account.paid(toward: promise)
        var line =
          "  promise \(promise.id): \(promise.amount.decimalString) \(promise.amount.currency.code) "
          + "by \(promise.promisedBy.iso8601), made \(promise.madeOn.iso8601), "
          + "\(promise.state.rawValue), paid \(paid.decimalString)"
        if !promise.itemNumbers.isEmpty {
          line += " (\(promise.itemNumbers.joined(separator: ", ")))"
        }
        return line
      }
  }

  private var arrangementLines: [String] {
    guard !account.arrangements.isEmpty else { return ["Arrangements: none"] }
    var lines = ["Arrangements:"]
    for arrangement in account.arrangements {
      lines.append(
        "  arrangement \(arrangement.id), \(arrangement.state.rawValue), items "
          + arrangement.itemNumbers.joined(separator: ", "))
      for instalment in arrangement.instalments {
        lines.append(
          "  " + HoldText.instalmentLine(instalment, state: account.state(of: instalment)))
      }
    }
    return lines
  }

  private var documentLines: [String] {
    guard !account.documents.isEmpty else { return ["Documents sent: none"] }
    return ["Documents (newest first):"]
      + account.documents.map { entry in
        let document = entry.document
        let level = document.level.map { "level \($0)" } ?? document.kind.rawValue
        var line =
          "  \(entry.sentOn.iso8601)  \(level.padding(20)) \(document.channel.rawValue.padding(7)) "
          + "\(document.file ?? "(no file)")  batch \(entry.batchID)"
        if document.status == .failed {
          line += "  FAILED: \(document.reason ?? "no reason recorded")"
        }
        return line
      }
  }
}
