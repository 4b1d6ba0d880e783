extension PDFInvoiceAttachment {
  private static let resendFix =
    "ask the sender to send the invoice again; if it opens in a PDF viewer, ask for its "
    + "e-invoice XML (Factur-X, ZUGFeRD or XRechnung) instead"

  /// An `unreadablePDF` refusal with the usual fix.
  static func unreadable(file: String, _ message: String) -> ParseError {
    ParseError(.unreadablePDF, file: file, message: message, fix: resendFix)
  }

  /// The refusal for a PDF poppler could not open, with poppler's reason.
  static func openingRefusal(_ failure: OpenedPDF.Failure, file: String, warnings: [String])
    -> ParseError
  {
    switch failure {
    case .needsPassword:
      return ParseError(
        .unreadablePDF, file: file,
        message: "the PDF is protected with a password, so arflow cannot read the invoice "
          + "data inside it (an e-invoice PDF/A-3 must not be encrypted)",
        fix: "ask the sender for the invoice without password protection, or for its XML")
    case .damaged(let reason):
      let said = [reason.isEmpty ? nil : reason, warnings.first].compactMap { $0 }
      let detail = said.isEmpty ? "" : " (the PDF reader says: \(said.joined(separator: "; ")))"
      return unreadable(file: file, "the PDF is damaged and cannot be opened\(detail)")
    }
  }

  /// The refusal for an invoice XML over the limit, declared (`readSoFar` nil) or counted.
  static func tooLarge(
    _ attachment: PDFEmbeddedFile, file: String, limit: Int, readSoFar: Int?
  ) -> ParseError {
    let name = printable(attachment.name)
    let how: String
    if let readSoFar {
      how = "holds more than \(size(limit)) (arflow stopped reading after \(readSoFar) bytes)"
    } else {
      how = "declares a size of \(size(attachment.declaredSize ?? 0))"
    }
    return ParseError(
      .attachmentTooLarge, file: file,
      message: "the embedded \(name) \(how); an invoice XML may have at most \(size(limit)), "
        + "so arflow did not read it",
      fix: "ask the sender for the invoice XML on its own; an e-invoice this large usually "
        + "means the PDF is damaged or not what it claims to be")
  }

  /// Text from the PDF made safe for a message: control characters replaced, length capped.
  static func printable(_ text: String, maximumLength: Int = 80) -> String {
    let scalars = text.unicodeScalars.map { scalar in
      scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
        ? "\u{FFFD}" : Character(scalar)
    }
    let flat = String(scalars)
    guard flat.count > maximumLength else { return flat }
    return flat.prefix(maximumLength) + "…"
  }

  /// `4096 bytes`, `20 MiB`, `0.5 MiB`.
  private static func size(_ bytes: Int) -> String {
    guard bytes >= 1_048_576 else { return "\(bytes) bytes" }
    let tenths = (Double(bytes) / 104_857.6).rounded()
    return tenths.truncatingRemainder(dividingBy: 10) == 0
      ? "\(Int(tenths / 10)) MiB" : "\(tenths / 10) MiB"
  }
}
