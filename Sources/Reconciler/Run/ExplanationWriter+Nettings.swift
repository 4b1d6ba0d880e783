import Receivables

extension ExplanationWriter {
  /// The netting of a credit note against an invoice, explained.
  func netting(_ decision: NettingDecision) -> CreditNetting {
    let book = run.book
    let note = book.number(decision.creditNote)
    let invoice = book.number(decision.invoice)
    let amount = book.money(decision.amount, item: decision.invoice).spelled
    let why =
      decision.referred
      ? "credit note \(note) refers to invoice \(invoice) of "
        + "\(book.customers.describe(book.customer(decision.invoice)))"
      : "credit note \(note) of \(book.customers.describe(book.customer(decision.invoice))) is "
        + "set off against the customer's oldest open invoice \(invoice), as the settings say"
    return CreditNetting(
      creditNoteNumber: note, invoiceNumber: invoice,
      customerID: book.customers.ids[Int(book.customer(decision.invoice))],
      amount: book.money(decision.amount, item: decision.invoice),
      confidence: decision.referred ? 95 : 80, explanation: "\(why); \(amount) set off")
  }
}
