import Foundation
import Parsers
import Receivables

/// The payments of one statement entry: one per transaction detail when the bank split a batch
/// booking into details whose amounts add up to the entry, otherwise one for the entry.
struct StatementEntryPayments {
  let statement: BankStatement
  let entry: BankStatementEntry
  let file: String

  /// Payments without their identity yet (`bankReference` holds the bank's own reference or
  /// is empty): `PaymentIdentity` gives each its identity within the statement.
  func payments() throws(ValueProblem) -> [Payment] {
    let currency = try self.currency(entry.currency)
    let total = try amount(entry.amount, currency)
    guard let bookingText = entry.bookingDate ?? entry.valueDate ?? statement.createdOn,
      let bookingDate = try? LocalDate(iso8601: bookingText)
    else {
      throw ValueProblem(
        .notADate, "the entry has no readable booking date, value date or statement date",
        fix: "ask the bank for a corrected statement")
    }
    let valueDate = entry.valueDate.flatMap { try? LocalDate(iso8601: $0) } ?? bookingDate
    let details = entry.transactions
    if details.count > 1, details.allSatisfy({ $0.amount != nil }) {
      let amounts = try details.map { (detail) throws(ValueProblem) in
        try amount(detail.amount ?? "", try self.currency(detail.currency ?? entry.currency))
      }
      if amounts.allSatisfy({ $0.currency == currency }),
        amounts.reduce(0, { $0 + $1.minorUnits }) == total.minorUnits
      {
        return zip(details, amounts).enumerated().map { index, pair in
          payment(
            pair.0, amount: pair.1, booking: bookingDate, value: valueDate,
            bankReference: pair.0.bankReference
              ?? entry.bankReference.map { "\($0)/\(index + 1)" })
        }
      }
    }
    var single = payment(
      details.first, amount: total, booking: bookingDate, value: valueDate,
      bankReference: entry.bankReference ?? details.first?.bankReference)
    let others = details.dropFirst()
    if single.structuredReference == nil {
      single.structuredReference = others.lazy.compactMap(\.structuredReferences.first).first
    }
    let remittance = details.flatMap(\.remittance)
    if !remittance.isEmpty { single.remittanceText = remittance.joined(separator: " ") }
    if details.isEmpty, let information = entry.information, single.remittanceText == nil {
      single.remittanceText = information
    }
    return [single]
  }

  private func payment(
    _ detail: BankTransactionDetail?, amount: Money, booking: LocalDate, value: LocalDate,
    bankReference: String?
  ) -> Payment {
    let signed =
      entry.creditDebit == .credit
      ? amount : Money(minorUnits: -amount.minorUnits, currency: amount.currency)
    var payment = Payment(
      bankReference: Self.usable(bankReference) ?? "", bookingDate: booking, valueDate: value,
      amount: signed, counterpartyName: detail?.counterpartyName,
      counterpartyIBAN: detail?.counterpartyAccount,
      structuredReference: detail?.structuredReferences.first,
      remittanceText: detail.flatMap {
        $0.remittance.isEmpty ? nil : $0.remittance.joined(separator: " ")
      },
      endToEndID: detail?.endToEndID,
      source: SourceLocation(
        file: file, line: detail?.line ?? entry.line, element: detail?.path ?? entry.path))
    payment.account = statement.account
    payment.isReversal = entry.isReversal
    payment.returnReason = detail?.returnReason
    payment.transactionCode = entry.transactionCode
    payment.mandateID = detail?.mandateID
    payment.ultimateDebtor = detail?.ultimateDebtor
    return payment
  }

  /// A bank reference that identifies something: not empty, not `NONREF`/`NOTPROVIDED`.
  static func usable(_ reference: String?) -> String? {
    guard let reference = reference?.trimmingCharacters(in: .whitespaces), !reference.isEmpty,
      !["NONREF", "NOTPROVIDED", "NONE"].contains(reference.uppercased())
    else { return nil }
    return reference
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
        .notAnAmount, "the amount '\(text)' cannot be read: \(error.message)",
        fix: "ask the bank for a corrected statement")
    }
  }
}
