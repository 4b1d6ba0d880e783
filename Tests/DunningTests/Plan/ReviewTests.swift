import Dunning
import Receivables
import Testing

struct ReviewTests {
  func plan(
    _ customer: Customer, day: Int = 10, _ change: (inout DunningSnapshot) -> Void = { _ in }
  )
    -> DunningPlan
  {
    var snapshot = DunningSnapshot(
      items: [Book.invoice("A-1", customer: customer.id, due: Book.day(0), amount: "800.00")],
      customers: [customer])
    change(&snapshot)
    return Book.plan(snapshot, day: day)
  }

  @Test("a customer with a payment nobody could assign is listed, not reminded")
  func unplacedPayment() throws {
    let plan = plan(Book.customer("C1")) {
      $0.unplacedPayments["C1"] = [
        ReceivedPayment(amount: Book.money("500.00"), date: Book.day(9))
      ]
    }
    #expect(plan.documents.isEmpty)
    let entry = try #require(plan.review.first)
    #expect(entry.documentKind == .reminder)
    #expect(entry.level == 1)
    #expect(entry.itemNumbers == ["A-1"])
    #expect(
      entry.reasons.map(\.description) == [
        "received 500.00 EUR on 2026-01-10 that could not be assigned"
      ])
    #expect(plan.decision("A-1")?.outcome.code == "review")
  }

  @Test(
    "pending suggestions and open credit notes hold the document for a person",
    arguments: ["pending-suggestions", "unapplied-credit-note"])
  func heldForPerson(code: String) throws {
    let plan = plan(Book.customer("C1")) { snapshot in
      if code == "pending-suggestions" {
        snapshot.pendingSuggestions["C1"] = 2
      } else {
        snapshot.items.append(Book.creditNote("CN-1", customer: "C1", amount: "40.00"))
      }
    }
    #expect(plan.documents.isEmpty)
    #expect(plan.review.first?.reasons.map(\.code) == [code])
  }

  @Test("a credit note in another currency does not hold a euro reminder")
  func creditNoteOtherCurrency() {
    let plan = plan(Book.customer("C1")) { snapshot in
      var note = Book.creditNote("CN-1", customer: "C1", amount: "40.00")
      note.item.openAmount = Book.money("-40.00", "USD")
      note.item.amount = Book.money("-40.00", "USD")
      snapshot.items.append(note)
    }
    #expect(plan.documents.count == 1)
  }

  @Test("a letter-only level for a customer without a postal address is listed")
  func letterWithoutAddress() throws {
    let customer = Book.customer("C1", address: false)
    let history = [
      Book.sent("A-1", customer: "C1", level: 1, on: Book.day(7)),
      Book.sent("A-1", customer: "C1", level: 2, on: Book.day(21)),
    ]
    let plan = plan(customer, day: 40) { $0.reminders = history }
    #expect(plan.documents.isEmpty)
    #expect(plan.review.first?.level == 3)
    #expect(plan.review.first?.reasons == [.letterWithoutAddress])
    // Where the channel allows it, the e-mail goes instead.
    let first = self.plan(customer, day: 10)
    #expect(first.documents.first?.channel == .email)
  }

  @Test("a customer with no address at all is listed; one missing from the master too")
  func unreachable() throws {
    let nowhere = plan(Book.customer("C1", email: nil, address: false))
    #expect(nowhere.review.first?.reasons == [.noAddressAtAll])
    var snapshot = DunningSnapshot(
      items: [Book.invoice("A-1", customer: "C9", due: Book.day(0))], customers: [])
    snapshot.items.append(Book.invoice("A-2", customer: "C9", due: Book.day(5)))
    let orphan = Book.plan(snapshot, day: 10)
    #expect(orphan.documents.isEmpty)
    #expect(orphan.review.first?.itemNumbers == ["A-1", "A-2"])
    #expect(orphan.review.first?.reasons == [.unknownCustomer])
  }
}
