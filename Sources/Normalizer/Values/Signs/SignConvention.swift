public import Receivables

/// How a source tells invoices from credit notes: by the amount's sign, by a debit/credit
/// column next to an unsigned amount (DATEV's S/H), or by a document-type column.
public enum SignConvention: Sendable, Hashable {
  /// The amount's own sign: negative is a credit note.
  case asWritten
  /// An unsigned amount with a debit/credit column: debit is an invoice (positive), credit a
  /// credit note (negative). Values are compared ignoring case and surrounding spaces.
  case debitCreditColumn(debit: [String], credit: [String])
  /// A document-type column: the listed values mark credit notes, anything else an invoice.
  /// When `invoiceValues` is not empty, values in neither list are refused.
  case documentTypeColumn(creditNoteValues: [String], invoiceValues: [String] = [])

  /// DATEV's Soll/Haben column: S, Soll, D for debit; H, Haben, C for credit.
  public static let datevDebitCredit = SignConvention.debitCreditColumn(
    debit: ["S", "Soll", "D"], credit: ["H", "Haben", "C"])

  /// The signed amount and whether it is an invoice or a credit note.
  /// - Parameters:
  ///   - amount: the amount as read from its cell.
  ///   - indicator: the debit/credit or document-type cell; ignored for `asWritten`.
  /// - Throws: `ValueProblem` with code `unknownDebitCredit` when the indicator is in none of
  ///   the lists, or `signContradiction` when an invoice has a negative amount.
  public func signed(_ amount: Money, indicator: String?) throws(ValueProblem) -> SignedAmount {
    let value = String(CellText.trimmed(indicator ?? "")).lowercased()
    let matches: ([String]) -> Bool = { $0.contains { $0.lowercased() == value } }
    switch self {
    case .asWritten:
      return SignedAmount(amount)
    case .debitCreditColumn(let debit, let credit):
      if matches(debit) { return SignedAmount(amount) }
      if matches(credit) { return SignedAmount(try flipped(amount)) }
      throw ValueProblem(
        .unknownDebitCredit,
        "the debit/credit column says '\(indicator ?? "")', which is neither debit (\(debit.joined(separator: ", "))) nor credit (\(credit.joined(separator: ", ")))",
        fix: "correct the line in the source, or add the value to the mapping")
    case .documentTypeColumn(let creditNoteValues, let invoiceValues):
      if matches(creditNoteValues) {
        return SignedAmount(amount.isNegative ? amount : try flipped(amount))
      }
      guard invoiceValues.isEmpty || matches(invoiceValues) else {
        throw ValueProblem(
          .unknownDebitCredit,
          "the document type '\(indicator ?? "")' is neither an invoice (\(invoiceValues.joined(separator: ", "))) nor a credit note (\(creditNoteValues.joined(separator: ", ")))",
          fix: "correct the line in the source, or add the document type to the mapping")
      }
      guard !amount.isNegative else {
        throw ValueProblem(
          .signContradiction,
          "the document type '\(indicator ?? "")' says invoice, but the amount \(amount.decimalString) is negative",
          fix: "correct the document type or the amount in the source")
      }
      return SignedAmount(amount)
    }
  }

  private func flipped(_ amount: Money) throws(ValueProblem) -> Money {
    do { return try amount.negated() } catch {
      throw ValueProblem(
        .tooLarge, "the amount \(amount.decimalString) is too large",
        fix: "check the amount in the source")
    }
  }
}
