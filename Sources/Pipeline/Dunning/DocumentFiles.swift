import Dunning
import Exporter
import Foundation
import Receivables

/// Makes the PDF of each document of a batch from the plan, the items and the customers.
struct DocumentFiles {
  let composer: ReminderLetterComposer
  let items: [String: OpenItem]
  let customers: [String: Customer]

  /// A document made: its PDF, its page count and its laid-out letter for `print.pdf`.
  struct Made {
    var pdf: Data
    var pages: Int
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
    let reminders = document.lines.filter { $0.state.isAsked }.map { line in
      Reminder(
        itemNumber: line.itemNumber, customerID: document.customerID,
        level: line.step?.level ?? document.level ?? 1,
        levelName: document.levelName ?? document.template, remindedOn: date,
        daysOverdue: line.daysOverdue, openAmount: line.openAmount,
        fee: .zero(document.currency), interest: .zero(document.currency),
        channel: document.channel, explanation: line.explanation)
    }
    let letter = try composer.compose(
      customer: customer, reminders: reminders, items: items, on: date)
    do {
      let pdf = try LetterRenderer.renderPDF([letter.document])
      return Made(pdf: pdf, pages: 1, letter: letter.document)
    } catch {
      throw ExportError(
        "the letter to \(customer.name) (\(customer.id)) cannot be rendered: \(error)",
        fix: "check the fonts (fonts-dejavu-core) and the letter texts")
    }
  }
}
