import Receivables

extension DunningPlan {
  /// The plan as `arflow dun --dry-run` prints it: the documents with their items, what is
  /// listed for a person, the changes, and (when asked) every item's decision.
  public func text(decisions includeDecisions: Bool = false) -> String {
    var out = "Dunning plan for \(asOf.iso8601): "
    out += "\(documents.count) document\(documents.count == 1 ? "" : "s"), "
    out += "\(review.count) for review, \(changes.count) change\(changes.count == 1 ? "" : "s")\n"
    if !documents.isEmpty { out += "\nDocuments\n" }
    for document in documents {
      out += "  \(document.customerID) \(document.currency.code) \(document.kind.rawValue)"
      if let level = document.level, let name = document.levelName {
        out += " level \(level) (\(name)"
        out += document.schedule.map { ", schedule \($0)" } ?? ""
        out += ")"
      }
      out += " by \(document.channel.rawValue), total \(document.total.decimalString)"
      if document.isFinal { out += " [final]" }
      if document.needsApproval { out += " [needs approval]" }
      out += "\n    \(document.explanation)\n"
      for line in document.lines {
        out += "    - \(line.itemNumber) \(line.state.rawValue)"
        out += " \(line.openAmount.decimalString): \(line.explanation)\n"
      }
      for missed in document.instalments {
        let instalment = missed.instalment
        out += "    - arrangement \(missed.arrangementID) instalment \(instalment.number)"
        out += " due \(instalment.dueDate.iso8601) \(instalment.openAmount.decimalString) open,"
        out += " reference \(instalment.reference)\n"
      }
    }
    if !review.isEmpty { out += "\nFor a person\n" }
    for entry in review {
      out += "  \(entry.customerID)"
      out += entry.currency.map { " \($0.code)" } ?? ""
      out += entry.documentKind.map { " \($0.rawValue)" } ?? ""
      out += entry.level.map { " level \($0)" } ?? ""
      out += " (\(entry.itemNumbers.joined(separator: ", "))): "
      out += entry.reasons.map(\.description).joined(separator: "; ") + "\n"
    }
    if !changes.isEmpty { out += "\nChanges\n" }
    for change in changes { out += "  \(change)\n" }
    if includeDecisions {
      out += "\nDecisions\n"
      for decision in decisions { out += "  \(decision.customerID) \(decision.explanation)\n" }
    }
    return out
  }
}
