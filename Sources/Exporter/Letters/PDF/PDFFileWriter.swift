import Foundation
import Receivables

/// Writes encoded pages as one PDF file: a page tree, each font once as a Type 0 font over a
/// TrueType subset of just the glyphs the file uses (`Identity-H`, a `CIDToGIDMap` from the
/// original glyph ids the pages name to the subset's, widths and a `ToUnicode` map so text can be
/// searched and copied), and the document title. No dates are written: the same pages give the
/// same bytes.
enum PDFFileWriter {
  /// The PDF of `pages`, in order.
  static func write(_ pages: [EncodedPage], title: String) -> Data {
    var fonts: [EncodedPage.FontUse] = []
    var fontIndex: [String: Int] = [:]
    for page in pages {
      for use in page.fonts {
        if let index = fontIndex[use.font.resourceName] {
          fonts[index].glyphs.merge(use.glyphs) { $0.isEmpty ? $1 : $0 }
        } else {
          fontIndex[use.font.resourceName] = fonts.count
          fonts.append(use)
        }
      }
    }
    let firstFont = 4
    let firstPage = firstFont + 6 * fonts.count
    var pdf = PDFBytes(capacity: 64 * 1024)
    var offsets: [Int] = []
    func begin(_ object: Int) {
      offsets.append(pdf.count)
      pdf.append("\(object) 0 obj\n")
    }
    pdf.append("%PDF-1.4\n%")
    pdf.append([0xE2, 0xE3, 0xCF, 0xD3])
    pdf.append("\n")
    begin(1)
    pdf.append("<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
    begin(2)
    let kids = pages.indices.map { "\(firstPage + 2 * $0) 0 R" }.joined(separator: " ")
    pdf.append("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>\nendobj\n")
    begin(3)
    pdf.append("<< /Title ")
    pdf.textString(title)
    pdf.append(" /Creator (arflow) /Producer (arflow) >>\nendobj\n")
    for (index, use) in fonts.enumerated() {
      let objects = PDFFontObjects(use: use, firstObject: firstFont + 6 * index)
      for (offset, body) in objects.bodies.enumerated() {
        begin(firstFont + 6 * index + offset)
        pdf.append(body)
        pdf.append("\nendobj\n")
      }
    }
    for (index, page) in pages.enumerated() {
      let object = firstPage + 2 * index
      let fontEntries = page.fonts.map {
        "/\($0.font.resourceName) \(firstFont + 6 * (fontIndex[$0.font.resourceName] ?? 0)) 0 R"
      }
      begin(object)
      pdf.append(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(LetterCanvas.pageWidth) "
          + "\(LetterCanvas.pageHeight)] /Resources << /Font << "
          + fontEntries.joined(separator: " ") + " "
          + ">> /ProcSet [/PDF /Text] >> /Contents \(object + 1) 0 R >>\nendobj\n")
      begin(object + 1)
      pdf.stream(page.content, entries: "/Filter /FlateDecode ")
      pdf.append("\nendobj\n")
    }
    let table = pdf.count
    pdf.append("xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n")
    for offset in offsets {
      let digits = String(offset)
      pdf.append(String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n")
    }
    let id = identifier(pages, title: title)
    pdf.append(
      "trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R /Info 3 0 R /ID [<\(id)> <\(id)>] >>\n"
        + "startxref\n\(table)\n%%EOF\n")
    return Data(pdf.bytes)
  }

  /// The file identifier: a hash of the title and every page's content, so different files
  /// differ and the same file keeps its identifier.
  private static func identifier(_ pages: [EncodedPage], title: String) -> String {
    let content = pages.reduce(StableHash.start) {
      StableHash.value(of: $1.content, continuing: $0)
    }
    return StableHash.hex(of: title) + StableHash.hex(content)
  }
}
