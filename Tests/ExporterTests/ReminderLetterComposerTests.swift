import ArflowTesting
import Exporter
import Foundation
import Receivables
import Testing

struct ReminderLetterComposerTests {
  static let mappings = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("mappings")

  private func date(_ text: String) throws -> LocalDate { try LocalDate(iso8601: text) }

  private func item(_ number: String, amount: Int64, open: Int64? = nil) throws -> OpenItem {
    OpenItem(
      number: number, kind: .invoice, customerID: "C1", issueDate: try date("2026-10-01"),
      dueDate: try date("2026-10-31"), amount: Money(minorUnits: amount, currency: .eur),
      openAmount: Money(minorUnits: open ?? amount, currency: .eur),
      paymentReference: try PaymentReference.creditorReference(for: number),
      source: SourceLocation(file: "items.csv", line: 2))
  }

  /// A reminder document of `items`, every one asked, with the single item's reference or an
  /// RF of the letter's own.
  private func document(
    _ items: [OpenItem], customer: Customer, template: String = "reminder",
    states: [DocumentItemState]? = nil, remindedOn: LocalDate? = nil
  ) throws -> ReminderDocument {
    let lines = items.enumerated().map { index, item in
      ReminderDocument.Line(
        item: item, daysOverdue: 20, state: states?[index] ?? .reminded,
        lastRemindedOn: remindedOn)
    }
    let asked = lines.filter(\.state.isAsked).reduce(Int64(0)) { $0 + $1.openAmount.minorUnits }
    return ReminderDocument(
      kind: .reminder, template: template, customer: customer,
      total: Money(minorUnits: asked, currency: .eur),
      reference: items.count == 1
        ? items[0].paymentReference : try PaymentReference.creditorReference(for: "L261120010001"),
      payBy: try date("2026-12-04"), lines: lines)
  }

  /// The shipped demo company's creditor (mappings/company.yaml).
  static func creditor() throws -> Creditor {
    Creditor(
      name: "Noorderlicht Supplies B.V.", street: "Keizersgracht 123", postalCode: "1015 CJ",
      city: "Amsterdam", countryCode: "NL", email: "debiteuren@noorderlicht.example",
      phone: "+31 20 123 4567", vatNumber: "NL123456789B01",
      iban: try #require(IBAN("NL91ABNA0417164300")),
      bic: "ABNANL2A", defaultLanguage: .nl, bankAccounts: ["NL91ABNA0417164300"],
      registration: ["KvK 12345678", "Directie: J. de Vries"])
  }

  private func composer() throws -> ReminderLetterComposer {
    ReminderLetterComposer(
      creditor: try Self.creditor(),
      templatesDirectory: Self.mappings.appendingPathComponent("templates"))
  }

  @Test(
    "words every level of the shipped templates in the customer's language, with the pay-by date",
    arguments: [
      (Language.nl, "€ 1.234,56", "4 december 2026"),
      (.de, "1.234,56 €", "4. Dezember 2026"),
      (.fr, "1\u{202F}234,56\u{00A0}€", "4 décembre 2026"),
      (.en, "€1,234.56", "4 December 2026"),
    ])
  func languages(language: Language, amount: String, payBy: String) throws {
    let customer = Customer(id: "C1", name: "Acme", language: language)
    for template in [
      "courtesy", "reminder", "second-reminder", "formal-notice", "final-notice", "second-chance",
      "instalment-reminder",
    ] {
      let letter = try composer().compose(
        try document([try item("2026-1", amount: 123_456)], customer: customer, template: template),
        on: try date("2026-11-20"))
      #expect(!letter.document.subject.isEmpty)
      #expect(letter.document.table.totalRow?.last == amount)
      let box = letter.document.paymentBox?.lines.joined(separator: "\n") ?? ""
      #expect(box.contains(payBy), "\(template) \(language): \(box)")
      #expect(box.contains("RF37\u{00A0}2026\u{00A0}1"), "\(box)")
      let text = (letter.document.bodyBefore + letter.document.bodyAfter).joined()
      #expect(!text.contains("{{"), "\(template) \(language)")
      #expect(text.contains(payBy) || box.contains(payBy))
    }
  }

  @Test("the QR code carries the letter's total and its one reference, never a list")
  func paymentCode() throws {
    let customer = Customer(id: "C1", name: "Acme", language: .en)
    let single = try composer().compose(
      try document([try item("A-1", amount: 1000)], customer: customer),
      on: try date("2026-11-20"))
    let singlePayload = try #require(single.document.paymentBox?.qrPayload)
    #expect(singlePayload.split(separator: "\n").contains("RF90A1"))
    #expect(singlePayload.split(separator: "\n").contains("EUR10.00"))
    let items = try (1...40).map { try item("A-\($0)", amount: 1000) }
    let many = try composer().compose(
      try document(items, customer: customer), on: try date("2026-11-20"))
    let payload = try #require(many.document.paymentBox?.qrPayload)
    let fields = payload.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(fields.contains("EUR400.00"))
    let reference = try #require(many.paymentReference)
    #expect(fields.contains(Substring(reference.value)))
    #expect(!payload.contains("RF90A1"))
  }

  @Test("a letter shows what was invoiced, paid and is open, and which items were reminded before")
  func tableColumns() throws {
    let customer = Customer(id: "C1", name: "Acme", language: .nl)
    let letter = try composer().compose(
      try document(
        [try item("A-1", amount: 10_000, open: 4_000), try item("A-2", amount: 5_000)],
        customer: customer, states: [.reminded, .disputed], remindedOn: try date("2026-11-06")),
      on: try date("2026-11-20"))
    let rows = letter.document.table.rows
    #expect(
      rows[0] == [
        "A-1\nherinnerd op 06-11-2026", "01-10-2026", "31-10-2026", "20", "€ 100,00", "€ 60,00",
        "€ 40,00",
      ])
    #expect(rows[1][0] == "A-2\nbetwist")
    // The disputed item is shown, not asked.
    #expect(letter.total == Money(minorUnits: 4_000, currency: .eur))
    #expect(letter.document.bodyAfter.first?.contains("tellen niet mee") == true)
    #expect(letter.document.footer.contains("KvK 12345678"))
    #expect(letter.document.bodyBefore.joined().contains("Klantnummer: C1"))
  }

  @Test("a foreign address ends with the country in capitals; a British postcode has its own line")
  func recipientAddress() throws {
    let german = Customer(
      id: "C2", name: "Müller GmbH", language: .de,
      address: PostalAddress(
        street: "Hauptstraße 5", postalCode: "10115", city: "Berlin", countryCode: "DE"))
    let letter = try composer().compose(
      try document([try item("A-1", amount: 1000)], customer: german),
      on: try date("2026-11-20"))
    #expect(
      letter.document.recipientLines == [
        "Müller GmbH", "Hauptstraße 5", "10115 Berlin", "DEUTSCHLAND",
      ])
    let british = Customer(
      id: "C3", name: "Thames Ltd", language: .en,
      address: PostalAddress(
        street: "1 High Street", postalCode: "SW1A 1AA", city: "London", countryCode: "GB"))
    let english = try composer().compose(
      try document([try item("A-1", amount: 1000)], customer: british),
      on: try date("2026-11-20"))
    #expect(
      english.document.recipientLines == [
        "Thames Ltd", "1 High Street", "London", "SW1A 1AA", "UNITED KINGDOM",
      ])
  }

  @Test("a letter in dollars names the dollar account, or asks the customer to get in touch")
  func otherCurrency() throws {
    var creditor = try Self.creditor()
    let customer = Customer(id: "C1", name: "Acme", language: .en)
    var content = try document([try item("A-1", amount: 1000)], customer: customer)
    content.total = Money(minorUnits: 50_000, currency: .usd)
    content.lines = [
      ReminderDocument.Line(
        number: "U-1", openAmount: Money(minorUnits: 50_000, currency: .usd), daysOverdue: 9)
    ]
    let templates = Self.mappings.appendingPathComponent("templates")
    let plain = try ReminderLetterComposer(creditor: creditor, templatesDirectory: templates)
      .compose(content, on: try date("2026-11-20"))
    let box = plain.document.paymentBox
    #expect(box?.qrPayload == nil)
    #expect(box?.lines.contains("To pay in USD, please contact us.") == true)
    #expect(box?.lines.joined().contains("NL91") == false)
    let text = (plain.document.bodyBefore + plain.document.bodyAfter).joined(separator: "\n")
    #expect(!text.contains("NL91"), "a dollar letter names no euro IBAN: \(text)")
    #expect(text.contains("our USD account (please ask us for it)"))
    creditor.otherCurrencyAccounts[.usd] = "Chase, account 123456789, ABA 021000021"
    let named = try ReminderLetterComposer(creditor: creditor, templatesDirectory: templates)
      .compose(content, on: try date("2026-11-20"))
    #expect(
      named.document.paymentBox?.lines.contains(
        "Account: Chase,\u{00A0}account\u{00A0}123456789,\u{00A0}ABA\u{00A0}021000021") == true)
  }

  @Test("French labels take a narrow no-break space before the colon")
  func frenchLabels() throws {
    let customer = Customer(id: "C1", name: "Acme", language: .fr)
    let letter = try composer().compose(
      try document([try item("A-1", amount: 1000)], customer: customer),
      on: try date("2026-11-20"))
    let box = try #require(letter.document.paymentBox?.lines)
    #expect(box.first == "À payer\u{202F}: 10,00\u{00A0}€")
  }

  @Test("a customer with 500 overdue invoices gets one complete letter, page N of M on each page")
  func fiveHundredInvoices() throws {
    let customer = Customer(
      id: "C1", name: "Groothandel De Grote Klant B.V.", language: .nl,
      address: PostalAddress(street: "Industrieweg 1", postalCode: "3011 AA", city: "Rotterdam"))
    let items = try (1...500).map { try item("F-2025-\(10_000 + $0)", amount: 12_345) }
    let letter = try composer().compose(
      try document(items, customer: customer, remindedOn: try date("2026-11-06")),
      on: try date("2026-11-20"))
    let rendered = try LetterRenderer.render([letter.document])
    #expect(rendered.pages > 10)
    let text = try PopplerTools.text(of: rendered.pdf)
    for number in items.map(\.number) {
      #expect(text.contains(number), "\(number) is missing from the letter")
    }
    #expect(text.contains("Pagina 1 van \(rendered.pages)"))
    #expect(text.contains("Pagina \(rendered.pages) van \(rendered.pages)"))
    // The payment box once, on the last page.
    #expect(text.components(separatedBy: "Te betalen:").count == 2)
    #expect(text.contains("€ 61.725,00"))
  }

  @Test("a missing template is a clear error naming where it looked")
  func missingTemplate() throws {
    let customer = Customer(id: "C1", name: "Acme")
    do {
      _ = try composer().compose(
        try document([try item("A-1", amount: 1000)], customer: customer, template: "no-such"),
        on: try date("2026-11-20"))
      Issue.record("a missing template must be refused")
    } catch let error as ExportError {
      #expect(error.message.contains("no-such"))
      #expect(error.fix.contains("mappings/templates/en/no-such.mustache"))
    }
  }
}
