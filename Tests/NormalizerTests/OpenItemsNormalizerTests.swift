import Foundation
import Normalizer
import Parsers
import Receivables
import Testing

struct OpenItemsNormalizerTests {
  static let header =
    "invoice_number,customer_id,customer_name,email,invoice_date,due_date,amount,open_amount,currency,payment_reference"

  private func normalize(_ rows: [String], file: String = "items.csv") throws -> NormalizedFile {
    let mapping = try ShippedMappings.generic()
    let table = try CSVReader.read(
      Data(([Self.header] + rows).joined(separator: "\n").utf8), file: file)
    return try TableNormalizer(mapping: mapping).normalize(table, file: file)
  }

  @Test("reads invoices, credit notes and their customers")
  func readsRows() throws {
    let result = try normalize([
      "2026-001,C1,Acme B.V.,ap@acme.test,2026-10-01,2026-10-31,1234.56,1000.00,EUR,",
      "2026-002,C1,Acme B.V.,,2026-10-05,,-50.00,-50.00,EUR,",
      "2026-003,C2,Beta GmbH,,2026-10-07,2026-11-06,99.99,,,RF18 5390 0754 7034",
    ])
    #expect(result.rejected.isEmpty)
    #expect(result.items.map(\.number) == ["2026-001", "2026-002", "2026-003"])
    let first = result.items[0]
    #expect(first.amount == Money(minorUnits: 123_456, currency: .eur))
    #expect(first.openAmount == Money(minorUnits: 100_000, currency: .eur))
    #expect(first.paymentReference?.value == "RF602026001")
    #expect(first.source.line == 2)
    let credit = result.items[1]
    #expect(credit.kind == .creditNote)
    #expect(credit.dueDate.iso8601 == "2026-11-04")  // 30 days of default payment terms
    #expect(result.items[2].openAmount == result.items[2].amount)
    #expect(result.items[2].paymentReference?.value == "RF18539007547034")
    #expect(result.customers.map(\.id) == ["C1", "C2"])
    #expect(result.customers[0].email == "ap@acme.test")
  }

  @Test("rejects each bad row with its line and a fix, and keeps the good rows")
  func rejectsBadRows() throws {
    let result = try normalize([
      "2026-001,C1,Acme,,2026-10-01,2026-10-31,100.00,100.00,EUR,",
      "2026-002,C1,Acme,,2026-13-01,2026-10-31,100.00,100.00,EUR,",
      "2026-003,C1,Acme,,2026-10-01,2026-10-31,12.345,12.345,EUR,",
      ",C1,Acme,,2026-10-01,2026-10-31,100.00,100.00,EUR,",
      "2026-005,C1,Acme,,2026-10-01,2026-10-31,100.00,100.00,EUR,RF19 5390 0754 7034",
      "2026-006,C1,Acme,,2026-10-01,2026-10-31,100.00,100.00,EUR,,extra",
      "2026-001,C1,Acme,,2026-10-01,2026-10-31,200.00,200.00,EUR,",
      "2026-008,C1,Acme,,2026-10-01,2026-10-31,100.00,150.00,EUR,",
      "2026-009,C1,Acme,,2026-10-01,2026-10-31,100.00,100.00,EURO,",
      "2026-010,C1,Acme,,2026-10-01,2026-10-31,1.000.00,100.00,EUR,",
    ])
    #expect(result.items.map(\.number) == ["2026-001"])
    #expect(result.rejected.map(\.location.line) == [3, 4, 5, 6, 7, 8, 9, 10, 11])
    let reasons = result.rejected.map(\.reason)
    #expect(reasons[0].contains("'2026-13-01' is not a real date"))
    #expect(reasons[1].contains("more decimals"))
    #expect(reasons[2].contains("invoice number is empty"))
    #expect(reasons[3].contains("payment reference"))
    #expect(reasons[4].contains("11 cells but the header has 10"))
    #expect(reasons[5].contains("appears twice (first on line 2)"))
    #expect(reasons[6].contains("open amount"))
    #expect(reasons[7].contains("EURO"))
    #expect(reasons[8].contains("more than one decimal mark"))
    #expect(result.rejected.allSatisfy { !$0.fix.isEmpty && $0.rawCells != nil })
  }

  @Test("finds the header below report lines and matches column names loosely")
  func headerBelowPreamble() throws {
    let mapping = try ShippedMappings.generic()
    let text = """
      Open items report
      As at 2026-11-20

      Invoice Number;Customer ID;Customer Name;Invoice Date;Due Date;Amount;Currency
      A-1;C9;Gamma;2026-10-01;2026-10-15;10.00;EUR
      """
    let table = try CSVReader.read(Data(text.utf8), file: "report.csv")
    let result = try TableNormalizer(mapping: mapping).normalize(table, file: "report.csv")
    #expect(result.items.map(\.number) == ["A-1"])
    #expect(result.items.first?.source.line == 5)
  }

  @Test("a file without the mapping's columns is refused as a whole, naming them")
  func noHeader() throws {
    let mapping = try ShippedMappings.generic()
    let table = try CSVReader.read(Data("a,b,c\n1,2,3\n".utf8), file: "other.csv")
    #expect(throws: NormalizerError.self) {
      try TableNormalizer(mapping: mapping).normalize(table, file: "other.csv")
    }
    #expect(throws: NormalizerError.self) {
      try MappingChoice.choose(for: "other.csv", rows: table.rows.map(\.cells), among: [mapping])
    }
  }
}

/// The mappings shipped in the repository's `mappings/` folder.
enum ShippedMappings {
  static var folder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("mappings/sources")
  }

  static func generic() throws -> SourceMapping {
    try SourceMapping.load(from: folder.appendingPathComponent("generic.yaml"))
  }
}
