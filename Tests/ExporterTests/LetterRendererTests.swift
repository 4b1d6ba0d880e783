import ArflowTesting
import Exporter
import Foundation
import Testing

struct LetterRendererTests {
  private static let payload = try! EPCPaymentCode(
    beneficiaryName: "Arflow Demo B.V.", iban: "NL91ABNA0417164300", bic: "ABNANL2A",
    amountInCents: 123_456, currency: "EUR", creditorReference: "RF18539007547034",
    remittanceText: nil
  ).payload

  private static let twoLetters = [
    LetterFixtures.letter(
      customer: "Smith & <Sons>",
      rows: [
        ["2026-0412", "01-10-2026", "€ 450,00", "€ 450,00"],
        ["2026-0467", "15-10-2026", "€ 1.000,00", "€ 784,56"],
      ],
      total: "€ 1.234,56", reference: "RF18 5390 0754 7034", qrPayload: payload),
    LetterFixtures.letter(
      customer: "Bakkerij De Vries", rows: [["2026-0501", "31-10-2026", "€ 99,95", "€ 99,95"]],
      total: "€ 99,95", reference: "RF71 2026 0501"),
  ]

  @Test("the PDF holds every letter's customer, invoices, amounts and reference as text")
  func lettersAreReadableText() throws {
    let pdf = try LetterRenderer.renderPDF(Self.twoLetters)
    let text = try PopplerTools.text(of: pdf)
    for expected in [
      "Smith & <Sons>", "Bakkerij De Vries", "2026-0412", "2026-0467", "2026-0501", "€ 450,00",
      "€ 784,56", "€ 1.234,56", "€ 99,95", "RF18 5390 0754 7034", "RF71 2026 0501",
      "Payment reminder for Smith & <Sons>", "Amsterdam, 23 November 2026", "Scan to pay",
    ] {
      #expect(text.contains(expected), "missing \(expected)")
    }
    #expect(!text.contains("&amp;") && !text.contains("&lt;"))
  }

  @Test("each letter starts on its own A4 page and the PDF is titled")
  func eachLetterHasItsOwnPage() throws {
    let pdf = try LetterRenderer.renderPDF(Self.twoLetters)
    let info = try PopplerTools.info(of: pdf)
    #expect(info["Pages"] == "2")
    #expect(info["Page size"]?.hasPrefix("595.276 x 841.89 pts") == true)
    #expect(info["Title"] == "Arflow Demo B.V. – 2 letters")
    let pages = try PopplerTools.text(of: pdf).components(separatedBy: "\u{0C}")
    #expect(pages[0].contains("Smith & <Sons>") && !pages[0].contains("Bakkerij De Vries"))
    #expect(pages[1].contains("Bakkerij De Vries") && !pages[1].contains("Smith & <Sons>"))
  }

  @Test("a 120-invoice table runs over several pages, repeating the header, losing no row")
  func longTablePaginates() throws {
    let letter = LetterFixtures.letter(
      customer: "Groothandel Jansen", rows: LetterFixtures.manyRows(120), total: "€ 7.260,00",
      reference: "RF18 5390 0754 7034", qrPayload: Self.payload)
    let pdf = try LetterRenderer.renderPDF([letter])
    let pages = try PopplerTools.text(of: pdf).components(separatedBy: "\u{0C}")
      .filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    #expect(pages.count >= 3)
    var seen: [String] = []
    for (index, page) in pages.enumerated() {
      let rows = page.split(separator: "\n").filter { $0.hasPrefix("INV-") }.map(String.init)
      if !rows.isEmpty {
        #expect(page.contains("Invoice") && page.contains("Due date"), "no header on \(index + 1)")
      }
      if index > 0 { #expect(page.contains("Payment reminder for Groothandel Jansen")) }
      seen += rows
    }
    #expect(seen == LetterFixtures.manyRows(120).map { $0[0] })
    #expect(pages.last?.contains("€ 7.260,00") == true)
  }

  @Test("an empty batch is refused instead of making an empty PDF")
  func emptyBatch() {
    #expect(throws: RenderError.self) { try LetterRenderer.renderPDF([]) }
  }

  @Test("a table row with a missing cell is reported with its letter and row")
  func rowWithMissingCell() throws {
    var broken = Self.twoLetters
    broken[1].table.rows.append(["2026-0502", "€ 10,00"])
    let error = try #require(throws: RenderError.self) { try LetterRenderer.renderPDF(broken) }
    #expect(error.code == .table)
    #expect(error.letter == 2 && error.recipient == "Bakkerij De Vries")
    #expect(error.description.contains("Row 2 of the table has 2 cells"))
  }

  @Test("an address too long for the envelope window is refused")
  func addressTooLongForWindow() throws {
    var letter = Self.twoLetters[0]
    letter.recipientLines = (1...12).map { "Address line \($0)" }
    let error = try #require(throws: RenderError.self) { try LetterRenderer.renderPDF([letter]) }
    #expect(error.code == .doesNotFit && error.letter == 1)
  }

  @Test("a QR code text too long for any QR code is reported, not crashed on")
  func qrPayloadTooLong() throws {
    var letter = Self.twoLetters[0]
    letter.paymentBox?.qrPayload = String(repeating: "x", count: 3_000)
    let error = try #require(throws: RenderError.self) { try LetterRenderer.renderPDF([letter]) }
    #expect(error.code == .qrEncoding && error.letter == 1)
  }
}

extension LetterRendererTests {
  @Test("a closing text longer than the first page continues on the next page, in order")
  func longTextContinues() throws {
    var letter = LetterFixtures.letter(
      customer: "Bakkerij De Vries", rows: [["2026-0501", "31-10-2026", "€ 99,95", "€ 99,95"]],
      total: "€ 99,95", reference: "RF18 5390 0754 7034")
    letter.bodyAfter = (1...60).map { "Paragraph \($0) of the closing text." }
    let pdf = try LetterRenderer.renderPDF([letter])
    #expect(try PopplerTools.info(of: pdf)["Pages"].flatMap { Int($0) } ?? 0 >= 2)
    let lines = try PopplerTools.text(of: pdf).split(separator: "\n").filter {
      $0.hasPrefix("Paragraph ")
    }
    #expect(lines == (1...60).map { "Paragraph \($0) of the closing text." })
  }

  @Test("a footer too tall for the page bottom is refused")
  func footerTooTall() throws {
    var letter = Self.twoLetters[1]
    letter.footer = (1...10).map { "Footer line \($0)" }.joined(separator: "\n")
    let error = try #require(throws: RenderError.self) { try LetterRenderer.renderPDF([letter]) }
    #expect(error.code == .doesNotFit && error.description.contains("footer"))
  }
}
