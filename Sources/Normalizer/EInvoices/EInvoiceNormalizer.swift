public import Parsers
public import Receivables

/// Turns one EN 16931 e-invoice into the open item a credit manager expects and its customer.
///
/// Ledger sign = (−1 for credit kinds, +1 otherwise) × the amount due (BT-115); the due date is
/// resolved in a recorded order; the business rules that matter for receivables are checked
/// natively and reported as warnings on the item. See `Normalizer.docc/001-EInvoices.md`.
public struct EInvoiceNormalizer: Sendable {
  public let mapping: SourceMapping

  public init(mapping: SourceMapping) {
    self.mapping = mapping
  }

  /// - Parameters:
  ///   - document: the document as the reader found it.
  ///   - file: the inbox file's name.
  ///   - schemaProblems: XSD findings, reported as warnings (never a rejection).
  /// - Throws: `EInvoiceProblem` when the document cannot be an open item (unknown type code,
  ///   missing number or amount due, an amount in another currency, a reminder).
  public func normalize(
    _ document: EInvoiceDocument, file: String, schemaProblems: [SchemaProblem] = []
  ) throws(EInvoiceProblem) -> NormalizedFile {
    let kind = try typeCode(document)
    guard let numberText = document.number, !numberText.text.isEmpty else {
      throw EInvoiceProblem(
        "the invoice has no number (BT-1)", element: nil, line: document.rootLine,
        fix: "ask the sender for a complete invoice")
    }
    guard let issueText = document.issueDate else {
      throw EInvoiceProblem(
        "the invoice has no issue date (BT-2)", element: nil, line: document.rootLine,
        fix: "ask the sender for a complete invoice")
    }
    let issueDate = try EInvoiceValues.date(issueText, name: "issue date")
    var warnings: [String] = []
    let currency = try documentCurrency(document, warnings: &warnings)
    let totals = try EInvoiceTotalsRead(document.totals, currency: currency)
    warnings += totals.warnings
    if let check = totals.amountDueCheck(document.totals) { warnings.append(check) }

    var (customer, customerBasis) = try BuyerCustomer(
      buyer: document.buyer, settings: mapping.eInvoices
    ).customer(rootLine: document.rootLine)
    // BT-91: the account a direct debit takes the money from is the buyer's own.
    for account in document.paymentMeans.compactMap(\.debitedAccountID) {
      if IBAN.isValid(account.text) {
        customer.bankAccounts.append(IBAN.compact(account.text))
      } else {
        warnings.append(
          "the debited account '\(account.text)' (BT-91, \(account.path), line \(account.line)) is not a valid IBAN and is not learned as the buyer's"
        )
      }
    }
    let sign = kind.code == .credit || document.rootName == "CreditNote" ? Int64(-1) : 1
    let open = Money(minorUnits: sign * totals.payable.minorUnits, currency: currency)
    var amount = open
    if let inclusive = totals.taxInclusive, !inclusive.isNegative || totals.payable.isNegative,
      totals.payable.minorUnits.magnitude <= inclusive.minorUnits.magnitude,
      totals.payable.isZero || inclusive.minorUnits.signum() == totals.payable.minorUnits.signum()
    {
      amount = Money(minorUnits: sign * inclusive.minorUnits, currency: currency)
    }
    let isCredit = amount.isNegative || (amount.isZero && sign < 0)
    let due = try EInvoiceDueDate(document: document, mapping: mapping)
      .resolve(issueDate: issueDate, customerID: customer.id, isCredit: isCredit)
    if totals.payable.isPositive, sign > 0, document.dueDate == nil,
      document.paymentTerms.isEmpty
    {
      warnings.append(
        "BR-CO-25: a positive amount due needs a due date or payment terms; due \(due.date.iso8601) by \(due.basis)"
      )
    }
    warnings += kind.warnings
    warnings += schemaProblems.map { problem in
      "schema: \(problem.message)" + (problem.line.map { " (line \($0))" } ?? "")
    }

    var item = OpenItem(
      number: numberText.text, kind: isCredit ? .creditNote : .invoice, customerID: customer.id,
      issueDate: issueDate, dueDate: due.date, amount: amount, openAmount: open,
      paymentReference: nil,
      source: SourceLocation(file: file, line: document.rootLine, element: "/" + document.rootName))
    item.dueDateBasis = due.basis
    item.typeCode = document.typeCode?.text
    item.precedingInvoice = document.precedingInvoices.first?.text
    item.paymentReferenceText =
      document.paymentMeans.lazy.compactMap(\.paymentReference).first?
      .text
    item.paymentReference = EInvoiceReference(document: document).structured()
    item.warnings = warnings
    applyDunningRules(to: &item, kind: kind.code, document: document)
    item.provenance = EInvoiceProvenance(document: document).entries(
      customerBasis: customerBasis, totals: totals)

    var result = NormalizedFile(kind: .eInvoice, readAs: mapping.name)
    result.items = [item]
    result.customers = [customer]
    result.warnings = warnings.map { "\(item.number): \($0)" }
    result.mappingReason = EInvoiceMappingChoice.describe(document)
    return result
  }

  /// 751 is never reminded unless the mapping says so; a direct debit (payment means 49 or 59)
  /// not before its collection date plus the mapping's settling margin.
  private func applyDunningRules(
    to item: inout OpenItem, kind: DocumentTypeCode, document: EInvoiceDocument
  ) {
    if kind == .accountingInformation, !mapping.eInvoices.remindAccountingInformation {
      item.dunningHold =
        "type 751 is invoice information for accounting purposes, not a payment request; set eInvoices.remindAccountingInformation in mapping \(mapping.name) to remind it"
    }
    let directDebit = document.paymentMeans.contains { ["49", "59"].contains($0.code?.text) }
    if directDebit, item.kind == .invoice {
      item.dunnableFrom = item.dueDate.adding(days: mapping.eInvoices.directDebitMarginDays)
    }
  }
}
