public import Receivables

extension PaymentArrangement {
  /// What an active arrangement means on `date`.
  public enum Standing: Sendable, Hashable {
    /// Running; `missed` are the instalments missed and not yet reminded, which get a reminder now.
    case running(missed: [Instalment])
    /// Every instalment is paid.
    case completed
    /// Instalment `number` was reminded on `remindedOn` and is still unpaid `brokenAfterDays` later.
    case broken(instalment: Int, remindedOn: LocalDate)
  }

  /// Judges an active arrangement on `date` with the policy's grace and break days.
  public func standing(on date: LocalDate, rules: DunningPolicy.Arrangements) -> Standing {
    if instalments.allSatisfy(\.isPaid) { return .completed }
    var missed: [Instalment] = []
    for instalment in instalments where instalment.isMissed(on: date, graceDays: rules.graceDays) {
      if let remindedOn = instalment.remindedOn {
        if remindedOn.adding(days: rules.brokenAfterDays) <= date {
          return .broken(instalment: instalment.number, remindedOn: remindedOn)
        }
      } else {
        missed.append(instalment)
      }
    }
    return .running(missed: missed)
  }
}
