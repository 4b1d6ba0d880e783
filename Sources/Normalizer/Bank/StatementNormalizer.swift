public import Parsers
public import Receivables

/// Turns bank statements of any format into payments: every booked entry (credits to match,
/// debits, reversals and returns kept for the record), each with its bank identity, after the
/// statement proved itself (opening + booked entries = closing) and was found to be for one of
/// the creditor's own accounts.
///
/// A statement that fails either check is rejected whole, with the difference or the account
/// named; pending entries are shown (`pending`) but never booked.
public struct StatementNormalizer: Sendable {
  /// The creditor's own accounts (`bankAccounts:` in `mappings/company.yaml`); empty: any.
  public let ownAccounts: Set<String>

  public init(ownAccounts: [String] = []) {
    self.ownAccounts = Set(ownAccounts.map(IBAN.accountKey))
  }

  public func normalize(_ statements: [BankStatement], file: String) -> NormalizedFile {
    var result = NormalizedFile(
      kind: .bankStatement, readAs: statements.first?.format ?? "bank statement")
    for statement in statements {
      if let refusal = accountRefusal(statement, file: file) {
        result.rejected.append(refusal)
        continue
      }
      var reading = StatementReading(statement, file: file)
      var booked: [Payment] = []
      var pending: [Payment] = []
      var skipped: [String] = []
      for entry in statement.entries {
        let (payments, isBooked) = reading.add(entry)
        if isBooked {
          booked += payments
        } else if entry.status == .pending {
          pending += payments
          skipped.append("\(entry.path): pending, shown but not booked until it is")
        } else if entry.status != .booked {
          skipped.append("\(entry.path): status \(entry.status), not a booking")
        }
      }
      if let refusal = reading.finish() {
        result.rejected.append(refusal)
        result.rejected += reading.rejected
        continue
      }
      result.payments += booked
      result.pending += pending
      result.skipped += skipped
    }
    return result
  }

  /// Why a statement must not be read at all: it is not for one of the creditor's accounts.
  public func accountRefusal(_ statement: BankStatement, file: String) -> RejectedRecord? {
    let location = SourceLocation(file: file, line: statement.line, element: statement.path)
    return accountProblem(statement).map {
      RejectedRecord(location: location, reason: $0.0, fix: $0.1)
    }
  }

  private func accountProblem(_ statement: BankStatement) -> (String, String)? {
    guard !ownAccounts.isEmpty else { return nil }
    guard let account = statement.account else {
      return (
        "\(name(statement)) names no account, and mappings/company.yaml lists the creditor's own accounts",
        "ask the bank for a statement that states its account"
      )
    }
    guard !ownAccounts.contains(IBAN.accountKey(account)) else { return nil }
    return (
      "\(name(statement)) is not for one of the creditor's accounts in mappings/company.yaml (bankAccounts)",
      "add the account to bankAccounts in mappings/company.yaml if it is yours; otherwise this statement does not belong in this inbox"
    )
  }

  func name(_ statement: BankStatement) -> String {
    "statement \(statement.statementID ?? "?")"
      + (statement.account.map { " of account \($0)" } ?? "")
      + " (\(statement.format))"
  }
}
