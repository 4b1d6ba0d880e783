import Normalizer
import Receivables

/// The text of `NAME.error.txt`: what went wrong with a file, where, and how to fix it, in a
/// bookkeeper's words.
struct ErrorReport {
  let fileName: String
  let date: LocalDate

  /// For a file that could not be ingested at all.
  func text(for rejection: FileRejection) -> String {
    var text = "arflow could not read \(fileName) (\(date.iso8601)).\n\n"
    text += "What: \(rejection.message)\n"
    if let location = rejection.location { text += "Where: \(location)\n" }
    text += "How to fix: \(rejection.fix)\n\n"
    if !rejection.details.isEmpty {
      text += "In detail:\n" + rejection.details.map { "  - \($0)\n" }.joined() + "\n"
    }
    text += "Nothing from this file was booked. The file is kept beside this report; "
    text += "correct it (or export it again) and drop it into inbox/ again.\n"
    return text
  }

  /// For a file whose good records were booked and some records were not.
  func text(for rejected: [RejectedRecord], booked: Int, rejectedFile: String?) -> String {
    var text = "arflow read \(fileName) (\(date.iso8601)): \(booked) records were booked, "
    text += "\(rejected.count) were not.\n\n"
    for record in rejected {
      let place =
        record.location.line.map { "Line \($0)" } ?? record.location.element.map { "Element \($0)" }
        ?? "Record"
      text += "\(place): \(record.reason)\n  How to fix: \(record.fix)\n"
    }
    text +=
      "\nThe booked records stay booked. The original file is in inbox/processed/\(date.iso8601)/."
    if let rejectedFile {
      text +=
        "\nThe rows that were not booked are in \(rejectedFile) beside this report: correct them there and drop that file into inbox/ again."
    }
    return text + "\n"
  }
}
