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
    self.ownAccounts = Set(ownAccounts.map(PaymentIdentity.compact))
  }

  public func normalize(_ statements: [BankStatement], file: String) -> NormalizedFile {
    var result = NormalizedFile(
      kind: "bank-statement", readAs: statements.first?.format ?? "bank statement")
    for statement in statements {
      let location = SourceLocation(file: file, line: statement.line, element: statement.path)
      if let refusal = accountRefusal(statement) {
        result.rejected.append(
          RejectedRecord(location: location, reason: refusal.0, fix: refusal.1))
        continue
      }
      do {
        if let problem = try StatementBalanceProof(statement: statement).problem() {
          result.rejected.append(
            RejectedRecord(
              location: location, reason: "\(name(statement)): \(problem.message)",
              fix: problem.fix))
          continue
        }
      } catch {
        result.rejected.append(
          RejectedRecord(location: location, reason: error.message, fix: error.fix))
        continue
      }
      add(statement, file: file, to: &result)
    }
    return result
  }

  private func add(_ statement: BankStatement, file: String, to result: inout NormalizedFile) {
    var identity = PaymentIdentity()
    for entry in statement.entries {
      do {
        var payments = try StatementEntryPayments(statement: statement, entry: entry, file: file)
          .payments()
        for index in payments.indices { identity.identify(&payments[index]) }
        switch entry.status {
        case "BOOK":
          result.payments += payments
        case "PDNG":
          result.pending += payments
          result.skipped.append("\(entry.path): pending, shown but not booked until it is")
        default:
          result.skipped.append("\(entry.path): status \(entry.status), not a booking")
        }
      } catch {
        result.rejected.append(
          RejectedRecord(
            location: SourceLocation(file: file, line: entry.line, element: entry.path),
            reason: error.message, fix: error.fix))
      }
    }
  }

  private func accountRefusal(_ statement: BankStatement) -> (String, String)? {
    guard !ownAccounts.isEmpty else { return nil }
    guard let account = statement.account else {
      return (
        "\(name(statement)) names no account, and mappings/company.yaml lists the creditor's own accounts",
        "ask the bank for a statement that states its account"
      )
    }
    guard !ownAccounts.contains(PaymentIdentity.compact(account)) else { return nil }
    return (
      "\(name(statement)) is for account \(account), which is not one of the creditor's accounts in mappings/company.yaml (bankAccounts)",
      "add the account to bankAccounts in mappings/company.yaml if it is yours; otherwise this statement does not belong in this inbox"
    )
  }

  private func name(_ statement: BankStatement) -> String {
    "statement \(statement.statementID ?? "?") (\(statement.format))"
  }
}
