public import Parsers
public import Receivables

/// Turns camt statements into incoming payments: booked, non-reversed credit entries.
///
/// Debits, pending entries and reversals are skipped with a note; an entry whose amount,
/// currency or dates do not read is rejected with its element path.
public struct BankStatementNormalizer: Sendable {
  public init() {}

  public func normalize(_ statements: [CamtStatement], file: String) -> NormalizedFile {
    var result = NormalizedFile(
      kind: "bank-statement", readAs: statements.first?.messageName ?? "camt")
    for (statementIndex, statement) in statements.enumerated() {
      for (entryIndex, entry) in statement.entries.enumerated() {
        let location = SourceLocation(file: file, line: entry.line, element: entry.path)
        guard entry.creditDebit == .credit else {
          result.skipped.append("\(entry.path): a debit (money leaving the account)")
          continue
        }
        guard entry.status == "BOOK" else {
          result.skipped.append("\(entry.path): status \(entry.status), not booked")
          continue
        }
        guard !entry.isReversal else {
          result.skipped.append("\(entry.path): a reversal")
          continue
        }
        do {
          let context = EntryContext(
            statement: statement, statementIndex: statementIndex, entry: entry,
            entryIndex: entryIndex, file: file)
          result.payments += try context.payments()
        } catch {
          result.rejected.append(
            RejectedRecord(location: location, reason: error.message, fix: error.fix))
        }
      }
    }
    return result
  }
}
