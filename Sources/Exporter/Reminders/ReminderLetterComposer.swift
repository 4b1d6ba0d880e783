public import Foundation
public import Receivables

/// Words and lays out one customer's reminder letter from the policy's reminders, the items,
/// the creditor profile and the level's Mustache template.
public struct ReminderLetterComposer: Sendable {
  public let creditor: Creditor
  public let templatesDirectory: URL

  public init(creditor: Creditor, templatesDirectory: URL) {
    self.creditor = creditor
    self.templatesDirectory = templatesDirectory
  }

  /// - Parameters:
  ///   - reminders: the reminders of one customer in one currency, non-empty.
  ///   - items: the reminded items by number.
  /// - Throws: `ExportError` when a template is missing or an amount cannot be added up.
  public func compose(
    customer: Customer, reminders: [Reminder], items: [String: OpenItem], on date: LocalDate
  ) throws(ExportError) -> ReminderLetter {
    guard let first = reminders.first else {
      throw ExportError("a letter needs at least one reminder", fix: "this is a bug in arflow")
    }
    let language = customer.language ?? creditor.defaultLanguage
    let words = LetterWording.of(language)
    let currency = first.openAmount.currency
    var rows: [[String]] = []
    var references: [PaymentReference] = []
    var total = Money.zero(currency)
    var fees = Money.zero(currency)
    do {
      for reminder in reminders {
        let item = items[reminder.itemNumber]
        if let reference = item?.paymentReference { references.append(reference) }
        rows.append([
          reminder.itemNumber, item?.issueDate.shortFormat(for: language) ?? "",
          item?.dueDate.shortFormat(for: language) ?? "", String(reminder.daysOverdue),
          item?.paymentReference?.formatted ?? item?.paymentReferenceText ?? "",
          reminder.openAmount.formatted(for: language),
        ])
        total = try total + reminder.amountDue()
        fees = try fees + reminder.fee + reminder.interest
      }
    } catch {
      throw ExportError(
        "the amounts of the letter to \(customer.name) cannot be added: \(error)",
        fix: "check the items' currencies")
    }
    var extraRows: [[String]] = []
    if fees.isPositive {
      extraRows.append([words.fee, "", "", "", "", fees.formatted(for: language)])
    }
    let template = try LetterTemplate.load(
      level: first.levelName, language: language, from: templatesDirectory)
    let text = try template.render([
      "customerName": customer.name, "creditorName": creditor.name,
      "total": total.formatted(for: language), "itemCount": reminders.count,
      "singleItem": reminders.count == 1, "iban": creditor.iban.formatted,
      "date": date.longFormat(for: language),
      "references": references.map(\.formatted).joined(separator: ", "),
      "creditorEmail": creditor.email ?? "", "creditorPhone": creditor.phone ?? "",
    ])
    let box = PaymentInstruction(creditor: creditor, words: words, language: language)
    let document = LetterDocument(
      creditorName: creditor.name, creditorLines: creditorLines(words),
      returnAddress: creditor.returnAddress,
      recipientLines: [customer.name]
        + (customer.address?.lines(homeCountry: creditor.countryCode) ?? []),
      placeAndDate: "\(creditor.city), \(date.longFormat(for: language))", subject: text.subject,
      bodyBefore: text.before,
      table: LetterTable(
        columns: [
          LetterColumn(words.invoice, relativeWidth: 2),
          LetterColumn(words.invoiceDate, relativeWidth: 2),
          LetterColumn(words.dueDate, relativeWidth: 2.2),
          LetterColumn(words.daysOverdue, alignment: .trailing, relativeWidth: 1.1),
          LetterColumn(words.reference, relativeWidth: 3.2),
          LetterColumn(words.openAmount, alignment: .trailing, relativeWidth: 2.3),
        ], rows: rows + extraRows,
        totalRow: [words.total, "", "", "", "", total.formatted(for: language)]),
      bodyAfter: text.after,
      paymentBox: box.box(total: total, references: references, customer: customer),
      footer: footer(words))
    return ReminderLetter(
      customer: customer, reminders: reminders, total: total, language: language,
      paymentReferences: references, document: document)
  }

  private func creditorLines(_ words: LetterWording) -> [String] {
    var lines = [creditor.street, "\(creditor.postalCode) \(creditor.city)"]
    if let phone = creditor.phone { lines.append(phone) }
    if let email = creditor.email { lines.append(email) }
    return lines
  }

  private func footer(_ words: LetterWording) -> String {
    var parts = [creditor.name, "IBAN \(creditor.iban.formatted)"]
    if let bic = creditor.bic { parts.append("BIC \(bic)") }
    if let vat = creditor.vatNumber { parts.append("\(words.vat) \(vat)") }
    return parts.joined(separator: " · ")
  }
}
