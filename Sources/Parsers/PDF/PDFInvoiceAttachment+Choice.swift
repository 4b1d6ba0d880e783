extension PDFInvoiceAttachment {
  /// The names under which hybrid PDFs embed the invoice XML, in order of precedence (compared
  /// without regard to case): Factur-X and ZUGFeRD 2.1+ use `factur-x.xml`, ZUGFeRD 2.0
  /// `zugferd-invoice.xml`, ZUGFeRD 1.0 `ZUGFeRD-invoice.xml`, XRechnung `xrechnung.xml`.
  static let invoiceFileNames = ["factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml"]

  /// Which of the embedded files is the invoice (its index in `files`), with notes on the
  /// choice.
  /// - Throws: `ParseError` `noInvoiceInPDF` when none has an invoice name,
  ///   `ambiguousInvoiceInPDF` when two files share the name that would be read.
  static func invoiceChoice(in files: [PDFEmbeddedFile], file: String) throws(ParseError)
    -> (index: Int, notes: [String])
  {
    let ranks = files.map { invoiceFileNames.firstIndex(of: asciiLowercased($0.name)) }
    guard let bestRank = ranks.compactMap({ $0 }).min(),
      let best = ranks.firstIndex(of: bestRank)
    else { throw noInvoice(files, file: file) }
    let candidates = files.indices.filter { ranks[$0] != nil }
    let twins = files.indices.filter { ranks[$0] == bestRank }
    if twins.count > 1 {
      throw ParseError(
        .ambiguousInvoiceInPDF, file: file,
        message: "the PDF carries \(twins.count) files named \(printable(files[best].name)), "
          + "so arflow cannot tell which one is the invoice",
        fix: "ask the sender for a corrected PDF with one invoice XML in it, or for the XML "
          + "on its own")
    }
    var notes: [String] = []
    if candidates.count > 1 {
      let names = candidates.map { printable(files[$0].name) }
      notes.append(
        "the PDF carries \(list(names)); arflow read \(printable(files[best].name)) "
          + "(factur-x.xml comes before zugferd-invoice.xml and xrechnung.xml)")
    }
    let others = files.indices.filter { ranks[$0] == nil }.map { files[$0].name }
    if !others.isEmpty {
      notes.append("the PDF also carries files arflow did not read: \(listing(others))")
    }
    return (best, notes)
  }

  /// The name with A–Z lowered and nothing else changed (no Unicode case folding).
  private static func asciiLowercased(_ name: String) -> String {
    String(
      decoding: name.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
  }

  /// The refusal for a PDF without an invoice XML, naming the files it does carry.
  private static func noInvoice(_ files: [PDFEmbeddedFile], file: String) -> ParseError {
    var message =
      "this PDF carries no e-invoice data (no factur-x.xml, zugferd-invoice.xml or "
      + "xrechnung.xml inside)"
    var fix =
      "ask the sender for the Factur-X/ZUGFeRD/XRechnung version of the invoice or its XML"
    if files.isEmpty {
      message += "; it has no embedded files at all"
    } else {
      message += "; the files it carries are: \(listing(files.map(\.name)))"
      if files.contains(where: { asciiLowercased($0.name).hasSuffix(".xml") }) {
        fix +=
          ". If one of the XML files it carries is the invoice, save it from the PDF and "
          + "put it in the inbox on its own"
      }
    }
    return ParseError(.noInvoiceInPDF, file: file, message: message, fix: fix)
  }

  /// Up to ten names, printable, then how many more there are.
  private static func listing(_ names: [String]) -> String {
    let shown = names.prefix(10).map { printable($0) }
    let more = names.count > shown.count ? ["\(names.count - shown.count) more"] : []
    return list(shown + more)
  }

  /// `a`, `a and b`, `a, b and c`.
  private static func list(_ items: [String]) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + last
  }
}
