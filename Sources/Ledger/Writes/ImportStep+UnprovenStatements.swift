import GRDB
import Receivables

extension ImportStep {
  /// Marks a statement of this file unproven: booked although its balances do not add up.
  func store(_ statement: UnprovenStatement) throws {
    try db.execute(
      cached: """
        INSERT INTO unproven_statement (file_id, account, statement_id, statement_date, currency,
          opening_minor, booked_minor, closing_minor, difference_minor, detail, source_line,
          source_element)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        fileID, statement.account, statement.statementID, statement.statementDate?.iso8601,
        statement.closing.currency.code, statement.opening.minorUnits,
        statement.booked.minorUnits, statement.closing.minorUnits,
        statement.difference.minorUnits, statement.detail, statement.source.line,
        statement.source.element,
      ])
  }
}
