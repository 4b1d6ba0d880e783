import CLibXML2

/// An element of the subtree `XMLStreamReader.expand()` read, looked at in place (nothing is
/// copied until asked for). Valid only until the reader moves on. Names are local names.
struct XMLStreamNode {
  let node: xmlNodePtr
  /// Lines of the file that come before the document.
  let lineOffset: Int

  /// The local name.
  var name: String { node.pointee.name.map { String(cString: $0) } ?? "" }

  /// Whether the local name is `name`. Names are `StaticString`s: compared as C strings without
  /// building a Swift string (this runs for every element of every entry).
  func isNamed(_ name: StaticString) -> Bool {
    xmlStrEqual(node.pointee.name, name.utf8Start) != 0
  }

  /// The first child element with this local name.
  func child(_ name: StaticString) -> XMLStreamNode? {
    var cursor = node.pointee.children
    while let current = cursor {
      if current.pointee.type == XML_ELEMENT_NODE,
        xmlStrEqual(current.pointee.name, name.utf8Start) != 0
      {
        return XMLStreamNode(node: current, lineOffset: lineOffset)
      }
      cursor = current.pointee.next
    }
    return nil
  }

  /// All child elements with this local name, in document order.
  func children(_ name: StaticString) -> [XMLStreamNode] {
    elementChildren.filter { $0.isNamed(name) }
  }

  /// All child elements, in document order.
  var elementChildren: [XMLStreamNode] {
    var result: [XMLStreamNode] = []
    var cursor = node.pointee.children
    while let current = cursor {
      if current.pointee.type == XML_ELEMENT_NODE {
        result.append(XMLStreamNode(node: current, lineOffset: lineOffset))
      }
      cursor = current.pointee.next
    }
    return result
  }

  /// The element reached by following first children with these local names.
  func descendant(_ names: StaticString...) -> XMLStreamNode? {
    var current = self
    for name in names {
      guard let next = current.child(name) else { return nil }
      current = next
    }
    return current
  }
}
