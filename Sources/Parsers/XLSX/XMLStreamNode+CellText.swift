import CLibXML2

extension XMLStreamNode {
  /// The text of a shared string `<si>` or an inline string `<is>`: its own `<t>`, or the `<t>`
  /// of each rich-text run `<r>` joined; phonetic guides (`<rPh>`) are left out. Each `<t>`
  /// keeps its whitespace under `xml:space="preserve"` and loses it at both ends otherwise,
  /// as Excel reads it, and `_xHHHH_` escapes become the characters they stand for.
  var cellText: String {
    var result = ""
    for child in elementChildren {
      if child.isNamed("t") {
        result += child.spreadsheetText
      } else if child.isNamed("r"), let run = child.child("t") {
        result += run.spreadsheetText
      }
    }
    return XLSXEscapes.decoded(result)
  }

  /// A `<t>`'s text, kept whole under `xml:space="preserve"` and trimmed otherwise.
  var spreadsheetText: String {
    attribute("space") == "preserve" ? rawText : text
  }

  /// The element's own text and CDATA children joined exactly as written (not trimmed).
  var rawText: String {
    var result = ""
    var cursor = node.pointee.children
    while let current = cursor {
      let type = current.pointee.type
      if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE,
        let content = current.pointee.content
      {
        result += String(cString: content)
      }
      cursor = current.pointee.next
    }
    return result
  }
}
