import Receivables

extension BenchmarkPayments {
  /// Generates one payment of `kind` with its ground truth; falls back to an unrelated payment
  /// when the items run out.
  mutating func generate(_ kind: GroundTruth.Kind) {
    switch kind {
    case .structuredReference, .remittanceReference, .overpayment, .withinTolerance:
      guard let item = nextItem(withReference: true) else { return unrelated(known: false) }
      byReference(kind, item)
    case .garbledNumber:
      guard let item = nextItem(withReference: false) else { return unrelated(known: false) }
      let number = garbled(ledger.items[Int(item)].number)
      book(
        open(item), payer: item,
        text: random.pick(["Rechnung", "Factuur ", "inv ", "Facture "]) + number)
      truth.add(kind, matchable: true, expected: [(item, open(item))])
    case .documentNumber, .partial:
      guard let item = nextItem(withReference: false) else { return unrelated(known: false) }
      let amount = kind == .partial ? open(item) * Int64(random.int(20...80)) / 100 : open(item)
      let text = phrase(for: [item])
      book(amount, payer: item, text: text)
      truth.add(kind, matchable: true, expected: [(item, amount)])
    case .combined:
      guard let item = nextItem(withReference: false) else { return unrelated(known: false) }
      let items = [item] + moreItems(of: item, count: random.int(1...2))
      book(items.reduce(0) { $0 + open($1) }, payer: item, text: phrase(for: items))
      truth.add(
        items.count > 1 ? .combined : .documentNumber, matchable: true,
        expected: items.map { ($0, open($0)) })
    case .knownPayer, .knownPayerSet, .typoKnownPayer:
      guard let item = nextItem(withReference: false) else { return unrelated(known: false) }
      byKnownPayer(kind, item)
    case .nameAndAmount, .sharedName, .looseName:
      guard let item = nextItem(withReference: false) else { return unrelated(known: false) }
      byName(kind, item)
    case .netOfCreditNote: netOfCreditNote()
    case .typoUnknownPayer:
      guard let item = nextItem(withReference: false), !billsMonthly(item) else {
        return unrelated(known: false)
      }
      book(
        open(item), name: "Hr. \(random.pick(BenchmarkWords.families))", iban: unknownIBAN(),
        text: phrase(for: [item], typo: true))
      truth.add(kind, matchable: false, expected: [])
    case .unrelated: unrelated(known: false)
    case .knownPayerUnrelated: unrelated(known: true)
    case .reversal: reversal()
    case .debit:
      let target = random.pick(withoutReference.isEmpty ? [0] : withoutReference)
      book(
        -Int64(random.int(100...200_000)),
        name: "Leverancier \(random.pick(BenchmarkWords.places))",
        iban: unknownIBAN(), text: "Factuur \(ledger.items[Int(target)].number)")
      truth.add(.debit, matchable: false, expected: [])
    }
  }

  private mutating func byReference(_ kind: GroundTruth.Kind, _ item: Int32) {
    let reference = ledger.items[Int(item)].paymentReference
    let printed = random.chance(50) ? reference?.formatted : reference?.value
    var amount = open(item)
    var expected = amount
    if kind == .overpayment { amount += Int64(random.int(100...5_000)) }
    if kind == .withinTolerance, amount > 200 {
      amount -= Int64(random.int(1...99))
      expected = amount
    }
    if kind == .remittanceReference {
      let text = random.pick(["Betaling ", "Ref: ", "Zahlung ", ""]) + (printed ?? "")
      book(amount, payer: item, text: random.chance(30) ? text.lowercased() : text)
    } else {
      book(amount, payer: item, structured: printed, text: random.pick(BenchmarkWords.plainTexts))
      if kind == .structuredReference { reversible.append(Int32(payments.count - 1)) }
    }
    truth.add(kind, matchable: true, expected: [(item, expected)])
  }

  private mutating func byKnownPayer(_ kind: GroundTruth.Kind, _ item: Int32) {
    let customer = customerIndex(item)
    guard ledger.known[customer], isUniqueAmount(item) else {
      book(open(item), payer: item, text: phrase(for: [item]))
      return truth.add(.documentNumber, matchable: true, expected: [(item, open(item))])
    }
    if kind == .knownPayerSet, let set = uniqueSet(with: item) {
      book(
        set.reduce(0) { $0 + open($1) }, payer: item, text: random.pick(BenchmarkWords.plainTexts))
      return truth.add(kind, matchable: true, expected: set.map { ($0, open($0)) })
    }
    let text =
      kind == .typoKnownPayer
      ? phrase(for: [item], typo: true) : random.pick(BenchmarkWords.plainTexts)
    book(open(item), payer: item, text: text)
    truth.add(
      kind == .knownPayerSet ? .knownPayer : kind, matchable: true, expected: [(item, open(item))])
  }

  private mutating func byName(_ kind: GroundTruth.Kind, _ item: Int32) {
    let customer = customerIndex(item)
    let shared = ledger.sharesName[customer]
    let loose = kind == .looseName
    let name = loose ? truncatedName(customer) : nameVariant(customer)
    book(open(item), name: name, iban: unknownIBAN(), text: random.pick(BenchmarkWords.plainTexts))
    // An amount several invoices have open is not required, but if the others are paid
    // first, the rule rightly pays this one.
    let matchable = !loose && !shared && isUniqueAmount(item)
    truth.add(
      loose ? .looseName : shared ? .sharedName : kind, matchable: matchable,
      expected: loose || shared ? [] : [(item, open(item))])
    if loose || shared { used[Int(item)] = false }
  }

  private mutating func netOfCreditNote() {
    guard cursors.credit < ledger.creditNotes.count else { return unrelated(known: false) }
    let (note, invoice) = ledger.creditNotes[cursors.credit]
    cursors.credit += 1
    let net = open(invoice) + ledger.items[Int(note)].openAmount.minorUnits
    guard net > 0 else { return unrelated(known: false) }
    let reference = ledger.items[Int(invoice)].paymentReference?.formatted
    book(
      net, payer: invoice, structured: reference,
      text: reference == nil ? phrase(for: [invoice]) : nil)
    truth.add(.netOfCreditNote, matchable: true, expected: [(invoice, net)])
  }

  private mutating func unrelated(known: Bool) {
    let customer = random.int(0...(ledger.customers.count - 1))
    let amount = Int64(random.int(500...300_000))
    if known && ledger.known[customer] {
      book(
        amount, name: ledger.customers[customer].name, iban: ledger.ibans[customer],
        text: random.pick(BenchmarkWords.unrelatedTexts))
    } else {
      book(
        amount,
        name:
          "Stichting \(random.pick(BenchmarkWords.families)) \(random.pick(BenchmarkWords.places))",
        iban: unknownIBAN(), text: random.pick(BenchmarkWords.unrelatedTexts))
    }
    truth.add(known ? .knownPayerUnrelated : .unrelated, matchable: false, expected: [])
  }

  private mutating func reversal() {
    guard !reversible.isEmpty else { return unrelated(known: false) }
    let original = reversible.removeLast()
    var payment = payments[Int(original)].payment
    payment.bankReference = bankReference(payments.count)
    payment.amount = Money(minorUnits: -payment.amount.minorUnits, currency: .eur)
    if random.chance(50) { payment.isReversal = true } else { payment.returnReason = "MD06" }
    payments.append(PaymentBalance(payment))
    truth.add(.reversal, matchable: false, expected: [], reverses: original)
  }
}
