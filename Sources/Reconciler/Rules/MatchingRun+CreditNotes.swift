import Receivables

extension MatchingRun {
  /// Nets every open credit note against the open invoice of the same customer and currency
  /// it refers to (its preceding invoice, compared like a document number).
  /// - Returns: whether anything was netted.
  @discardableResult
  mutating func netReferredInvoices() -> Bool {
    var netted = false
    for creditNote in book.creditNotes where open[Int(creditNote)] > 0 {
      guard let invoice = referredInvoice(of: creditNote) else { continue }
      if net(creditNote, against: invoice, referred: true) { netted = true }
    }
    return netted
  }

  /// Nets what is left of every open credit note against its customer's oldest open invoices
  /// of the same currency.
  /// - Returns: whether anything was netted.
  mutating func netOldestInvoices() -> Bool {
    var netted = false
    for creditNote in book.creditNotes where open[Int(creditNote)] > 0 {
      let currency = book.itemCurrency[Int(creditNote)]
      for invoice in book.customers.invoices(of: book.customer(creditNote))
      where open[Int(creditNote)] > 0 && isOpen(invoice, currency) {
        if net(creditNote, against: invoice, referred: false) { netted = true }
      }
    }
    return netted
  }

  /// The open invoice a credit note refers to: of its customer and currency, numbered as its
  /// preceding invoice says (exactly, else letter for letter, else the only one after
  /// normalisation).
  func referredInvoice(of creditNote: Int32) -> Int32? {
    let note = book.items[Int(creditNote)]
    guard let preceding = note.precedingInvoice, let number = DocumentNumber(preceding) else {
      return nil
    }
    let customer = book.customer(creditNote)
    let currency = book.itemCurrency[Int(creditNote)]
    var candidates = book.byNumber.positions(under: number.compact).filter {
      book.customer($0) == customer && isOpen($0, currency)
    }
    if let grouped = number.grouped {
      for item in book.byNumberGroups.positions(under: grouped)
      where book.customer(item) == customer && isOpen(item, currency) && !candidates.contains(item)
      {
        candidates.append(item)
      }
    }
    if let exact = candidates.first(where: { book.number($0) == preceding }) { return exact }
    let full = candidates.filter { DocumentNumber.fullForm(of: book.number($0)) == number.fullForm }
    if full.count == 1 { return full[0] }
    return candidates.count == 1 ? candidates[0] : nil
  }
}
