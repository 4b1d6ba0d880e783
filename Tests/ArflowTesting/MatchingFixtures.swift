public import Receivables
public import Reconciler

/// Small ledgers written out in the tests: invoices, credit notes, customers and payments.
public enum MatchingFixtures {
  public static func euros(_ text: String) throws -> Money {
    try Money(decimal: text, currency: .eur)
  }

  public static func invoice(
    _ number: String, customer: String = "C1", open: String, amount: String? = nil,
    due: String = "2026-01-31", rf: Bool = false, referenceText: String? = nil,
    currency: Currency = .eur
  ) throws -> OpenItem {
    let dueDate = try LocalDate(iso8601: due)
    var item = OpenItem(
      number: number, kind: .invoice, customerID: customer, issueDate: dueDate.adding(days: -30),
      dueDate: dueDate, amount: try Money(decimal: amount ?? open, currency: currency),
      openAmount: try Money(decimal: open, currency: currency),
      paymentReference: rf ? try PaymentReference.creditorReference(for: number) : nil,
      source: SourceLocation(file: "open-items.csv"))
    item.paymentReferenceText = referenceText ?? item.paymentReference?.formatted
    return item
  }

  public static func creditNote(
    _ number: String, customer: String = "C1", credit: String, refersTo: String? = nil,
    due: String = "2026-01-15"
  ) throws -> OpenItem {
    let date = try LocalDate(iso8601: due)
    let amount = try euros(credit).negated()
    var item = OpenItem(
      number: number, kind: .creditNote, customerID: customer, issueDate: date, dueDate: date,
      amount: amount, openAmount: amount, paymentReference: nil,
      source: SourceLocation(file: "open-items.csv"))
    item.precedingInvoice = refersTo
    return item
  }

  public static func payment(
    _ bankReference: String, amount: String, name: String? = nil, iban: String? = nil,
    structured: String? = nil, text: String? = nil, currency: Currency = .eur,
    booked: String = "2026-02-10", endToEnd: String? = nil
  ) throws -> Payment {
    let date = try LocalDate(iso8601: booked)
    return Payment(
      bankReference: bankReference, bookingDate: date, valueDate: date,
      amount: try Money(decimal: amount, currency: currency), counterpartyName: name,
      counterpartyIBAN: iban, structuredReference: structured, remittanceText: text,
      endToEndID: endToEnd, source: SourceLocation(file: "camt053.xml"))
  }

  public static func rf(_ number: String) throws -> String {
    try PaymentReference.creditorReference(for: number).formatted
  }

  public static func match(
    _ items: [OpenItem], _ payments: [Payment], customers: [Customer] = [],
    payers: KnownPayers = [:], settings: MatchingSettings = MatchingSettings()
  ) -> MatchingResult {
    PaymentMatcher(settings: settings).match(
      MatchingInput(
        items: items, customers: customers, knownPayers: payers,
        payments: payments.map(PaymentBalance.init)))
  }
}

extension MatchingResult {
  /// The allocations written out: "P1 → 2026-0001 100.00 structured-reference 100".
  public var lines: [String] {
    allocations.map {
      "\($0.paymentReference) → \($0.itemNumber) \($0.amount.decimalString) \($0.rule) \($0.confidence)"
    }
  }

  /// The suggested items of a payment, best first.
  public func suggested(for payment: String) -> [[String]] {
    unmatched.first { $0.paymentID == payment }?.suggestions.map(\.itemNumbers) ?? []
  }
}
