import Parsers
import Receivables

/// One camt entry with what is needed to turn it into payments and give them a stable identity.
struct EntryContext {
  let statement: CamtStatement
  let statementIndex: Int
  let entry: CamtEntry
  let entryIndex: Int
  let file: String

  /// One payment per transaction detail when each carries its own amount (a batch booking
  /// split by the bank), otherwise one payment for the entry.
  func payments() throws(ValueProblem) -> [Payment] {
    let currency = try currency(entry.currency)
    let entryAmount = try amount(entry.amount, currency)
    guard let bookingText = entry.bookingDate,
      let bookingDate = try? LocalDate(iso8601: bookingText)
    else {
      throw ValueProblem(
        .notAnAmount,
        "the entry has no readable booking date (<BookgDt>)",
        fix: "ask the bank for a corrected statement")
    }
    let valueDate = entry.valueDate.flatMap { try? LocalDate(iso8601: $0) } ?? bookingDate
    let transactions = entry.transactions
    let split = transactions.count > 1 && transactions.allSatisfy { $0.amount != nil }
    if split {
      return try transactions.enumerated().map { (index, transaction) throws(ValueProblem) in
        let money = try amount(
          transaction.amount ?? "", try self.currency(transaction.currency ?? entry.currency))
        return payment(
          transaction, amount: money, booking: bookingDate, value: valueDate,
          identity: identity(transaction: transaction, index: index, amount: money))
      }
    }
    return [
      payment(
        transactions.first, amount: entryAmount, booking: bookingDate, value: valueDate,
        identity: identity(transaction: transactions.first, index: nil, amount: entryAmount),
        extraReferences: transactions.dropFirst().flatMap(\.structuredReferences),
        extraRemittance: transactions.dropFirst().flatMap(\.unstructuredRemittance))
    ]
  }

  private func payment(
    _ transaction: CamtTransaction?, amount: Money, booking: LocalDate, value: LocalDate,
    identity: String, extraReferences: [String] = [], extraRemittance: [String] = []
  ) -> Payment {
    let references = (transaction?.structuredReferences ?? []) + extraReferences
    let remittance = (transaction?.unstructuredRemittance ?? []) + extraRemittance
    return Payment(
      bankReference: identity, bookingDate: booking, valueDate: value, amount: amount,
      counterpartyName: transaction?.counterpartyName,
      counterpartyIBAN: transaction?.counterpartyIBAN,
      structuredReference: references.first,
      remittanceText: remittance.isEmpty ? nil : remittance.joined(separator: " "),
      endToEndID: transaction?.endToEndId,
      source: SourceLocation(
        file: file, line: transaction?.line ?? entry.line, element: transaction?.path ?? entry.path)
    )
  }

  /// The bank's own reference where it gives one; otherwise a stable hash of the statement,
  /// the entry's position and its fields, so that the same statement read twice is known.
  private func identity(transaction: CamtTransaction?, index: Int?, amount: Money) -> String {
    let account = statement.accountIBAN.map { "\($0):" } ?? ""
    if let index {
      if let reference = transaction?.accountServicerReference {
        return "acct:\(account)\(reference)"
      }
      if let reference = entry.accountServicerReference {
        return "acct:\(account)\(reference)/\(index + 1)"
      }
    } else if let reference = entry.accountServicerReference
      ?? transaction?.accountServicerReference
    {
      return "acct:\(account)\(reference)"
    }
    let fields = [
      statement.accountIBAN ?? "", statement.statementId ?? "", String(statementIndex),
      String(entryIndex), index.map(String.init) ?? "", entry.bookingDate ?? "",
      amount.decimalString, amount.currency.code, transaction?.endToEndId ?? "",
      transaction?.counterpartyIBAN ?? "", transaction?.structuredReferences.joined() ?? "",
      transaction?.unstructuredRemittance.joined() ?? "",
    ]
    return "hash:" + StableHash.hex(of: fields.joined(separator: "\u{1F}"))
  }

  private func currency(_ code: String) throws(ValueProblem) -> Currency {
    do {
      return try Currency(code: code)
    } catch {
      throw ValueProblem(.notAnAmount, error.message, fix: "ask the bank for a corrected statement")
    }
  }

  private func amount(_ text: String, _ currency: Currency) throws(ValueProblem) -> Money {
    do {
      return try Money(decimal: text, currency: currency)
    } catch {
      throw ValueProblem(
        .notAnAmount,
        "the amount '\(text)' cannot be read: \(error.message)",
        fix: "ask the bank for a corrected statement")
    }
  }
}

/// FNV-1a 64-bit: a stable, platform-independent hash for identities (not for security).
enum StableHash {
  static func hex(of text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
