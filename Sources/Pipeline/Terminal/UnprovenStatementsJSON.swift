import Ledger
import Receivables

/// The `unprovenStatements` field of `status --json`: how many statements were booked although
/// their balances do not add up, and each of them. Its field names are an interface: keep them
/// stable.
struct UnprovenStatementsJSON: Encodable {
  /// One statement: `account`, `statementId`, `date` (ISO, absent when unknown), `difference`
  /// (closing balance − opening balance − booked entries, a decimal string), `currency`,
  /// `file` (the name it was dropped under) and `processedOn`.
  struct Statement: Encodable {
    var account: String?
    var statementId: String?
    var date: String?
    var difference: String
    var currency: String
    var file: String
    var processedOn: String
  }

  var count: Int
  var statements: [Statement]

  init(_ stored: [StoredUnprovenStatement]) {
    count = stored.count
    statements = stored.map { entry in
      Statement(
        account: entry.statement.account, statementId: entry.statement.statementID,
        date: entry.statement.statementDate?.iso8601,
        difference: entry.statement.difference.decimalString,
        currency: entry.statement.difference.currency.code, file: entry.fileName,
        processedOn: entry.processedOn.iso8601)
    }
  }
}
