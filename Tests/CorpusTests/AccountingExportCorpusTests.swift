import Foundation
import Normalizer
import Parsers
import Receivables
import Testing

/// Every DATEV, open-items and bank CSV of the corpus, read with the shipped mappings as arflow
/// would choose them. The figures were checked by hand (and with an independent Python reading).
@Suite(.enabled(if: Corpus.isAvailable, "the shared corpus is not there"))
struct AccountingExportCorpusTests {
  static let mappings = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
      "mappings/sources")

  private func read(_ path: String) throws -> NormalizedFile {
    let root = try #require(Corpus.root)
    let url = root.appendingPathComponent("csv/\(path)")
    let table = try CSVReader.read(try Data(contentsOf: url), file: url.lastPathComponent)
    let choice = try MappingChoice.choose(
      for: url.lastPathComponent, rows: table.rows.map(\.cells),
      among: try SourceMapping.loadAll(from: Self.mappings))
    return try TableNormalizer(mapping: choice.mapping).normalize(
      table, file: url.lastPathComponent)
  }

  private func sum(_ amounts: [Money]) throws -> String {
    try Money.sum(amounts, currency: .eur).decimalString
  }

  static let everyFile = [
    "datev/ledermann-datev-EXTF_Buchungsstapel.csv", "datev/ledermann-datev-EXTF_Stammdaten.csv",
    "datev/oca-l10n-germany-datev_export.csv", "datev/rechnungspilot-datev-export.csv",
    "openitems/bdoautomapper-sample_data.csv", "bank-de/rechnungspilot-commerzbank.csv",
    "bank-de/rechnungspilot-dkb.csv", "bank-de/rechnungspilot-ing-mit-saldo.csv",
    "bank-de/rechnungspilot-paypal.csv", "bank-de/rechnungspilot-sparkasse-lzo-mt940.csv",
    "bank-de/rechnungspilot-targobank-duesseldorf.csv",
    "bank-de/rechnungspilot-vr-teilhaberbank.csv",
  ]

  @Test(
    "every accounting and bank export is read by a mapping, every row taken, skipped or explained",
    arguments: everyFile)
  func everyRowAccountedFor(path: String) throws {
    let root = try #require(Corpus.root)
    let table = try CSVReader.read(
      try Data(contentsOf: root.appendingPathComponent("csv/\(path)")), file: path)
    let result = try read(path)
    let taken = Set(result.items.map(\.source.line) + result.payments.map(\.source.line))
    let rejected = Set(result.rejected.map(\.location.line))
    let skipped = result.skipped.count
    // Every physical row is a record, a customer row, a reject, the header or an explained skip.
    #expect(taken.count + rejected.count + skipped + 1 >= table.rows.count - result.customers.count)
    #expect(result.rejected.allSatisfy { !$0.reason.isEmpty && !$0.fix.isEmpty })
  }

  @Test("DATEV Buchungsstapel: the one booking on a customer account is invoice RE201802-135")
  func datevBookings() throws {
    let result = try read("datev/ledermann-datev-EXTF_Buchungsstapel.csv")
    #expect(result.readAs == "datev-buchungsstapel")
    #expect(result.encoding == "Windows-1252")
    let item = try #require(result.items.first)
    #expect(result.items.count == 1)
    #expect(item.number == "RE201802-135")
    #expect(item.customerID == "10000")
    #expect(item.amount.decimalString == "5950.00")
    // Belegdatum 2202; the year comes from the header's "Datum vom", 20180201.
    #expect(item.issueDate.iso8601 == "2018-02-22")
    #expect(item.kind == .invoice)
    #expect(result.skipped.contains("line 3: not a booking on a customer account"))
    #expect(result.rejected.isEmpty)
  }

  @Test(
    "DATEV bookings without customer accounts are all skipped, none rejected",
    arguments: [
      ("datev/oca-l10n-germany-datev_export.csv", 98),
      ("datev/rechnungspilot-datev-export.csv", 22),
    ])
  func datevWithoutCustomers(path: String, rows: Int) throws {
    let result = try read(path)
    #expect(result.items.isEmpty)
    #expect(result.rejected.isEmpty)
    #expect(
      result.skipped.filter { $0.hasSuffix("not a booking on a customer account") }.count == rows)
  }

  @Test("DATEV Debitoren/Kreditoren: the customer is read with its address, the supplier skipped")
  func datevMasterData() throws {
    let result = try read("datev/ledermann-datev-EXTF_Stammdaten.csv")
    #expect(result.readAs == "datev-debitoren")
    let customer = try #require(result.customers.first)
    #expect(result.customers.count == 1)
    #expect(customer.id == "10000")
    #expect(customer.name == "Mustermann")
    #expect(customer.email == "sabine@mustermann.de")
    #expect(customer.address?.city == "Köln")
    #expect(customer.address?.street == "Am Haagelspfädchen 14")
    #expect(result.skipped.contains("line 4: not a customer account (a supplier)"))
  }

  @Test("a Dutch debtors list: four invoices, 103812.21 open, read with the nl/de mapping")
  func dutchOpenItems() throws {
    let result = try read("openitems/bdoautomapper-sample_data.csv")
    #expect(result.readAs == "open-items-nl-de")
    #expect(result.items.map(\.number) == ["12300139", "21004743", "21004762", "21004841"])
    #expect(try sum(result.items.map(\.amount)) == "103812.21")
    #expect(try sum(result.items.map(\.openAmount)) == "103812.21")
    #expect(result.items[0].dueDate.iso8601 == "2024-02-06")
    #expect(result.rejected.isEmpty)
  }

  @Test(
    "bank exports: incoming payments booked, money going out and pending bookings skipped",
    arguments: [
      ("bank-de/rechnungspilot-commerzbank.csv", "bank-commerzbank", 0, "0.00"),
      ("bank-de/rechnungspilot-dkb.csv", "bank-dkb", 3, "425.00"),
      ("bank-de/rechnungspilot-ing-mit-saldo.csv", "bank-ing", 2, "668.18"),
      ("bank-de/rechnungspilot-paypal.csv", "bank-paypal", 3, "125.71"),
      ("bank-de/rechnungspilot-sparkasse-lzo-mt940.csv", "bank-sparkasse", 4, "381.30"),
      ("bank-de/rechnungspilot-targobank-duesseldorf.csv", "bank-targobank", 1, "83.16"),
      ("bank-de/rechnungspilot-vr-teilhaberbank.csv", "bank-volksbank", 1, "175.00"),
    ])
  func bankExports(path: String, mapping: String, count: Int, total: String) throws {
    let result = try read(path)
    #expect(result.readAs == mapping)
    #expect(result.payments.count == count)
    #expect(try sum(result.payments.map(\.amount)) == total)
    #expect(Set(result.payments.map(\.bankReference)).count == count)
  }

  @Test("the ING row that lacks a column is rejected with its line and why, not guessed")
  func ingShortRow() throws {
    let result = try read("bank-de/rechnungspilot-ing-mit-saldo.csv")
    let reject = try #require(result.rejected.first)
    #expect(result.rejected.count == 1)
    #expect(reject.location.line == 23)
    #expect(reject.reason.contains("the row has 6 cells and the header 7"))
  }

  @Test("Sparkasse: SEPA fields are split out of the remittance text")
  func sparkasseRemittance() throws {
    let result = try read("bank-de/rechnungspilot-sparkasse-lzo-mt940.csv")
    let payment = try #require(result.payments.first { $0.counterpartyName == "Kunde GmbH" })
    #expect(payment.remittanceText == "Beleg Nr. 203037, Rechnung")
    #expect(payment.amount.decimalString == "119.00")
    #expect(payment.bookingDate.iso8601 == "2025-12-03")
    #expect(result.skipped.contains { $0.contains("pending booking") })
  }
}
