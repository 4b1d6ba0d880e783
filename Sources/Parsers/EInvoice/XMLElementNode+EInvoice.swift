extension XMLElementNode {
  /// The first child element with this local name in this namespace.
  func child(_ name: String, in namespace: String) -> XMLElementNode? {
    children.first { $0.name == name && $0.namespace == namespace }
  }

  /// All child elements with this local name in this namespace, in document order.
  func children(_ name: String, in namespace: String) -> [XMLElementNode] {
    children.filter { $0.name == name && $0.namespace == namespace }
  }

  /// The first UBL `cbc:` (CommonBasicComponents) child with this local name.
  func cbc(_ name: String) -> XMLElementNode? { child(name, in: EInvoiceNamespace.ublBasic) }

  /// The first UBL `cac:` (CommonAggregateComponents) child with this local name.
  func cac(_ name: String) -> XMLElementNode? { child(name, in: EInvoiceNamespace.ublAggregate) }

  /// All UBL `cac:` children with this local name.
  func allCac(_ name: String) -> [XMLElementNode] {
    children(name, in: EInvoiceNamespace.ublAggregate)
  }

  /// The first CII `ram:` child with this local name.
  func ram(_ name: String) -> XMLElementNode? { child(name, in: EInvoiceNamespace.ciiAggregate) }

  /// All CII `ram:` children with this local name.
  func allRam(_ name: String) -> [XMLElementNode] {
    children(name, in: EInvoiceNamespace.ciiAggregate)
  }

  /// The CII `udt:DateTimeString` of a date element such as `ram:IssueDateTime`.
  var dateTimeString: XMLElementNode? {
    child("DateTimeString", in: EInvoiceNamespace.ciiDataType)
  }
}
