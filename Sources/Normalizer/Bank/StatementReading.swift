public import Parsers
public import Receivables

/// One statement read entry by entry, so that a statement of a million entries needs memory for
/// one entry at a time: each entry becomes its payments at once, the booked sum runs along, and
/// `finish` checks the balance (opening + booked entries = closing) at the end.
public struct StatementReading: Sendable {
  public let statement: BankStatement
  let file: String
  private var identity = PaymentIdentity()
  private var bookedSum: Int64 = 0
  private var currency: Currency?
  /// Entries that could not be read, each with where and why.
  public private(set) var rejected: [RejectedRecord] = []

  /// - Parameter statement: the statement's header and balances (its entries are ignored:
  ///   pass them to `add`).
  public init(_ statement: BankStatement, file: String) {
    self.statement = statement
    self.file = file
  }

  /// The payments of one entry with their identities, and whether they are booked (pending
  /// entries are shown, never booked; `INFO` entries give none).
  public mutating func add(_ entry: BankStatementEntry) -> (payments: [Payment], booked: Bool) {
    guard entry.status == .booked || entry.bookingDate ?? entry.valueDate != nil else {
      return ([], false)  // a pending entry without a date yet: nothing to show as a payment
    }
    do {
      var payments = try StatementEntryPayments(statement: statement, entry: entry, file: file)
        .payments()
      for index in payments.indices { identity.identify(&payments[index]) }
      guard entry.status == .booked else {
        return (entry.status == .pending ? payments : [], false)
      }
      for payment in payments {
        bookedSum += payment.amount.minorUnits
        currency = currency ?? payment.amount.currency
      }
      return (payments, true)
    } catch {
      rejected.append(
        RejectedRecord(
          location: SourceLocation(file: file, line: entry.line, element: entry.path),
          reason: error.message, fix: error.fix))
      return ([], false)
    }
  }

  /// What the statement comes to once every entry was added: proven (its balances add up or
  /// it states none), unproven (they do not add up and `balanceMismatch` is `book`: its payments
  /// are booked all the same), or refused (an entry or a balance cannot be read, or the balances
  /// do not add up and `balanceMismatch` is `refuse`).
  public func finish(balanceMismatch: BalanceMismatch = .book) -> StatementVerdict {
    let location = SourceLocation(file: file, line: statement.line, element: statement.path)
    if let first = rejected.first {
      return .refused(
        RejectedRecord(
          location: location,
          reason:
            "\(name): \(rejected.count) entries cannot be read (first: \(first.location), \(first.reason))",
          fix: first.fix))
    }
    let unproven: UnprovenStatement
    do {
      guard
        let found = try StatementBalanceProof(statement: statement, file: file)
          .unproven(bookedMinorUnits: bookedSum)
      else { return .proven }
      unproven = found
    } catch {
      return .refused(RejectedRecord(location: location, reason: error.message, fix: error.fix))
    }
    switch balanceMismatch {
    case .book:
      return .unproven(unproven)
    case .refuse:
      return .refused(
        RejectedRecord(
          location: location, reason: "\(name): \(unproven.detail)",
          fix:
            "an entry is missing or was changed: export the statement again from online banking; "
            + "nothing of this statement was booked (statements: balanceMismatch: refuse in "
            + "mappings/reconciliation.yaml; with book its payments are booked and the statement "
            + "is marked unproven)"))
    }
  }

  var name: String {
    "statement \(statement.statementID ?? "?")"
      + (statement.account.map { " of account \($0)" } ?? "")
      + " (\(statement.format))"
  }
}
