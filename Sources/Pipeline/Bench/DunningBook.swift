import Dunning
import Receivables
import Reconciler

/// A generated, deterministic book for the dunning benchmark: customers with a postal address
/// in four countries and languages, each with open invoices due from 120 days before the run to
/// 30 days after it, some already reminded.
struct DunningBook {
  let customers: Int
  let itemsPerCustomer: Int
  let asOf: LocalDate

  private static let places:
    [(
      street: String, postcode: String, city: String, country: String,
      language: Language
    )] = [
      ("Keizersgracht 1", "1015 CJ", "Amsterdam", "NL", .nl),
      ("Hauptstraße 5", "10115", "Berlin", "DE", .de),
      ("Rue de la Loi 16", "1000", "Bruxelles", "BE", .fr),
      ("1 High Street", "SW1A 1AA", "London", "GB", .en),
    ]

  func snapshot() -> DunningSnapshot {
    var random = BenchmarkRandom(seed: 20_261_120)
    var people: [Customer] = []
    people.reserveCapacity(customers)
    var items: [DunningItem] = []
    items.reserveCapacity(customers * itemsPerCustomer)
    for index in 0..<customers {
      let id = "C\(100_000 + index)"
      let place = Self.places[index % Self.places.count]
      people.append(
        Customer(
          id: id, name: "Customer \(index) B.V.", language: place.language,
          address: PostalAddress(
            street: place.street, postalCode: place.postcode, city: place.city,
            countryCode: place.country)))
      for number in 0..<itemsPerCustomer {
        let due = asOf.adding(days: Int(random.next() % 150) - 120)
        let cents = Int64(1_000 + random.next() % 500_000)
        let amount = Money(minorUnits: cents, currency: .eur)
        let itemNumber = "\(id)-\(number)"
        let item = OpenItem(
          number: itemNumber, kind: .invoice, customerID: id, issueDate: due.adding(days: -30),
          dueDate: due, amount: amount, openAmount: amount,
          paymentReference: try? PaymentReference.creditorReference(
            for: itemNumber.filter { $0 != "-" }),
          source: SourceLocation(file: "bench.csv", line: items.count + 2))
        var reminders: [Reminder] = []
        let overdue = due.days(until: asOf)
        if overdue > 30, random.next() % 2 == 0 {
          reminders.append(
            Reminder(
              itemNumber: itemNumber, customerID: id, level: 1, levelName: "reminder",
              remindedOn: due.adding(days: 7), daysOverdue: 7, openAmount: amount,
              fee: .zero(.eur), interest: .zero(.eur), channel: .letter, explanation: "bench"))
        }
        items.append(DunningItem(item, reminders: reminders))
      }
    }
    return DunningSnapshot(items: items, customers: people)
  }
}
