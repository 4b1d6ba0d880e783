extension PaymentReference {
  /// The print form, as it goes on an invoice or payment slip.
  ///
  /// - RF: groups of 4 from the left, "RF18 5390 0754 7034".
  /// - Belgian: "+++123/4567/89002+++".
  /// - Dutch: groups of 4 from the right, "5000 0567 8901 2345", "12 2345 3462 2567".
  /// - Finnish: groups of 5 from the right, "12 34561".
  /// - Norwegian KID: as is, "12345678903".
  /// - Swiss QR: 2 and then groups of 5, "21 00000 00003 13947 14300 09017".
  public var formatted: String {
    switch scheme {
    case .creditorReference:
      Self.grouped(value, by: 4, fromTheRight: false)
    case .belgianStructured:
      "+++\(value.prefix(3))/\(value.dropFirst(3).prefix(4))/\(value.suffix(5))+++"
    case .dutchPaymentFeature:
      Self.grouped(value, by: 4, fromTheRight: true)
    case .finnish:
      Self.grouped(value, by: 5, fromTheRight: true)
    case .norwegianKID:
      value
    case .swissQR:
      "\(value.prefix(2)) \(Self.grouped(value.dropFirst(2), by: 5, fromTheRight: false))"
    }
  }

  /// `text` in groups of `size` separated by single spaces; the short group, if any, comes last
  /// when grouping from the left and first when grouping from the right.
  static func grouped(_ text: some StringProtocol, by size: Int, fromTheRight: Bool) -> String {
    let characters = Array(text)
    var first = fromTheRight ? characters.count % size : size
    if first == 0 { first = size }
    var groups = [String(characters.prefix(first))]
    var start = first
    while start < characters.count {
      groups.append(String(characters[start..<min(start + size, characters.count)]))
      start += size
    }
    return groups.joined(separator: " ")
  }
}
