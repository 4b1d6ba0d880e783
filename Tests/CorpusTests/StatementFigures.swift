import Foundation
import Parsers

/// The figures of a statement file that a bookkeeper checks by hand: how many statements and
/// entries, what came in and went out, and the balances.
struct StatementFigures: Equatable, Sendable, CustomStringConvertible {
  var statements: Int
  var entries: Int
  /// Sum of the booked (`BOOK`) credit and debit entries over all statements.
  var credits: Decimal
  var debits: Decimal
  /// Per statement, signed (a debit balance is negative); nil when the file gives none.
  var openings: [Decimal?]
  var closings: [Decimal?]

  init(
    statements: Int, entries: Int, credits: String, debits: String, openings: [String?],
    closings: [String?]
  ) {
    self.statements = statements
    self.entries = entries
    self.credits = Self.decimal(credits)
    self.debits = Self.decimal(debits)
    self.openings = openings.map { $0.map(Self.decimal) }
    self.closings = closings.map { $0.map(Self.decimal) }
  }

  /// The figures of statements as a reader produced them.
  init(_ read: [BankStatement]) {
    let entries = read.flatMap(\.entries)
    self.statements = read.count
    self.entries = entries.count
    self.credits = Self.booked(entries, .credit)
    self.debits = Self.booked(entries, .debit)
    self.openings = read.map { $0.openingBalance.map(Self.signed) }
    self.closings = read.map { $0.closingBalance.map(Self.signed) }
  }

  /// The 1-based numbers of the statements whose opening + credits − debits is not their
  /// closing balance (statements without both balances are not judged).
  static func unreconciled(_ read: [BankStatement]) -> [Int] {
    read.enumerated().compactMap { index, statement in
      guard let opening = statement.openingBalance, let closing = statement.closingBalance else {
        return nil
      }
      let moved = booked(statement.entries, .credit) - booked(statement.entries, .debit)
      return signed(opening) + moved == signed(closing) ? nil : index + 1
    }
  }

  var description: String {
    "\(statements) statements, \(entries) entries, credits \(credits), debits \(debits), "
      + "openings \(openings), closings \(closings)"
  }

  private static func booked(_ entries: [BankStatementEntry], _ side: CreditDebit) -> Decimal {
    entries.filter { $0.status.code == "BOOK" && $0.creditDebit == side }
      .reduce(Decimal(0)) { $0 + decimal($1.amount) }
  }

  private static func signed(_ balance: BankBalance) -> Decimal {
    balance.creditDebit == .debit ? -decimal(balance.amount) : decimal(balance.amount)
  }

  private static func decimal(_ text: String) -> Decimal {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
  }
}
