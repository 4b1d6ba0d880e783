/// What a dunning document is; stored with each document (`dunning_document.kind`) and written
/// in `manifest.json`: the raw values never change.
public enum DunningDocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// A reminder of a schedule level (the courtesy reminder included).
  case reminder
  /// The notice after a returned direct debit, outside the schedule.
  case secondChance = "second-chance"
  /// The reminder of a missed arrangement instalment, outside the schedule.
  case instalmentReminder = "instalment-reminder"
}
