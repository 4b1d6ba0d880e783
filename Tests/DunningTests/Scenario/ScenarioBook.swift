import Dunning
import Receivables

/// The small book the scenario tests run over 120 days, and what happens in it.
///
/// Day 0 is 2026-01-01. C1 has three invoices due on days 10, 20 and 60; C2 is a consumer
/// without e-mail who pays on day 30; C3 has an item paused from day 10 through 40 and one
/// disputed; C4 promises on day 8 to pay by day 25 and does not; C5 promises and pays on day
/// 18; C6 agrees an arrangement on day 5, pays the first instalment and misses the second;
/// C7's direct debit comes back on day 16; C8 owes in euros and dollars; C9 has a payment
/// nobody could place until day 20; C10's invoice is 90 days overdue on the first run.
enum ScenarioBook {
  static func ledger() -> ScenarioLedger {
    var debit = Book.invoice("I11", customer: "C7", due: Book.day(10), amount: "200.00")
    debit.item.dunnableFrom = Book.day(15)
    let snapshot = DunningSnapshot(
      items: [
        Book.invoice("I1", customer: "C1", due: Book.day(10), amount: "1000.00"),
        Book.invoice("I2", customer: "C1", due: Book.day(20), amount: "250.00"),
        Book.invoice("I3", customer: "C1", due: Book.day(60), amount: "400.00"),
        Book.invoice("I4", customer: "C2", due: Book.day(5), amount: "120.00"),
        Book.invoice("I5", customer: "C3", due: Book.day(0), amount: "500.00"),
        Book.invoice("I6", customer: "C3", due: Book.day(0), amount: "75.00"),
        Book.invoice("I7", customer: "C4", due: Book.day(0), amount: "800.00"),
        Book.invoice("I8", customer: "C5", due: Book.day(0), amount: "300.00"),
        Book.invoice("I9", customer: "C6", due: Book.day(-30), amount: "600.00"),
        Book.invoice("I10", customer: "C6", due: Book.day(-30), amount: "300.00"),
        debit,
        Book.invoice("I12", customer: "C8", due: Book.day(0), amount: "100.00"),
        Book.invoice("I13", customer: "C8", due: Book.day(0), amount: "100.00", currency: "USD"),
        Book.invoice("I14", customer: "C9", due: Book.day(0), amount: "500.00"),
        Book.invoice("I15", customer: "C10", due: Book.day(-90), amount: "700.00"),
      ],
      customers: [
        Book.customer("C1"), Book.customer("C2", segment: .consumer, email: nil),
        Book.customer("C3"), Book.customer("C4"), Book.customer("C5"), Book.customer("C6"),
        Book.customer("C7"), Book.customer("C8"), Book.customer("C9"), Book.customer("C10"),
      ],
      holds: [
        Hold(scope: .item("I6"), kind: .dispute, reason: "quality complaint", since: Book.day(0))
      ],
      unplacedPayments: ["C9": [ReceivedPayment(amount: Book.money("500.00"), date: Book.day(-1))]]
    )
    var ledger = ScenarioLedger(snapshot: snapshot, policy: Book.shippedPolicy)
    ledger.on(30) { ScenarioLedger.pay("I4", "120.00", in: &$0) }
    ledger.on(10) {
      $0.holds.append(
        Hold(
          scope: .item("I5"), kind: .pause, reason: "customer on holiday", since: Book.day(10),
          until: Book.day(40)))
    }
    ledger.on(8) {
      $0.promises.append(
        PaymentPromise(
          id: "P4", customerID: "C4", amount: Book.money("800.00"), promisedBy: Book.day(25),
          madeOn: Book.day(8)))
      $0.promises.append(
        PaymentPromise(
          id: "P5", customerID: "C5", amount: Book.money("300.00"), promisedBy: Book.day(20),
          madeOn: Book.day(8)))
    }
    ledger.on(18) {
      ScenarioLedger.pay("I8", "300.00", in: &$0)
      for index in $0.promises.indices where $0.promises[index].id == "P5" {
        $0.promises[index].payments.append(
          ReceivedPayment(amount: Book.money("300.00"), date: Book.day(18)))
      }
    }
    ledger.on(5) {
      $0.arrangements.append(
        PaymentArrangement(
          id: "6", customerID: "C6", itemNumbers: ["I9", "I10"],
          instalments: try! PaymentArrangement.instalments(
            total: Book.money("900.00"), count: 3, first: Book.day(15), every: .month,
            arrangementID: "6")))
    }
    ledger.on(14) {
      ScenarioLedger.pay("I9", "300.00", in: &$0)
      $0.arrangements[0].instalments[0].paid = Book.money("300.00")
    }
    ledger.on(16) {
      $0.returnedDirectDebits.append(
        ReturnedDirectDebit(
          itemNumber: "I11", customerID: "C7", paymentID: "R-11", returnedOn: Book.day(16),
          reason: "AM04"))
    }
    ledger.on(20) {
      $0.unplacedPayments["C9"] = nil
      ScenarioLedger.pay("I14", "500.00", in: &$0)
    }
    return ledger
  }
}
