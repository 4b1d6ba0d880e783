import Receivables

/// One unproven statement as the run summary and `arflow status` show it: account, statement,
/// date, difference and file.
struct UnprovenStatementText {
  let statement: UnprovenStatement
  let file: String

  init(_ statement: UnprovenStatement, file: String) {
    self.statement = statement
    self.file = file
  }

  /// "NL91ABNA0417164300, statement S1 of 2026-11-20: difference -50.00 EUR (wrong.sta)".
  var line: String {
    let account = statement.account ?? "account not stated"
    let date = statement.statementDate.map { " of \($0.iso8601)" } ?? ""
    return
      "\(account), statement \(statement.statementID ?? "?")\(date): difference "
      + "\(statement.difference.decimalString) \(statement.difference.currency.code) (\(file))"
  }
}
