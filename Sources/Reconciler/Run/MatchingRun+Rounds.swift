extension MatchingRun {
  /// The most rounds of the rules; each round that changes something lowers what is open, so
  /// the rules settle long before.
  static let maxRounds = 16

  /// Applies rule 1–2 to every payment, then rule 3, then rule 4 (then netting against the
  /// oldest invoices, when the settings say so), and repeats while anything changes: a
  /// payment left ambiguous may become clear once others are paid, and the next run must
  /// find nothing more to do.
  mutating func applyRules(to clues: [PaymentClues?]) {
    var pending = clues.indices.filter { clues[$0] != nil }
    for _ in 0..<Self.maxRounds {
      var changed = false
      for position in pending {
        if let payment = clues[position], payNamedItems(payment) { changed = true }
      }
      for position in pending {
        if let payment = clues[position], payKnownPayer(payment) { changed = true }
      }
      for position in pending {
        if let payment = clues[position], payByNameAndAmount(payment) { changed = true }
      }
      if settings.creditNoteNetting == .oldestItems, netOldestInvoices() { changed = true }
      pending.removeAll { rest[$0] == 0 }
      if !changed { return }
    }
  }
}
