import Ledger
import Receivables
public import Reconciler

/// A reconciliation as people read it on the terminal: a summary by rule and the files
/// written; with `listed` every booking and every payment left (a million payments stay a few
/// lines otherwise), with `explain` also every reason and suggestion.
public struct ReconciliationText: Sendable {
  let outcome: ReconciliationOutcome
  let files: [String]
  var explain = false
  var listed = false

  public init(
    outcome: ReconciliationOutcome, files: [String], explain: Bool = false, listed: Bool = false
  ) {
    self.outcome = outcome
    self.files = files
    self.explain = explain
    self.listed = listed || explain
  }

  public var text: String {
    var text =
      "  matched: \(Plural.count(outcome.paymentsMatched, "payment")), \(Plural.count(outcome.allocations.count, "allocation"))"
    let byRule = outcome.paymentsByRule.map { "\($0.rule) \($0.payments)" }
    text += byRule.isEmpty ? "\n" : " (\(byRule.joined(separator: ", ")))\n"
    guard listed else { return text + summary }
    for allocation in outcome.allocations {
      text +=
        "    \(Self.short(allocation.paymentReference)) → \(allocation.itemNumber) \(allocation.amount.decimalString) \(allocation.amount.currency.code) (\(allocation.rule), \(allocation.confidence)%)\n"
      if explain { text += "        \(allocation.explanation)\n" }
    }
    for writeOff in outcome.writeOffs {
      text +=
        "    write-off \(writeOff.itemNumber) \(writeOff.amount.decimalString) \(writeOff.amount.currency.code): \(writeOff.reason)\n"
    }
    for netting in outcome.nettings {
      text +=
        "    credit note \(netting.creditNoteNumber) → \(netting.invoiceNumber) \(netting.amount.decimalString) \(netting.amount.currency.code) (\(netting.rule), \(netting.confidence)%)\n"
      if explain { text += "        \(netting.explanation)\n" }
    }
    for reversal in outcome.reversals {
      text += "    reversal \(Self.short(reversal.reversalReference)): \(reversal.explanation)\n"
    }
    text += "  unmatched: \(outcome.unmatched.count)\n"
    for line in outcome.unmatched {
      let amount = line.unallocated
      text +=
        "    \(line.bankReference) \(line.payerName ?? "?") \(amount.decimalString) \(amount.currency.code) (\(line.kind.rawValue))\n"
      if let note = line.note, explain || line.kind != .payment { text += "        \(note)\n" }
      for (index, suggestion) in line.suggestions.enumerated() {
        text +=
          "        suggestion \(index + 1): \(suggestion.itemNumbers.joined(separator: " + ")) of \(suggestion.customerID) (score \(suggestion.score))"
        text += explain ? ": \(suggestion.reason)\n" : "\n"
      }
    }
    return text + written
  }

  /// The other bookings and what is left, counted.
  private var summary: String {
    var parts: [String] = []
    if !outcome.writeOffs.isEmpty { parts.append("\(outcome.writeOffs.count) written off") }
    if !outcome.nettings.isEmpty {
      parts.append("\(Plural.count(outcome.nettings.count, "credit note")) netted")
    }
    if !outcome.reversals.isEmpty {
      parts.append("\(Plural.count(outcome.reversals.count, "reversal")) undone")
    }
    var text = parts.isEmpty ? "" : "  also: \(parts.joined(separator: ", "))\n"
    let suggested = outcome.unmatched.count { !$0.suggestions.isEmpty }
    text +=
      "  left for a person: \(Plural.count(outcome.unmatched.count, "payment"))"
      + (suggested > 0 ? " (\(suggested) with a suggestion)" : "")
      + (outcome.unmatched.isEmpty ? "" : "; arflow match --explain lists them") + "\n"
    return text + written
  }

  private var written: String {
    if files.isEmpty { return "  nothing changed since the last reconciliation; no new files\n" }
    return files.map { "  wrote \($0)\n" }.joined()
  }

  /// The bank's reference inside arflow's payment id (`acct:ACCOUNT:REF:DATE:AMOUNT`), for
  /// reading; other ids as they are.
  static func short(_ id: String) -> String {
    let parts = id.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.first == "acct", parts.count >= 5 else { return id }
    return parts[2..<(parts.count - 2)].joined(separator: ":")
  }
}
