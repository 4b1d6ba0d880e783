import CLibXML2

extension XMLStreamNode {
  /// The 1-based line of the start tag in the whole file.
  var line: Int { Self.line(of: node) + lineOffset }

  /// The line of a node in its document, beyond 65535 too. libxml2 stores an element's line in
  /// 16 bits; with `XML_PARSE_BIG_LINES` a text node keeps the real line, the one where the
  /// text ENDS, in `psvi`, and `xmlGetLineNo` answers for a far element with its first child's
  /// line. For the usual layout (`<Ntry>` then a line break) that is one line too far, so the
  /// line breaks of that first text are taken off again.
  static func line(of node: xmlNodePtr) -> Int {
    guard node.pointee.type == XML_ELEMENT_NODE, node.pointee.line == UInt16.max,
      let first = node.pointee.children
    else { return xmlGetLineNo(node) }
    if first.pointee.type == XML_ELEMENT_NODE { return line(of: first) }
    guard first.pointee.type == XML_TEXT_NODE, let stored = first.pointee.psvi else {
      return xmlGetLineNo(node)
    }
    var breaks = 0
    var cursor = first.pointee.content
    while let current = cursor, current.pointee != 0 {
      if current.pointee == 0x0A { breaks += 1 }
      cursor = current + 1
    }
    return Int(bitPattern: stored) - breaks
  }

  /// The element path of this node, given the path of `ancestor` (this node or one above it):
  /// each step carries a 1-based `[n]` only when its parent has more than one child element of
  /// that name, as `XMLElementNode.path` does.
  func path(below ancestor: XMLStreamNode, at ancestorPath: String) -> String {
    var steps: [String] = []
    var current = node
    while current != ancestor.node, let parent = current.pointee.parent {
      steps.append(Self.step(current, in: parent))
      current = parent
    }
    return ([ancestorPath] + steps.reversed()).joined(separator: "/")
  }

  /// `Name` or `Name[n]` for `node` among its parent's children.
  private static func step(_ node: xmlNodePtr, in parent: xmlNodePtr) -> String {
    var index = 0
    var total = 0
    var cursor = parent.pointee.children
    while let current = cursor {
      if current.pointee.type == XML_ELEMENT_NODE,
        xmlStrEqual(current.pointee.name, node.pointee.name) != 0
      {
        total += 1
        if current == node { index = total }
      }
      cursor = current.pointee.next
    }
    let name = node.pointee.name.map { String(cString: $0) } ?? ""
    return total > 1 ? "\(name)[\(index)]" : name
  }
}
