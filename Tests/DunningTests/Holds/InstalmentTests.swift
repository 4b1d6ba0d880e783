import Dunning
import Receivables
import Testing

struct InstalmentTests {
  @Test(
    "instalments add up to the total to the cent",
    arguments: [
      ("100.00", "EUR", 3), ("1000.01", "EUR", 7), ("0.05", "EUR", 4), ("1000", "JPY", 3),
      ("10.001", "KWD", 6), ("99999999.99", "EUR", 12), ("0.01", "EUR", 1),
    ])
  func noCentLost(total: String, currency: String, count: Int) throws {
    let amount = Book.money(total, currency)
    let instalments = try PaymentArrangement.instalments(
      total: amount, count: count, first: Book.day(0), every: .month, arrangementID: "42")
    #expect(instalments.count == count)
    #expect(try Money.sum(instalments.map(\.amount), currency: amount.currency) == amount)
    let units = instalments.map(\.amount.minorUnits)
    #expect(units.max()! - units.min()! <= 1)
    #expect(units == units.sorted(by: >))  // the leftover cents go first
  }

  @Test("100.00 in three is 33.34, 33.33, 33.33")
  func thirds() throws {
    let instalments = try PaymentArrangement.instalments(
      total: Book.money("100.00"), count: 3, first: Book.day(0), every: .days(14),
      arrangementID: "42")
    #expect(instalments.map(\.amount.decimalString) == ["33.34", "33.33", "33.33"])
    #expect(instalments.map(\.dueDate) == [Book.day(0), Book.day(14), Book.day(28)])
    #expect(instalments.map(\.number) == [1, 2, 3])
    #expect(instalments.allSatisfy { $0.paid.isZero && $0.remindedOn == nil })
  }

  @Test("monthly instalments keep their day, clamped to short months")
  func monthly() throws {
    let instalments = try PaymentArrangement.instalments(
      total: Book.money("400.00"), count: 4, first: Book.date("2026-01-31"), every: .month,
      arrangementID: "42")
    #expect(
      instalments.map(\.dueDate.iso8601) == [
        "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30",
      ])
  }

  @Test("each instalment has its own valid RF reference of A<id>-<n>")
  func references() throws {
    let instalments = try PaymentArrangement.instalments(
      total: Book.money("300.00"), count: 3, first: Book.day(0), every: .month,
      arrangementID: "2026x17")
    let values = instalments.map(\.reference.value)
    #expect(Set(values).count == 3)
    #expect(values[0].hasSuffix("A2026X171"))
    for value in values {
      let reread = try PaymentReference(value, scheme: .creditorReference)
      #expect(reread.value == value)
    }
    #expect(
      instalments[0].reference == (try PaymentReference.creditorReference(for: "A2026x17-1")))
  }

  @Test(
    "terms that cannot make instalments are refused with what to do",
    arguments: [
      (0, PaymentArrangement.Interval.month, "42", "at least one instalment"),
      (3, .days(0), "42", "every 0 days"),
      (3, .month, "42-é", "arrangement 42-é, instalment 1"),
      (3, .month, "12345678901234567890", "RF creditor reference carries 1 to 21"),
    ])
  func refused(count: Int, interval: PaymentArrangement.Interval, id: String, message: String) {
    let error = #expect(throws: ArrangementError.self) {
      try PaymentArrangement.instalments(
        total: Book.money("100.00"), count: count, first: Book.day(0), every: interval,
        arrangementID: id)
    }
    #expect(error?.message.contains(message) == true)
    #expect(error?.fix.isEmpty == false)
  }

  @Test("an instalment is missed after its grace days, not before")
  func missed() throws {
    let instalment = Instalment(
      number: 1, dueDate: Book.day(10), amount: Book.money("50.00"),
      reference: try PaymentArrangement.reference(arrangementID: "1", instalment: 1))
    #expect(!instalment.isMissed(on: Book.day(13), graceDays: 3))
    #expect(instalment.isMissed(on: Book.day(14), graceDays: 3))
    var paid = instalment
    paid.paid = Book.money("50.00")
    #expect(!paid.isMissed(on: Book.day(40), graceDays: 3))
  }
}
