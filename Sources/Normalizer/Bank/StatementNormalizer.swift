public import Parsers
public import Receivables

/// Turns bank statements of any format into payments: every booked entry (credits to match,
/// debits, reversals and returns kept for the record), each with its bank identity, once the
/// statement was found to be for one of the creditor's own accounts and its balances were
/// checked (opening + booked entries = closing).
///
/// A statement for another account, or one with an entry that cannot be read, is rejected
/// whole. A statement whose balances do not add up is booked and marked unproven, with the
/// difference in a warning (`balanceMismatch: book`, the default), or rejected whole
/// (`balanceMismatch: refuse`). Pending entries are shown (`pending`) but never booked.
public struct StatementNormalizer: Sendable {
  /// The creditor's own accounts (`bankAccounts:` in `mappings/company.yaml`); empty: any.
  public let ownAccounts: Set<String>
  /// What to do with a statement whose balances do not add up (`statements: balanceMismatch:`
  /// in `mappings/reconciliation.yaml`).
  public var balanceMismatch: BalanceMismatch

  /// The most entry warnings listed per file; the rest are counted in one more warning.
  static let entryWarningLimit = 20

  public init(ownAccounts: [String] = [], balanceMismatch: BalanceMismatch = .book) {
    self.ownAccounts = Set(ownAccounts.map(IBAN.accountKey))
    self.balanceMismatch = balanceMismatch
  }

  public func normalize(_ statements: [BankStatement], file: String) -> NormalizedFile {
    var result = NormalizedFile(
      kind: .bankStatement, readAs: statements.first?.format ?? "bank statement")
    var readWarnings: [String] = []
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
      let verdict = reading.finish(balanceMismatch: balanceMismatch)
      if let refusal = verdict.refusal {
        result.rejected.append(refusal)
        result.rejected += reading.rejected
        continue
      }
      if let unproven = verdict.unproven {
        result.unprovenStatements.append(unproven)
        result.warnings.append(Self.warning(unproven, name: reading.name, payments: booked.count))
      }
      result.payments += booked
      result.pending += pending
      result.skipped += skipped
      readWarnings += statement.warnings.map { "\(file), \(statement.path): \($0)" }
      for entry in statement.entries {
        readWarnings += entry.warnings.map { "\(file), \(entry.path): \($0)" }
      }
    }
    result.warnings += readWarnings.prefix(Self.entryWarningLimit)
    if readWarnings.count > Self.entryWarningLimit {
      result.warnings.append(
        "and \(readWarnings.count - Self.entryWarningLimit) more warnings like those above")
    }
    return result
  }

  /// The warning for a statement booked although its balances do not add up.
  static func warning(_ unproven: UnprovenStatement, name: String, payments: Int) -> String {
    let booked =
      switch payments {
      case 0: "it has no payments to book, and"
      case 1: "its 1 payment was booked all the same and"
      default: "its \(payments) payments were booked all the same and"
      }
    return
      "\(name): \(unproven.detail); \(booked) the statement is marked unproven: ask the bank for "
      + "a corrected statement"
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
