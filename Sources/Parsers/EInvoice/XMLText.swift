/// A value as an XML document wrote it, with the element it came from.
///
/// Parsers hand over text; the Normalizer decides what it means (a date, an amount) and cites
/// `path` and `line` when it cannot.
public struct XMLText: Sendable, Hashable {
  /// The element's text, trimmed of surrounding whitespace.
  public var text: String
  /// The attribute that qualifies the value: `currencyID` of an amount, `format` of a CII date,
  /// `schemeID` of an identifier; nil when the element has none.
  public var qualifier: String?
  /// An XPath-like location of local names, e.g. `/Invoice/LegalMonetaryTotal/PayableAmount`.
  public var path: String
  /// The 1-based line of the element in the file.
  public var line: Int

  public init(text: String, qualifier: String? = nil, path: String, line: Int) {
    self.text = text
    self.qualifier = qualifier
    self.path = path
    self.line = line
  }
}
