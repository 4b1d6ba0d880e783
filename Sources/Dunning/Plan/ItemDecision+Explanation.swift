import Receivables

extension ItemDecision.Outcome {
  /// A stable code for scripts: `reminded`, `not-yet-due`, `interval`, ….
  public var code: String {
    switch self {
    case .reminded: "reminded"
    case .notYetDue: "not-yet-due"
    case .interval: "interval"
    case .otherDocumentToday: "other-document-today"
    case .held(let hold): hold.kind == .dispute ? "disputed" : "paused"
    case .promised: "promised"
    case .inArrangement: "arrangement"
    case .notDunnable: "not-dunnable"
    case .belowMinimum: "below-minimum"
    case .inReview: "review"
    case .lastLevelSent: "last-level-sent"
    case .handoverDue: "handover-due"
    case .noLevel: "no-level"
    }
  }

  /// The level the outcome concerns, when there is one.
  public var step: LevelStep? {
    switch self {
    case .reminded(let step, _), .notYetDue(let step), .interval(let step, _, _, _),
      .otherDocumentToday(let step, _), .belowMinimum(let step, _, _), .handoverDue(let step, _):
      step
    case .inReview(let step, _): step
    default: nil
    }
  }

  /// The outcome in a credit manager's words.
  public var text: String {
    switch self {
    case .reminded(let step, let documentID):
      "gets \(step.summary), on document \(documentID)"
    case .notYetDue(let step):
      "waits for \(step.summary)"
    case .interval(let step, let lastDocument, let minimumDays, let from):
      "\(step.summary); held back to \(from.iso8601): the customer had a document on \(lastDocument.iso8601) and the schedule keeps \(minimumDays) days between two"
    case .otherDocumentToday(let step, let kind):
      "\(step.summary); held back: "
        + (kind.map { "a \($0.rawValue) document goes to the customer today" }
          ?? "the customer already had a document today")
    case .held(let hold): hold.summary
    case .promised(let promiseID, let until):
      "no reminders through \(until.iso8601): the customer promised to pay (promise \(promiseID))"
    case .inArrangement(let arrangementID):
      "paid through payment arrangement \(arrangementID)"
    case .notDunnable(let reason): "never reminded: \(reason)"
    case .belowMinimum(let step, let overdue, let minimum):
      "\(step.summary); not sent: the customer's overdue \(overdue.currency.code) items come to \(overdue.decimalString), below the schedule's minimum of \(minimum.decimalString)"
    case .inReview(let step, let reasons):
      (step.map { "\($0.summary); " } ?? "")
        + "listed for a person: "
        + reasons.map(\.description).joined(separator: "; ")
    case .lastLevelSent(let level):
      "level \(level), the schedule's last, has been sent; nothing follows"
    case .handoverDue(let step, let agency):
      "\(step.summary): hand over to \(agency) (collection, not planned here)"
    case .noLevel:
      "the schedule has no level for it"
    }
  }
}

extension ItemDecision {
  /// "A-1001, 23 days overdue: gets level 2 (…); schedule b2b: the customer's segment is B2B".
  public var explanation: String {
    let overdue =
      daysOverdue > 0
      ? "\(daysOverdue) days overdue"
      : daysOverdue == 0 ? "due today" : "due in \(-daysOverdue) days"
    var text = "\(itemNumber), \(overdue): \(outcome.text)"
    if let schedule { text += "; \(schedule)" }
    return text
  }
}
