/// An element of a parsed XML document: name, namespace, attributes, text, children and line.
public struct XMLElementNode: Sendable {
  /// The local name, without prefix.
  public let name: String
  /// The namespace URI, if the element is in one.
  public let namespace: String?
  /// Attribute values keyed by local name (a prefixed attribute such as `xsi:schemaLocation` is
  /// keyed `schemaLocation`).
  public let attributes: [String: String]
  /// The element's own text (text and CDATA children joined), trimmed of surrounding whitespace.
  public let text: String
  /// The child elements in document order.
  public let children: [XMLElementNode]
  /// The 1-based line of the start tag in the file.
  public let line: Int
  /// An XPath-like location such as `/Document/BkToCstmrStmt/Stmt/Ntry[3]`.
  ///
  /// A step carries a 1-based `[n]` only when the parent has more than one child element of that
  /// name, so each path selects exactly one element.
  public let path: String

  /// The first child element with this local name.
  public func child(_ name: String) -> XMLElementNode? {
    children.first { $0.name == name }
  }

  /// All child elements with this local name, in document order.
  public func children(_ name: String) -> [XMLElementNode] {
    children.filter { $0.name == name }
  }

  /// The element reached by following first children with these local names, e.g.
  /// `descendant("Acct", "Id", "IBAN")`.
  public func descendant(_ names: String...) -> XMLElementNode? {
    descendant(names)
  }

  /// The element reached by following first children with these local names.
  func descendant(_ names: [String]) -> XMLElementNode? {
    var current = self
    for name in names {
      guard let next = current.child(name) else { return nil }
      current = next
    }
    return current
  }
}
