import Exporter
import Foundation
import Receivables
import Testing

struct ReminderLetterComposerTests {
  static let mappings = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("mappings")

  private func date(_ text: String) throws -> LocalDate { try LocalDate(iso8601: text) }

  private func reminder(_ number: String, open: Int64, fee: Int64 = 0) throws -> Reminder {
    Reminder(
      itemNumber: number, customerID: "C1", level: 1, levelName: "reminder",
      remindedOn: try date("2026-11-20"), daysOverdue: 20,
      openAmount: Money(minorUnits: open, currency: .eur),
      fee: Money(minorUnits: fee, currency: .eur),
      interest: .zero(.eur), channel: .letter, explanation: "test")
  }

  private func item(_ number: String, open: Int64) throws -> OpenItem {
    OpenItem(
      number: number, kind: .invoice, customerID: "C1", issueDate: try date("2026-10-01"),
      dueDate: try date("2026-10-31"), amount: Money(minorUnits: open, currency: .eur),
      openAmount: Money(minorUnits: open, currency: .eur),
      paymentReference: try PaymentReference.creditorReference(for: number),
      source: SourceLocation(file: "items.csv", line: 2))
  }

  /// The shipped demo company's creditor (mappings/company.yaml).
  static func creditor() throws -> Creditor {
    Creditor(
      name: "Noorderlicht Supplies B.V.", street: "Keizersgracht 123", postalCode: "1015 CJ",
      city: "Amsterdam", countryCode: "NL", email: "debiteuren@noorderlicht.example",
      phone: "+31 20 123 4567", vatNumber: "NL123456789B01",
      iban: try #require(IBAN("NL91ABNA0417164300")),
      bic: "ABNANL2A", defaultLanguage: .nl, bankAccounts: ["NL91ABNA0417164300"])
  }

  private func composer() throws -> ReminderLetterComposer {
    ReminderLetterComposer(
      creditor: try Self.creditor(),
      templatesDirectory: Self.mappings.appendingPathComponent("templates"))
  }

  @Test(
    "words the letter in the customer's language from the shipped templates",
    arguments: [
      (Language.nl, "Betalingsherinnering", "€ 1.234,56"),
      (.de, "Zahlungserinnerung", "1.234,56 €"),
      (.fr, "Rappel de paiement", "1\u{202F}234,56\u{00A0}€"),
      (.en, "Payment reminder", "€1,234.56"),
    ])
  func languages(language: Language, subject: String, amount: String) throws {
    let customer = Customer(id: "C1", name: "Acme", language: language)
    let letter = try composer().compose(
      customer: customer, reminders: [try reminder("2026-1", open: 123_456)],
      items: ["2026-1": try item("2026-1", open: 123_456)], on: try date("2026-11-20"))
    #expect(letter.document.subject == subject)
    #expect(letter.document.table.totalRow?.last == amount)
    #expect(letter.document.bodyAfter.joined().contains(amount))
    #expect(letter.document.bodyAfter.joined().contains("RF"))
    #expect(letter.paymentReferences.map(\.value) == ["RF3720261"])
  }

  @Test(
    "one invoice is quoted as the structured reference of the QR code, several go into its text")
  func paymentCode() throws {
    let customer = Customer(id: "C1", name: "Acme", language: .en)
    let single = try composer().compose(
      customer: customer, reminders: [try reminder("A-1", open: 1000)],
      items: ["A-1": try item("A-1", open: 1000)], on: try date("2026-11-20"))
    let singlePayload = try #require(single.document.paymentBox?.qrPayload)
    #expect(singlePayload.split(separator: "\n").contains("RF90A1"))
    #expect(singlePayload.split(separator: "\n").contains("EUR10.00"))
    let double = try composer().compose(
      customer: customer,
      reminders: [try reminder("A-1", open: 1000), try reminder("A-2", open: 500, fee: 250)],
      items: ["A-1": try item("A-1", open: 1000), "A-2": try item("A-2", open: 500)],
      on: try date("2026-11-20"))
    let payload = try #require(double.document.paymentBox?.qrPayload)
    #expect(payload.hasSuffix("RF90A1 RF63A2"))
    #expect(double.total == Money(minorUnits: 1750, currency: .eur))
    #expect(double.document.table.rows.last?.first == "Reminder fee")
    #expect(PaymentReference.find(in: "RF90A1 RF63A2").map(\.value) == ["RF90A1", "RF63A2"])
  }

  @Test("a missing template is a clear error naming where it looked")
  func missingTemplate() throws {
    var broken = try reminder("A-1", open: 1000)
    broken.levelName = "final-notice"
    do {
      _ = try composer().compose(
        customer: Customer(id: "C1", name: "Acme"), reminders: [broken],
        items: ["A-1": try item("A-1", open: 1000)], on: try date("2026-11-20"))
      Issue.record("a missing template must be refused")
    } catch let error as ExportError {
      #expect(error.message.contains("final-notice"))
      #expect(error.fix.contains("mappings/templates/en/final-notice.mustache"))
    }
  }
}
