import Dunning
import Receivables

/// What the Dunning stage of a run did, as the terminal shows it: where the documents are, by
/// channel and level; each document that failed with its reason; what waits for approval or a
/// person; promises and arrangements that changed; batches recovered after a crash.
public struct DunningOutcomeText: Sendable {
  let outcome: DunningOutcome
  /// Whether every document is named, not only counted.
  let listed: Bool

  /// How many review entries are named before the rest are counted.
  static let namedReview = 10

  public init(outcome: DunningOutcome, listed: Bool = false) {
    self.outcome = outcome
    self.listed = listed
  }

  public var text: String {
    var text = ""
    for id in outcome.recovered {
      text +=
        "  reminders: batch \(id) was written before an interruption and is recorded now\n"
    }
    for note in outcome.notes { text += "  policy: \(note)\n" }
    for change in outcome.changes { text += "  \(Self.words(change))\n" }
    if let batch = outcome.batch {
      text += written(batch)
    } else if outcome.awaitingApproval == nil {
      text += "  reminders: nothing new to send\n"
    }
    if let waiting = outcome.awaitingApproval {
      text +=
        "  reminders: \(Plural.count(waiting.documents, "document")) of schedules with review: true "
        + "wait for approval as batch \(waiting.id) (arflow dun --dry-run shows them; "
        + "arflow dun --approve \(waiting.id) sends them)\n"
    }
    if !outcome.review.isEmpty {
      let file =
        outcome.batch.map { " (outbox/reminders/\($0.id)/review.csv)" }
        ?? outcome.reviewFile.map { " (\($0))" } ?? ""
      text +=
        "  reminders: \(Plural.count(outcome.review.count, "customer")) held for a person\(file):\n"
      for entry in outcome.review.prefix(listed ? .max : Self.namedReview) {
        text +=
          "    \(entry.customerID): \(entry.reasons.map(\.description).joined(separator: "; "))\n"
      }
      if !listed, outcome.review.count > Self.namedReview {
        text += "    … and \(outcome.review.count - Self.namedReview) more (--verbose)\n"
      }
    }
    return text
  }

  private func written(_ batch: ReminderBatch) -> String {
    let folder = "outbox/reminders/\(batch.id)/"
    var text = ""
    let written = batch.written
    if !written.isEmpty {
      let letters = written.count { $0.channel == .letter }
      let emails = written.count - letters
      var kinds: [String] = []
      if letters > 0 { kinds.append(Plural.count(letters, "letter")) }
      if emails > 0 {
        kinds.append(
          "\(Plural.count(emails, "e-mail document")) (written as PDF until e-mail sending is set up)"
        )
      }
      text +=
        "  reminders: \(Plural.count(written.count, "document")) in \(folder) (\(kinds.joined(separator: ", "))); "
        + levels(written) + "\n"
      if listed {
        for document in written {
          text += "    \(document.file ?? "") \(document.customerID): \(document.explanation)\n"
        }
      }
    }
    for document in batch.failed {
      text +=
        "  reminders: the document to \(document.customerID) could not be made and is tried again next run: \(document.reason ?? "")\n"
    }
    return text
  }

  /// "2 at level 1 (reminder), 1 at level 3 (final-notice)".
  private func levels(_ documents: [DunningDocument]) -> String {
    var counts: [String: Int] = [:]
    var order: [(Int, String)] = []
    for document in documents {
      let key =
        document.level.map { "level \($0) (\(document.levelName ?? ""))" }
        ?? document.kind.rawValue
      if counts[key] == nil { order.append((document.level ?? 99, key)) }
      counts[key, default: 0] += 1
    }
    return order.sorted { $0 < $1 }.map { "\(counts[$0.1] ?? 0) at \($0.1)" }
      .joined(separator: ", ")
  }

  /// A promise's or arrangement's change in words.
  static func words(_ change: HoldChange) -> String {
    switch change.kind {
    case .promiseKept:
      "promise \(change.id) of customer \(change.customerID) kept: \(change.explanation)"
    case .promiseBroken:
      "promise \(change.id) of customer \(change.customerID) broken: \(change.explanation)"
    case .arrangementCompleted:
      "arrangement \(change.id) of customer \(change.customerID) completed: \(change.explanation)"
    case .arrangementBroken:
      "arrangement \(change.id) of customer \(change.customerID) broken: \(change.explanation)"
    }
  }
}
