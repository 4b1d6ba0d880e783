public import Ledger
public import Receivables

/// Builders for domain values in tests, with sensible defaults.
public enum Fixtures {
  /// A date from ISO text; traps on a typo in a test.
  public static func date(_ text: String) -> LocalDate {
    guard let date = try? LocalDate(iso8601: text) else {
      preconditionFailure("bad test date \(text)")
    }
    return date
  }

  /// Euros from a decimal string; traps on a typo in a test.
  public static func euros(_ text: String) -> Money {
    guard let money = try? Money(decimal: text, currency: .eur) else {
      preconditionFailure("bad test amount \(text)")
    }
    return money
  }

  public static func customer(_ id: String = "C1", name: String = "Customer \(#line)") -> Customer {
    Customer(
      id: id, name: name, email: "\(id.lowercased())@example.test", language: .en,
      address: PostalAddress(street: "1 High Street", postalCode: "1000", city: "Town"))
  }

  /// An invoice whose payment reference is the RF reference of its number.
  public static func invoice(
    _ number: String, customer: String = "C1", amount: String = "100.00", open: String? = nil,
    issued: String = "2026-09-01", due: String = "2026-10-01"
  ) -> OpenItem {
    OpenItem(
      number: number, kind: .invoice, customerID: customer, issueDate: date(issued),
      dueDate: date(due), amount: euros(amount), openAmount: euros(open ?? amount),
      paymentReference: try? PaymentReference.creditorReference(for: number),
      source: SourceLocation(file: "items.csv", line: 2))
  }

  /// An incoming payment.
  public static func payment(
    _ bankReference: String, amount: String, reference: String? = nil, remittance: String? = nil,
    booked: String = "2026-11-01"
  ) -> Payment {
    Payment(
      bankReference: bankReference, bookingDate: date(booked), valueDate: date(booked),
      amount: euros(amount), counterpartyName: "Payer", structuredReference: reference,
      remittanceText: remittance, source: SourceLocation(file: "statement.xml", line: 10))
  }

  /// A file import of items and payments with a made-up hash.
  public static func fileImport(
    _ name: String, items: [OpenItem] = [], payments: [Payment] = [],
    customers: [Customer] = [customer()], on day: String = "2026-11-01"
  ) -> FileImport {
    FileImport(
      sha256: String(
        (name.utf8.map { String($0, radix: 16) }.joined() + String(repeating: "0", count: 64))
          .prefix(64)),
      name: name, kind: items.isEmpty ? .bankStatement : .openItems, processedOn: date(day),
      customers: customers, items: items, payments: payments)
  }
}
