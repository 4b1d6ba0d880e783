import Parsers
import Receivables

/// Reads a credit bureau's row: customer, score and/or limit, and the date of the assessment.
struct CreditAssessmentRow {
  let cells: RowCells
  let file: String

  func read() throws(ValueProblem) -> CreditAssessment {
    guard let id = try cells.identifier("customerID") else {
      throw ValueProblem.missing("customer number")
    }
    guard let date = try cells.date("assessedOn") else {
      throw ValueProblem.missing("date of the assessment")
    }
    var score: Int?
    if let text = cells.text("score") {
      guard let value = Int(text) else {
        throw ValueProblem(
          .notAnAmount, "the score '\(text)' is not a whole number",
          fix: "deliver scores as whole numbers (e.g. 245)")
      }
      score = value
    }
    let limit =
      try cells.text("creditLimit") == nil
      ? nil : cells.amount("creditLimit", currency: try cells.currency())
    guard score != nil || limit != nil else {
      throw ValueProblem(
        .missing, "the row has neither a score nor a credit limit",
        fix: "each assessment needs a score, a limit or both")
    }
    return CreditAssessment(
      customerID: id, score: score, creditLimit: limit, assessedOn: date,
      source: SourceLocation(file: file, line: cells.row.line))
  }
}
