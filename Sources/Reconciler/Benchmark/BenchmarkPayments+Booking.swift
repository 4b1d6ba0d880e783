import Receivables

extension BenchmarkPayments {
  /// Books a payment from the customer of `item`: its IBAN, and its name as a bank writes it.
  mutating func book(_ amount: Int64, payer item: Int32, structured: String? = nil, text: String?) {
    let customer = customerIndex(item)
    let name =
      random.chance(50)
      ? ledger.customers[customer].name.uppercased() : ledger.customers[customer].name
    book(amount, name: name, iban: ledger.ibans[customer], structured: structured, text: text)
  }

  mutating func book(
    _ amount: Int64, name: String?, iban: String?, structured: String? = nil, text: String?
  ) {
    let position = payments.count
    let date = BenchmarkLedger.firstDue.adding(days: 120 + position % 28)
    payments.append(
      PaymentBalance(
        Payment(
          bankReference: bankReference(position), bookingDate: date, valueDate: date,
          amount: Money(minorUnits: amount, currency: .eur), counterpartyName: name?.compacted,
          counterpartyIBAN: iban, structuredReference: structured,
          remittanceText: text?.isEmpty == true ? nil : text?.compacted,
          endToEndID: "E2E\(position)",
          source: SourceLocation(file: "bench.xml"))))
  }

  func bankReference(_ position: Int) -> String { "BNK\(BenchmarkLedger.padded(position, 9))" }

  func open(_ item: Int32) -> Int64 { ledger.items[Int(item)].openAmount.minorUnits }

  func customerIndex(_ item: Int32) -> Int {
    Int(ledger.items[Int(item)].customerID.dropFirst()) ?? 0
  }

  mutating func unknownIBAN() -> String {
    "DE\(random.int(10...99))3704\(BenchmarkLedger.padded(random.int(0...999_999_999), 12))"
  }

  /// Whether the item's customer is billed the same amount every month (which makes a typo
  /// in a number indistinguishable from the right number).
  func billsMonthly(_ item: Int32) -> Bool { customerIndex(item) % 20 == 7 }

  /// Whether no other invoice of the item's customer has the same amount open.
  func isUniqueAmount(_ item: Int32) -> Bool {
    let amount = open(item)
    return ledger.invoicesOf[customerIndex(item)].count { ledger.netOpen($0) == amount } == 1
  }

  /// Up to `count` more unused invoices of the item's customer.
  mutating func moreItems(of item: Int32, count: Int) -> [Int32] {
    var found: [Int32] = []
    for other in ledger.invoicesOf[customerIndex(item)]
    where found.count < count && !used[Int(other)] && !ledger.isReferred[Int(other)] {
      used[Int(other)] = true
      found.append(other)
    }
    return found
  }

  /// The item with one or two more unused invoices of its customer, when the customer has at
  /// most 20 invoices, no single invoice has their sum open, and no other combination of as
  /// few invoices adds up to it.
  mutating func uniqueSet(with item: Int32) -> [Int32]? {
    let invoices = ledger.invoicesOf[customerIndex(item)]
    guard invoices.count <= 20 else { return nil }
    let others = invoices.filter { !used[Int($0)] && !ledger.isReferred[Int($0)] }
      .prefix(random.int(1...2))
    let set = [item] + others
    let sum = set.reduce(0) { $0 + open($1) }
    guard set.count > 1, !invoices.contains(where: { ledger.netOpen($0) == sum }) else {
      return nil
    }
    let candidates = invoices.filter { ledger.netOpen($0) < sum }
    let found = SubsetSum.fewestAddingUp(
      candidates.map { ledger.netOpen($0) }, to: sum, maxSize: 4, limit: 2)
    guard found.count == 1, Set(found[0].map { candidates[$0] }) == Set(set) else { return nil }
    for other in others { used[Int(other)] = true }
    return set
  }
}
