extension CamtReader {
  static let entryFix = "ask the bank for a corrected statement or remove the entry"

  /// The amount text and currency of an `<Amt>`, checked.
  /// - Parameters:
  ///   - amount: the `<Amt>` element, or nil when the owner has none.
  ///   - owner: the `<Ntry>` or `<TxDtls>` that should carry it.
  ///   - label: how the owner is named in messages.
  static func money(
    _ amount: XMLElementNode?, in owner: XMLElementNode, label: String, file: String
  ) throws(ParseError) -> (amount: String, currency: String) {
    guard let amount else {
      throw entryError(
        .missingAmount, at: owner, element: owner.path + "/Amt", file: file,
        message: "\(label) has no amount (<Amt>)")
    }
    guard isPlainAmount(amount.text) else {
      throw entryError(
        .invalidAmount, at: amount, element: amount.path, file: file,
        message: "\(label) has the amount \"\(amount.text)\" (<Amt>), which is not a plain "
          + "amount like 1234.56")
    }
    guard let currency = amount.attributes["Ccy"] else {
      throw entryError(
        .missingCurrency, at: amount, element: amount.path, file: file,
        message: "\(label) has an amount without a currency (the Ccy of <Amt>)")
    }
    guard currency.utf8.count == 3, currency.utf8.allSatisfy({ (65...90).contains($0) }) else {
      throw entryError(
        .invalidCurrency, at: amount, element: amount.path, file: file,
        message: "\(label) has the currency \"\(currency)\", which is not a three-letter code "
          + "like EUR")
    }
    return (amount.text, currency)
  }

  /// `^[0-9]+(\.[0-9]{1,5})?$`: the camt amount format (no sign, no thousands separator).
  static func isPlainAmount(_ text: String) -> Bool {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit),
      parts.count <= 2
    else { return false }
    guard parts.count == 2 else { return true }
    let fraction = parts[1]
    return (1...5).contains(fraction.count) && fraction.allSatisfy(\.isASCIIDigit)
  }

  static func entryError(
    _ code: ParseError.Code, at node: XMLElementNode, element: String, file: String,
    message: String
  ) -> ParseError {
    ParseError(
      code, file: file, line: node.line, element: element, message: message, fix: entryFix)
  }
}

extension Character {
  /// `0`…`9` only (not other Unicode digits).
  var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension XMLElementNode {
  /// The text, or nil when it is empty.
  var nonEmptyText: String? { text.isEmpty ? nil : text }
}
