import Dunning
import Foundation
import Receivables

/// Builders for the values of a small book: dates, amounts, customers, invoices.
enum Book {
  /// 2026-01-01 plus `day` days: scenario day 0 is 1 January 2026.
  static let start = try! LocalDate(iso8601: "2026-01-01")

  static func day(_ day: Int) -> LocalDate { start.adding(days: day) }

  static func date(_ text: String) -> LocalDate { try! LocalDate(iso8601: text) }

  static func money(_ text: String, _ code: String = "EUR") -> Money {
    try! Money(decimal: text, currency: Currency(code: code))
  }

  static func customer(
    _ id: String, segment: Customer.Segment? = .business, email: String? = "ap@example.com",
    address: Bool = true, group: String? = nil, schedule: String? = nil
  ) -> Customer {
    var customer = Customer(
      id: id, name: "Customer \(id)", email: email,
      address: address
        ? PostalAddress(street: "Dorpsstraat 1", postalCode: "1234 AB", city: "Utrecht") : nil,
      segment: segment)
    customer.group = group
    customer.dunningPolicy = schedule
    return customer
  }

  static func invoice(
    _ number: String, customer: String, due: LocalDate, amount: String = "100.00",
    open: String? = nil, currency: String = "EUR", schedule: String? = nil
  ) -> DunningItem {
    var item = OpenItem(
      number: number, kind: .invoice, customerID: customer, issueDate: due.adding(days: -30),
      dueDate: due, amount: money(amount, currency), openAmount: money(open ?? amount, currency),
      paymentReference: nil, source: SourceLocation(file: "open-items.csv"))
    item.dunningPolicy = schedule
    return DunningItem(item)
  }

  static func creditNote(_ number: String, customer: String, amount: String) -> DunningItem {
    var item = invoice(number, customer: customer, due: start, amount: "-" + amount)
    item.item.kind = .creditNote
    return item
  }

  /// The shipped `policy.yaml`.
  static let shippedPolicy: DunningPolicy = {
    let url = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(
        "Sources/Pipeline/Defaults/mappings/policy.yaml")
    return try! DunningPolicy.load(from: url)
  }()

  /// A reminder as the ledger records one.
  static func sent(
    _ item: String, customer: String, level: Int, on date: LocalDate, name: String = "level"
  ) -> Reminder {
    Reminder(
      itemNumber: item, customerID: customer, level: level, levelName: name, remindedOn: date,
      daysOverdue: 0, openAmount: money("0.00"), fee: money("0.00"), interest: money("0.00"),
      channel: .letter, explanation: "")
  }
}

extension Book {
  /// A policy from YAML text; crashes the test on an error, which the message shows.
  static func policy(_ text: String) -> DunningPolicy {
    do {
      return try DunningPolicy.parse(text, name: "policy.yaml")
    } catch {
      fatalError("\(error)")
    }
  }

  /// Plans `snapshot` on scenario day `day` with the shipped policy (or `policy`).
  static func plan(
    _ snapshot: DunningSnapshot, day: Int, policy: DunningPolicy = Book.shippedPolicy
  ) -> DunningPlan {
    DunningPlanner.plan(snapshot: snapshot, policy: policy, on: Book.day(day))
  }
}

extension DunningPlan {
  /// The decision for one item.
  func decision(_ item: String) -> ItemDecision? {
    decisions.first { $0.itemNumber == item }
  }
}

extension DunningSnapshot {
  /// A snapshot whose items carry `reminders` as their history.
  init(
    items: [DunningItem], customers: [Customer], reminders: [Reminder],
    documentDates: [String: [LocalDate]] = [:], holds: [Hold] = []
  ) {
    self.init(items: items, customers: customers, documentDates: documentDates, holds: holds)
    addHistory(reminders)
  }

  /// The history of every item, flattened.
  var reminders: [Reminder] {
    get { items.flatMap(\.reminders) }
    set {
      for index in items.indices { items[index].reminders = [] }
      addHistory(newValue)
    }
  }
}
