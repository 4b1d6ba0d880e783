import Normalizer
import Parsers
import Receivables

/// Builds raw statements entry by entry, as a statement reader would hand them over.
struct StatementFixture {
  var statement: BankStatement

  init(account: String = "NL91ABNA0417164300", opening: String? = "100.00", closing: String? = nil)
  {
    statement = BankStatement(
      format: "camt.053.001.02", line: 3, path: "/Document/BkToCstmrStmt/Stmt")
    statement.statementID = "STMT-1"
    statement.account = account
    statement.currency = "EUR"
    if let opening {
      statement.openingBalance = BankBalance(
        amount: opening, creditDebit: .credit, currency: "EUR", date: "2026-11-19", type: "OPBD")
    }
    if let closing {
      statement.closingBalance = BankBalance(
        amount: closing, creditDebit: .credit, currency: "EUR", date: "2026-11-19", type: "CLBD")
    }
  }

  func entry(
    _ amount: String, _ direction: CreditDebit = .credit, reference: String? = nil,
    status: String = "BOOK", details: [BankTransactionDetail] = []
  ) -> Self {
    var copy = self
    let index = statement.entries.count + 1
    var entry = BankStatementEntry(
      amount: amount, currency: "EUR", creditDebit: direction, line: 10 * index,
      path: "/Document/BkToCstmrStmt/Stmt/Ntry[\(index)]")
    entry.bookingDate = "2026-11-19"
    entry.valueDate = "2026-11-19"
    entry.bankReference = reference
    entry.status = EntryStatus(code: status)
    entry.transactions = details
    copy.statement.entries.append(entry)
    return copy
  }

  static func detail(
    _ amount: String?, name: String = "Acme", iban: String = "DE89370400440532013000",
    reference: String? = nil, remittance: [String] = []
  ) -> BankTransactionDetail {
    var detail = BankTransactionDetail(line: 99, path: "/Document/…/TxDtls")
    detail.amount = amount
    detail.currency = amount == nil ? nil : "EUR"
    detail.counterpartyName = name
    detail.counterpartyAccount = iban
    detail.structuredReferences = reference.map { [$0] } ?? []
    detail.remittance = remittance
    return detail
  }

  func normalize(ownAccounts: [String] = [], balanceMismatch: BalanceMismatch = .book)
    -> NormalizedFile
  {
    StatementNormalizer(ownAccounts: ownAccounts, balanceMismatch: balanceMismatch).normalize(
      [statement], file: "statement.xml")
  }
}
