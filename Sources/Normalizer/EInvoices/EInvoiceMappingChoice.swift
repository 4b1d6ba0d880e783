public import Parsers

/// Picks the e-invoice mapping for a document: one naming the document's specification or
/// seller wins over one that only matches the file name.
public enum EInvoiceMappingChoice {
  /// - Returns: the mapping, or nil when no e-invoice mapping matches.
  public static func choose(
    for document: EInvoiceDocument, fileName: String, among mappings: [SourceMapping]
  ) -> SourceMapping? {
    var best: (mapping: SourceMapping, score: Int)?
    for mapping in mappings where mapping.kind == .eInvoices {
      let settings = mapping.eInvoices
      guard mapping.recognise.fileNames.contains(where: { Glob($0).matches(fileName) }) else {
        continue
      }
      var score = 0
      if !settings.specifications.isEmpty {
        let specification = document.specification?.text ?? ""
        guard settings.specifications.contains(where: { specification.hasPrefix($0) }) else {
          continue
        }
        score += 2
      }
      if !settings.sellers.isEmpty {
        let seller = [document.seller.vatID?.text, document.seller.identifier?.text]
        guard settings.sellers.contains(where: { seller.contains($0) }) else { continue }
        score += 4
      }
      if score > best?.score ?? -1 { best = (mapping, score) }
    }
    return best?.mapping
  }

  /// "UBL Invoice, specification urn:cen.eu:en16931:2017#…": what the reader recognised.
  static func describe(_ document: EInvoiceDocument) -> String {
    var text = document.syntax == .ubl ? "UBL \(document.rootName)" : "CII CrossIndustryInvoice"
    if let specification = document.specification?.text {
      text += ", specification \(specification)"
    }
    if document.envelope != nil { text += ", in a Peppol SBDH envelope" }
    return text
  }
}
