import ArflowTesting
import Foundation
import Testing

@testable import Exporter

/// arflow writes letter PDFs itself: these tests hold it to what poppler (the reader behind most
/// Linux viewers and `pdftotext`) sees, and to what cairo draws from the same pages.
struct PDFWriterTests {
  private static let dejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

  private static func letter(customer: String = "Bakkerij De Vries") -> LetterDocument {
    var letter = LetterFixtures.letter(
      customer: customer, rows: LetterFixtures.manyRows(3), total: "€ 6,00",
      reference: "RF18 5390 0754 7034", qrPayload: "BCD\n002\n1\nSCT\n\nArflow\nNL91ABNA0417164300")
    letter.pageLabel = "Page {page} of {pages}"
    return letter
  }

  private static func pages(of letter: LetterDocument) throws -> [PageDrawing] {
    let canvas = try LetterCanvas()
    var composer = try LetterComposer(letter: letter, canvas: canvas)
    _ = try composer.compose()
    return canvas.pages
  }

  @Test("every font is embedded as a subset with a ToUnicode map, so the letter prints anywhere")
  func fontsAreEmbeddedSubsets() throws {
    let fonts = try PopplerTools.fonts(of: try LetterRenderer.renderPDF([Self.letter()]))
    #expect(fonts.count == 2)
    for font in fonts {
      #expect(font[0].range(of: #"^[A-Z]{6}\+DejaVuSans"#, options: .regularExpression) != nil)
      #expect(Array(font.suffix(5).prefix(3)) == ["yes", "yes", "yes"], "\(font)")
    }
  }

  @Test("names and words in European languages come out of the PDF exactly as written")
  func europeanTextRoundTrips() throws {
    var letter = Self.letter(customer: "Łódź Ślusarz Ærø Straße 5")
    letter.bodyBefore = [
      "Crème brûlée, Ἀθῆναι, Кирилл, „Anführung“ – 10,00\u{00A0}€ à payer\u{202F}: fin."
    ]
    let text = try PopplerTools.text(of: try LetterRenderer.renderPDF([letter]))
    for expected in [
      "Łódź Ślusarz Ærø Straße 5", "Crème brûlée", "Ἀθῆναι", "Кирилл", "„Anführung“", "€",
      "Page 1 of 1",
    ] {
      #expect(text.contains(expected), "\(expected) is missing")
    }
  }

  @Test("arflow's writer and cairo draw the same page, pixel for pixel within anti-aliasing")
  func sameDrawingAsCairo() throws {
    let pages = try Self.pages(of: Self.letter())
    let encoded = try pages.map { try #require(EncodedPage($0)) }
    let own = PDFFileWriter.write(encoded, title: "own")
    let cairo = try CairoReplay.pdf(pages, title: "cairo")
    let ours = try PopplerTools.grey(of: own, page: 1, dpi: 50)
    let theirs = try PopplerTools.grey(of: cairo, page: 1, dpi: 50)
    #expect(ours.width == theirs.width && ours.height == theirs.height)
    let dark = ours.pixels.filter { $0 < 128 }.count
    let differing = zip(ours.pixels, theirs.pixels).filter { abs(Int($0) - Int($1)) > 96 }.count
    #expect(dark > 2_000, "the page has text, rules and a QR code")
    #expect(differing * 1_000 < ours.pixels.count, "\(differing) of \(ours.pixels.count) differ")
  }

  @Test("the same letter gives the same bytes, so a regenerated document is recognisably the same")
  func deterministic() throws {
    #expect(
      try LetterRenderer.renderPDF([Self.letter()]) == LetterRenderer.renderPDF([Self.letter()]))
  }

  @Test("a character no installed font has prints as an empty box; the rest of the letter stays")
  func missingGlyph() throws {
    let text = try PopplerTools.text(
      of: try LetterRenderer.renderPDF([Self.letter(customer: "東京 Trading \u{E000} K.K.")]))
    #expect(text.contains("Trading"))
    #expect(text.contains("Page 1 of 1"))
  }

  @Test("a subset keeps a composite glyph's parts, renumbered, and is a valid font file")
  func compositeGlyphSubset() throws {
    let font = try #require(
      TrueTypeFont(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: Self.dejaVu)))))
    let composite = try #require(
      (1..<font.glyphCount).first { TrueTypeSubset.components(of: font.outline(of: $0)).count > 0 })
    let parts = TrueTypeSubset.components(of: font.outline(of: composite))
    let subset = TrueTypeSubset(of: font, glyphs: [composite, 36])
    let reread = try #require(TrueTypeFont(bytes: subset.bytes))
    #expect(reread.glyphCount == Set([0, composite, 36] + parts).count)
    #expect(reread.postScriptName == "Font", "the subset carries no name table; the PDF names it")
    let renumbered = try #require(subset.originalGlyphs.firstIndex(of: composite))
    let newParts = TrueTypeSubset.components(of: reread.outline(of: renumbered))
    #expect(newParts.map { subset.originalGlyphs[$0] } == parts)
    for (new, original) in subset.originalGlyphs.enumerated() {
      #expect(reread.advances[new] == font.advances[original])
      guard TrueTypeSubset.components(of: font.outline(of: original)).isEmpty else { continue }
      let stripped = TrueTypeSubset.withoutInstructions(font.outline(of: original))
      #expect(Array(reread.outline(of: new).prefix(stripped.count)) == stripped)
    }
    // "A" (glyph 36) keeps its two contours and points and loses its hinting bytecode.
    let letterA = Array(reread.outline(of: try #require(subset.originalGlyphs.firstIndex(of: 36))))
    let original = Array(font.outline(of: 36))
    #expect(letterA.prefix(14) == original.prefix(14))
    #expect(letterA[14] == 0 && letterA[15] == 0)
    #expect(original[14] != 0 || original[15] != 0, "DejaVu hints its A")
    #expect(letterA.count < original.count)
    #expect(TrueTypeSubset.checksum(subset.bytes) == 0xB1B0_AFBA)
  }

  @Test("truncated, foreign or CFF font files are refused, not read past their end")
  func hostileFontFiles() throws {
    let real = Array(try Data(contentsOf: URL(fileURLWithPath: Self.dejaVu)))
    #expect(TrueTypeFont(bytes: Array(real.prefix(2_000))) == nil)
    #expect(TrueTypeFont(bytes: Array(real.prefix(11))) == nil)
    #expect(TrueTypeFont(bytes: Array("OTTO".utf8) + real.dropFirst(4)) == nil)
    #expect(TrueTypeFont(bytes: Array("ttcf".utf8) + [0, 1, 0, 0, 0, 0, 0, 9]) == nil)
    var wrongTable = real
    wrongTable.setU32(real.count + 10, at: 12 + 8)
    #expect(TrueTypeFont(bytes: wrongTable) == nil)
  }
}

extension PDFWriterTests {
  @Test("a composite glyph naming a glyph the font does not have is cut without a crash")
  func brokenComposite() throws {
    var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.dejaVu)))
    let font = try #require(TrueTypeFont(bytes: bytes))
    let composite = try #require(
      (1..<font.glyphCount).first { TrueTypeSubset.components(of: font.outline(of: $0)).count > 0 })
    // Point its first component at glyph 65,535, far beyond the font's glyphs.
    let glyf = try #require(font.tables["glyf"])
    let at = glyf.offset + font.outlineOffsets[composite] + 10 + 2
    bytes.setU16(0xFFFF, at: at)
    let broken = try #require(TrueTypeFont(bytes: bytes))
    let subset = TrueTypeSubset(of: broken, glyphs: [composite])
    #expect(subset.originalGlyphs.allSatisfy { $0 < broken.glyphCount })
    let reread = try #require(TrueTypeFont(bytes: subset.bytes))
    let renumbered = try #require(subset.originalGlyphs.firstIndex(of: composite))
    #expect(TrueTypeSubset.components(of: reread.outline(of: renumbered)).first == 0)
  }

  @Test("print.pdf copies each letter's pages: the same picture, both letters' text, one font each")
  func combinedPrintFile() throws {
    let first = Self.letter(customer: "Ærø Ålesund Ølhandel")
    let second = Self.letter(customer: "Zürich Straße Größe")
    let renderedFirst = try LetterRenderer.render([first])
    let renderedSecond = try LetterRenderer.render([second])
    let print = try LetterRenderer.combine(
      [renderedFirst.printable, renderedSecond.printable], letters: [first, second])
    let text = try PopplerTools.text(of: print)
    #expect(text.contains("Ærø Ålesund Ølhandel") && text.contains("Zürich Straße Größe"))
    #expect(try PopplerTools.info(of: print)["Pages"] == "2")
    #expect(try PopplerTools.fonts(of: print).count == 2)
    let own = try PopplerTools.grey(of: renderedSecond.pdf, page: 1, dpi: 40)
    let copied = try PopplerTools.grey(of: print, page: 2, dpi: 40)
    #expect(own.pixels == copied.pixels)
  }

  @Test("when a letter was drawn by cairo, print.pdf draws every letter again, all of them")
  func combinedAfterFallback() throws {
    let letters = [Self.letter(customer: "Eerste B.V."), Self.letter(customer: "Tweede B.V.")]
    let print = try LetterRenderer.combine(
      [PrintablePages(pages: 1, encoded: nil), try LetterRenderer.render([letters[1]]).printable],
      letters: letters)
    let text = try PopplerTools.text(of: print)
    #expect(text.contains("Eerste B.V.") && text.contains("Tweede B.V."))
    #expect(try PopplerTools.info(of: print)["Pages"] == "2")
  }

  @Test("right-to-left text keeps its letters when copied out of the PDF")
  func rightToLeft() throws {
    var letter = Self.letter()
    letter.bodyBefore = ["Klant: שלום עולם"]
    let text = try PopplerTools.text(of: try LetterRenderer.renderPDF([letter]))
    #expect(text.contains("שלום") || text.contains(String("שלום".reversed())))
  }
}
