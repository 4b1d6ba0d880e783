import GRDB
public import Receivables

extension Ledger {
  /// The newest credit assessment of each customer, by customer number.
  public func latestCreditAssessments() throws(LedgerError) -> [String: CreditAssessment] {
    try read("read credit assessments") { db in
      var latest: [String: CreditAssessment] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT credit_assessment.*, ingested_file.name AS file_name FROM credit_assessment
          JOIN ingested_file ON ingested_file.id = credit_assessment.source_file
          ORDER BY assessed_on, credit_assessment.id
          """)
      {
        var limit: Money?
        if let minor: Int64 = row["limit_minor"], let code: String = row["currency"] {
          limit = Money(minorUnits: minor, currency: try Currency(code: code))
        }
        let assessment = CreditAssessment(
          customerID: row["customer_id"], score: row["score"], creditLimit: limit,
          assessedOn: try row.date("assessed_on"),
          source: SourceLocation(file: row["file_name"], line: row["source_line"]))
        latest[assessment.customerID] = assessment
      }
      return latest
    }
  }
}
