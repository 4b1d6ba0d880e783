import Receivables

extension BenchmarkLedger {
  /// Invoices in four numbering styles ("2026-000123", "INV-10023", "RE 4711", "F0012345"),
  /// some with RF references, some customers billing the same amount every month, a few
  /// partly paid; then credit notes referring to some of them.
  mutating func addItems(_ count: Int, customers customerCount: Int, random: inout BenchmarkRandom)
  {
    var counters = [1, 10_000, 1_000, 1]
    let creditNoteCount = count / 100
    items.reserveCapacity(count)
    for _ in 0..<(count - creditNoteCount) {
      let customer =
        random.chance(15)
        ? random.int(0...max(0, customerCount / 100 - 1)) : random.int(0...(customerCount - 1))
      let series = customer % 4
      let serial = counters[series]
      counters[series] += 1
      let number =
        switch series {
        case 0: "2026-\(Self.padded(serial, 6))"
        case 1: "INV-\(serial)"
        case 2: "RE \(serial)"
        default: "F\(Self.padded(serial, 7))"
        }
      let cents: Int64 =
        customer % 20 == 7
        ? Int64(2_995 + (customer % 50) * 1_000) : Int64(random.int(1_000...500_000))
      let open = random.chance(5) ? cents * Int64(random.int(30...90)) / 100 : cents
      let due = Self.firstDue.adding(days: random.int(0...179))
      var item = OpenItem(
        number: number, kind: .invoice, customerID: customers[customer].id,
        issueDate: due.adding(days: -30), dueDate: due,
        amount: Money(minorUnits: cents, currency: .eur),
        openAmount: Money(minorUnits: open, currency: .eur), paymentReference: nil,
        source: SourceLocation(file: "bench.csv"))
      if series == 0 || random.chance(25) {
        item.paymentReference = try? PaymentReference.creditorReference(for: number)
        item.paymentReferenceText = item.paymentReference?.formatted
      }
      invoicesOf[customer].append(Int32(items.count))
      items.append(item)
    }
    isReferred = Array(repeating: false, count: count)
    addCreditNotes(creditNoteCount, random: &random)
  }

  private mutating func addCreditNotes(_ count: Int, random: inout BenchmarkRandom) {
    let invoiceCount = items.count
    guard invoiceCount > 0 else { return }
    for serial in 0..<count {
      let invoice = random.int(0...(invoiceCount - 1))
      guard !isReferred[invoice] else { continue }
      isReferred[invoice] = true
      let referred = items[invoice]
      let credit = max(1, referred.openAmount.minorUnits * Int64(random.int(10...50)) / 100)
      var note = OpenItem(
        number: "CN-\(Self.padded(serial, 6))", kind: .creditNote,
        customerID: referred.customerID, issueDate: referred.issueDate.adding(days: 10),
        dueDate: referred.issueDate.adding(days: 10),
        amount: Money(minorUnits: -credit, currency: .eur),
        openAmount: Money(minorUnits: -credit, currency: .eur), paymentReference: nil,
        source: SourceLocation(file: "bench.csv"))
      note.precedingInvoice = referred.number
      creditNotes.append((Int32(items.count), Int32(invoice)))
      creditAgainst[Int32(invoice)] = credit
      items.append(note)
    }
  }

  /// What the matcher sees open on an invoice once its credit note is netted.
  func netOpen(_ item: Int32) -> Int64 {
    items[Int(item)].openAmount.minorUnits - (creditAgainst[item] ?? 0)
  }
}
