import CLibXML2

/// Copies a libxml2 element tree into immutable `XMLElementNode` values.
enum XMLTreeBuilder {
  /// The Swift copy of `node` and everything below it.
  /// - Parameters:
  ///   - node: a libxml2 element node.
  ///   - path: the element path already computed for `node`.
  ///   - lineOffset: lines to add to libxml2's line numbers (for a document that started
  ///     further down in the file).
  static func element(_ node: xmlNodePtr, path: String, lineOffset: Int) -> XMLElementNode {
    let elements = childElements(of: node)
    var totals: [String: Int] = [:]
    for child in elements { totals[name(of: child), default: 0] += 1 }
    var seen: [String: Int] = [:]
    var children: [XMLElementNode] = []
    children.reserveCapacity(elements.count)
    for child in elements {
      let childName = name(of: child)
      seen[childName, default: 0] += 1
      let index = totals[childName, default: 0] > 1 ? "[\(seen[childName, default: 0])]" : ""
      children.append(element(child, path: path + "/" + childName + index, lineOffset: lineOffset))
    }
    return XMLElementNode(
      name: name(of: node),
      namespace: node.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } },
      attributes: attributes(of: node),
      text: ownText(of: node),
      children: children,
      line: arflow_xml_line(node) + lineOffset,
      path: path)
  }

  /// The local name of a node.
  static func name(of node: xmlNodePtr) -> String {
    node.pointee.name.map { String(cString: $0) } ?? ""
  }

  private static func childElements(of node: xmlNodePtr) -> [xmlNodePtr] {
    var result: [xmlNodePtr] = []
    var cursor = node.pointee.children
    while let current = cursor {
      if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
      cursor = current.pointee.next
    }
    return result
  }

  /// The text and CDATA children joined and trimmed. Whitespace-only children are checked by
  /// libxml2 (`xmlIsBlankNode`) and copied only when more text follows them, so megabytes of
  /// indentation between child elements cost no Swift string work.
  private static func ownText(of node: xmlNodePtr) -> String {
    var text = ""
    var pendingBlanks: [xmlNodePtr] = []
    var cursor = node.pointee.children
    while let current = cursor {
      let type = current.pointee.type
      if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE,
        let content = current.pointee.content
      {
        if xmlIsBlankNode(current) != 0 {
          if !text.isEmpty { pendingBlanks.append(current) }
        } else {
          for blank in pendingBlanks {
            if let blankContent = blank.pointee.content { text += String(cString: blankContent) }
          }
          pendingBlanks.removeAll()
          text += String(cString: content)
        }
      }
      cursor = current.pointee.next
    }
    return text.trimmingXMLWhitespace()
  }

  private static func attributes(of node: xmlNodePtr) -> [String: String] {
    var result: [String: String] = [:]
    var cursor = node.pointee.properties
    while let attribute = cursor {
      let key = attribute.pointee.name.map { String(cString: $0) } ?? ""
      var value = ""
      var part = attribute.pointee.children
      while let current = part {
        if let content = current.pointee.content { value += String(cString: content) }
        part = current.pointee.next
      }
      result[key] = value
      cursor = attribute.pointee.next
    }
    return result
  }
}

extension String {
  /// The string without leading and trailing XML whitespace (space, tab, CR, LF), found on the
  /// UTF-8 bytes (no Character work, so megabytes of padding are cheap).
  func trimmingXMLWhitespace() -> String {
    let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    let bytes = utf8
    guard let first = bytes.firstIndex(where: { !isSpace($0) }),
      let last = bytes.lastIndex(where: { !isSpace($0) })
    else { return "" }
    if first == bytes.startIndex, bytes.index(after: last) == bytes.endIndex { return self }
    return String(decoding: bytes[first...last], as: UTF8.self)
  }
}
