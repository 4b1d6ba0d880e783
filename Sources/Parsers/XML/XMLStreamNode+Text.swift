import CLibXML2

extension XMLStreamNode {
  /// The element's own text (its text and CDATA children), trimmed of XML whitespace.
  var text: String {
    var only: UnsafeMutablePointer<xmlChar>?
    var parts = 0
    var cursor = node.pointee.children
    while let current = cursor {
      let type = current.pointee.type
      if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE,
        let content = current.pointee.content
      {
        only = parts == 0 ? content : nil
        parts += 1
      }
      cursor = current.pointee.next
    }
    if parts == 1, let only { return Self.trimmed(only) }
    return parts == 0 ? "" : joinedText
  }

  /// Several text children (text around a comment, CDATA next to text) joined, then trimmed.
  private var joinedText: String {
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
    return result.trimmingXMLWhitespace()
  }

  /// A C string without leading and trailing XML whitespace, made a Swift string once.
  private static func trimmed(_ text: UnsafeMutablePointer<xmlChar>) -> String {
    let bytes = UnsafeBufferPointer(start: text, count: strlen(text))
    let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    guard let first = bytes.firstIndex(where: { !isSpace($0) }),
      let last = bytes.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(decoding: bytes[first...last], as: UTF8.self)
  }

  /// The own text, or nil when it is empty.
  var nonEmptyText: String? {
    let value = text
    return value.isEmpty ? nil : value
  }

  /// The value of the attribute with this local name (`Ccy`), if present.
  func attribute(_ name: StaticString) -> String? {
    var cursor = node.pointee.properties
    while let attribute = cursor {
      if xmlStrEqual(attribute.pointee.name, name.utf8Start) != 0 {
        var value = ""
        var part = attribute.pointee.children
        while let current = part {
          if let content = current.pointee.content { value += String(cString: content) }
          part = current.pointee.next
        }
        return value
      }
      cursor = attribute.pointee.next
    }
    return nil
  }
}
