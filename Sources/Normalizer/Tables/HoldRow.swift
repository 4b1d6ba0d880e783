import Parsers
import Receivables

/// Reads one row of a holds file: what to do (pause, dispute, promise, resume), for which item
/// or customer, until when, why, and for a promise how much.
struct HoldRow {
  let cells: RowCells
  let file: String

  /// The words a row may use for each action, in the languages arflow writes letters in.
  static let actionWords: [String: HoldInstruction.Action] = [
    "pause": .pause, "paused": .pause, "hold": .pause, "pauze": .pause, "pausieren": .pause,
    "dispute": .dispute, "disputed": .dispute, "betwist": .dispute, "geschil": .dispute,
    "strittig": .dispute, "einspruch": .dispute, "litige": .dispute,
    "promise": .promise, "belofte": .promise, "toezegging": .promise, "zusage": .promise,
    "promesse": .promise,
    "resume": .resume, "hervat": .resume, "fortsetzen": .resume, "reprendre": .resume,
  ]

  func read() throws(ValueProblem) -> HoldInstruction {
    let written = try cells.required("action")
    guard let action = Self.actionWords[written.lowercased()] else {
      throw ValueProblem(
        .missing, "the kind '\(written)' is not one of pause, dispute, promise, resume",
        fix: "write pause, dispute, promise or resume in the kind column")
    }
    let number = try cells.identifier("number")
    let customer = try cells.identifier("customerID")
    guard number != nil || customer != nil else {
      throw ValueProblem(
        .missing, "the row names neither an item nor a customer",
        fix: "fill in the item number, the customer number, or both")
    }
    if action == .dispute, number == nil {
      throw ValueProblem(
        .missing, "a dispute is about an item, but the item number is empty",
        fix: "fill in the item the customer contests, or write pause to stop the whole customer")
    }
    let until = try cells.date("until")
    let reason = cells.text("reason")
    var amount: Money?
    switch action {
    case .pause, .dispute:
      guard reason != nil else {
        throw ValueProblem(
          .missing, "the reason is empty",
          fix: "say why reminders stop (the customer's words, a ticket number)")
      }
    case .promise:
      amount = try cells.amount("amount", currency: try cells.currency())
      guard let amount, amount.isPositive else {
        throw ValueProblem(
          .missing, "a promise needs the amount promised, more than zero",
          fix: "fill in the amount the customer promised to pay, like 500.00")
      }
      guard until != nil else {
        throw ValueProblem(
          .missing, "a promise needs the date it is promised by, but until is empty",
          fix: "fill in the until column with the date the customer promised to pay by")
      }
    case .resume:
      break
    }
    return HoldInstruction(
      action: action, itemNumber: number, customerID: customer, until: until,
      reason: reason ?? Self.defaultReason(action), amount: amount,
      source: SourceLocation(file: file, line: cells.row.line))
  }

  private static func defaultReason(_ action: HoldInstruction.Action) -> String {
    switch action {
    case .promise: "promise to pay"
    case .resume: "resumed"
    case .pause, .dispute: ""
    }
  }
}
