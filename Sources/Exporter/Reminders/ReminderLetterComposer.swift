public import Foundation
public import Receivables

/// Words and lays out one dunning document as a letter: the level's Mustache template, a table
/// of every item with what was paid and when it was reminded before, and one payment box with
/// one reference and a pay-by date.
public struct ReminderLetterComposer: Sendable {
  public let creditor: Creditor
  public let templates: LetterTemplates

  public init(creditor: Creditor, templatesDirectory: URL) {
    self.creditor = creditor
    self.templates = LetterTemplates(directory: templatesDirectory)
  }

  /// - Throws: `ExportError` when the template is missing or broken, or a line is in another
  ///   currency than the document.
  public func compose(_ document: ReminderDocument, on date: LocalDate) throws(ExportError)
    -> ReminderLetter
  {
    let customer = document.customer
    let language = customer.language ?? creditor.defaultLanguage
    let words = LetterWording.of(language)
    for line in document.lines where line.openAmount.currency != document.currency {
      throw ExportError(
        "item \(line.number) of the letter to \(customer.name) is in "
          + "\(line.openAmount.currency.code), the letter in \(document.currency.code)",
        fix: "this is a bug in arflow: a letter holds one currency")
    }
    let reference = document.reference.map { NonBreaking.text($0.formatted) }
    let template = try templates.template(level: document.template, language: language)
    let asked = document.lines.filter(\.state.isAsked)
    var values: [String: Any] = [
      "customerName": customer.name, "customerNumber": customer.id,
      "creditorName": creditor.name, "total": document.total.formatted(for: language),
      "itemCount": asked.count, "singleItem": asked.count == 1,
      "iban": NonBreaking.text(creditor.iban.formatted),
      "payTo": payTo(document.currency, words), "date": date.longFormat(for: language),
      "payBy": document.payBy.longFormat(for: language),
      "reference": reference ?? document.remittance ?? asked.first?.number ?? "",
      "remindedBefore": document.remindedBefore, "creditorEmail": creditor.email ?? "",
    ]
    // An empty string still opens a Mustache section: leave the phone out when there is none.
    if let phone = creditor.phone, !phone.isEmpty { values["creditorPhone"] = phone }
    let text = try template.render(values)
    var after = text.after
    if document.lines.contains(where: { !$0.state.isAsked }) {
      after.insert(words.notAsked, at: 0)
    }
    let box = PaymentInstruction(creditor: creditor, words: words, language: language)
    let letter = LetterDocument(
      creditorName: creditor.name, creditorLines: creditorLines(),
      returnAddress: creditor.returnAddress,
      recipientLines: RecipientAddress(customer: customer, creditor: creditor, language: language)
        .lines,
      placeAndDate: "\(creditor.city), \(date.longFormat(for: language))", subject: text.subject,
      bodyBefore: text.before,
      table: ItemTable(words: words, language: language).table(document),
      bodyAfter: after,
      paymentBox: box.box(
        total: document.total, reference: document.reference, payBy: document.payBy,
        fallback: document.remittance ?? (asked.count == 1 ? asked[0].number : nil)),
      footer: footer(words), pageLabel: words.pageOf)
    return ReminderLetter(
      customer: customer, total: document.total, language: language,
      paymentReference: document.reference, document: letter)
  }

  /// The account the letter's text names: the IBAN for euro, the creditor's account for another
  /// currency, or an offer to give it; never the euro IBAN under a dollar amount.
  private func payTo(_ currency: Currency, _ words: LetterWording) -> String {
    if currency == .eur { return "IBAN " + NonBreaking.text(creditor.iban.formatted) }
    if let account = creditor.otherCurrencyAccounts[currency] { return NonBreaking.text(account) }
    return words.accountOnRequest.replacing("{currency}", with: currency.code)
  }

  private func creditorLines() -> [String] {
    var lines = [creditor.street, "\(creditor.postalCode) \(creditor.city)"]
    if let phone = creditor.phone { lines.append(phone) }
    if let email = creditor.email { lines.append(email) }
    return lines
  }

  private func footer(_ words: LetterWording) -> String {
    var parts = [creditor.name, "IBAN \(NonBreaking.text(creditor.iban.formatted))"]
    if let bic = creditor.bic { parts.append("BIC \(bic)") }
    if let vat = creditor.vatNumber { parts.append("\(words.vat) \(vat)") }
    let first = parts.joined(separator: " · ")
    let registration = creditor.registration.filter { !$0.isEmpty }
    return ([first] + (registration.isEmpty ? [] : [registration.joined(separator: " · ")]))
      .joined(separator: "\n")
  }
}
