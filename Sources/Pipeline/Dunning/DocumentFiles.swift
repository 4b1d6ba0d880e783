import Dunning
import Exporter
import Foundation
import Receivables

/// Makes the PDF of each document of a batch from the plan, the items and the customers.
struct DocumentFiles {
  let composer: ReminderLetterComposer
  let items: [String: OpenItem]
  let customers: [String: Customer]

  /// Days from the letter's date to the pay-by date it states: two weeks, the term most SME
  /// reminders give. (The Dutch 14-day letter of art. 6:96 lid 6 BW counts its fourteen days
  /// "aanvangende de dag na aanmaning", which HR 25 November 2016, ECLI:NL:HR:2016:2704, reads
  /// as the day after the letter is received, not its date; the fees-and-interest work sets
  /// that letter's own term.)
  static let payWithinDays = 14

  /// A document made: its rendered PDF and its letter.
  struct Made {
    var rendered: RenderedLetters
    var letter: LetterDocument
  }

  /// Makes one document.
  /// - Throws: `ExportError` saying why this document cannot be made (a template, the fonts,
  ///   an address); the batch goes on without it.
  func make(
    _ document: PlannedDocument, reference: DocumentReference, on date: LocalDate
  ) throws(ExportError) -> Made {
    let customer =
      customers[document.customerID]
      ?? Customer(id: document.customerID, name: document.customerID)
    let content = ReminderDocument(
      kind: document.kind, template: document.template, customer: customer,
      total: document.total, reference: reference.reference,
      remittance: reference.reference == nil ? remittance(of: document) : nil,
      payBy: payBy(document, on: date), lines: lines(of: document, on: date))
    let letter = try composer.compose(content, on: date)
    do {
      let rendered = try LetterRenderer.render([letter.document])
      return Made(rendered: rendered, letter: letter.document)
    } catch {
      throw ExportError(
        "the letter to customer \(customer.id) cannot be rendered: \(error.message)",
        fix: "correct what the message names (the customer's name or address in the customer "
          + "master, or the letter's template); arflow tries the letter again in the next run")
    }
  }

  /// The single asked item's reference as its invoice wrote it, or its number.
  private func remittance(of document: PlannedDocument) -> String? {
    let asked = document.askedItems
    guard asked.count == 1 else { return nil }
    return items[asked[0]]?.paymentReferenceText ?? asked[0]
  }

  /// A courtesy reminder asks payment by the due date; every other document two weeks on.
  private func payBy(_ document: PlannedDocument, on date: LocalDate) -> LocalDate {
    let later = date.adding(days: Self.payWithinDays)
    guard document.level == 0 else { return later }
    let due = document.lines.filter(\.state.isAsked).map(\.dueDate).min()
    return due.map { $0 >= date ? $0 : later } ?? later
  }

  /// The table: missed instalments first (for an instalment reminder), then every item.
  private func lines(of document: PlannedDocument, on date: LocalDate) -> [ReminderDocument.Line] {
    let instalments = document.instalments.map { missed in
      ReminderDocument.Line(
        number: missed.instalment.reference.formatted, dueDate: missed.instalment.dueDate,
        amount: missed.instalment.amount, openAmount: missed.instalment.openAmount,
        daysOverdue: max(0, missed.instalment.dueDate.days(until: date)),
        state: .reminded, lastRemindedOn: missed.instalment.remindedOn)
    }
    let items = document.lines.map { line in
      guard let item = self.items[line.itemNumber] else {
        return ReminderDocument.Line(
          number: line.itemNumber, dueDate: line.dueDate, openAmount: line.openAmount,
          daysOverdue: line.daysOverdue, state: line.state, lastRemindedOn: line.lastRemindedOn)
      }
      var row = ReminderDocument.Line(
        item: item, daysOverdue: line.daysOverdue, state: line.state,
        lastRemindedOn: line.lastRemindedOn)
      row.openAmount = line.openAmount
      return row
    }
    return instalments + items
  }
}
