extension XMLText {
  /// The element's text, located, with the named attribute as qualifier; nil when there is no
  /// element or its text is empty.
  /// - Parameters:
  ///   - element: the element that holds the value.
  ///   - attribute: the qualifying attribute's local name, e.g. `currencyID` or `schemeID`.
  init?(_ element: XMLElementNode?, qualifier attribute: String? = nil) {
    guard let element, !element.text.isEmpty else { return nil }
    self.init(
      text: element.text,
      qualifier: attribute.flatMap { element.attributes[$0] },
      path: element.path,
      line: element.line)
  }
}

extension Optional where Wrapped == XMLText {
  /// Keeps the first value: fills the field only while it is still empty.
  mutating func fillOnce(_ element: XMLElementNode?, qualifier attribute: String? = nil) {
    if self == nil { self = XMLText(element, qualifier: attribute) }
  }
}
