extension CamtReader {
  static let entryFix = "ask the bank for a corrected statement or remove the entry"

  /// Where the element being read sits: the expanded subtree's top element (`<Ntry>`, `<Bal>`,
  /// `<Acct>`) with its path, and how the thing being read is named in messages.
  struct Scope {
    let top: XMLStreamNode
    let topPath: String
    let file: String
    /// `entry 3`, `transaction 2 of entry 3 of statement 2`, `the opening balance (OPBD)`.
    let label: String
    var fix = CamtReader.entryFix

    /// The element path of a node inside the subtree.
    func path(of node: XMLStreamNode) -> String { node.path(below: top, at: topPath) }

    /// The same subtree, naming something else in messages.
    func labelled(_ label: String) -> Scope {
      Scope(top: top, topPath: topPath, file: file, label: label, fix: fix)
    }

    func error(_ code: ParseError.Code, at node: XMLStreamNode, element: String, message: String)
      -> ParseError
    {
      ParseError(code, file: file, line: node.line, element: element, message: message, fix: fix)
    }
  }

  /// The amount text and currency of an `<Amt>`, checked.
  /// - Parameters:
  ///   - amount: the `<Amt>` element, or nil when the owner has none.
  ///   - owner: the `<Ntry>`, `<TxDtls>` or `<Bal>` that should carry it.
  /// - Throws: `missingAmount`, `invalidAmount`, `missingCurrency` or `invalidCurrency`, located.
  static func money(_ amount: XMLStreamNode?, in owner: XMLStreamNode, scope: Scope)
    throws(ParseError) -> (amount: String, currency: String)
  {
    guard let amount else {
      throw scope.error(
        .missingAmount, at: owner, element: scope.path(of: owner) + "/Amt",
        message: "\(scope.label) has no amount (<Amt>)")
    }
    let text = amount.text
    guard isPlainAmount(text) else {
      throw scope.error(
        .invalidAmount, at: amount, element: scope.path(of: amount),
        message: "\(scope.label) has the amount \"\(text)\" (<\(amount.name)>), which is not a "
          + "plain amount like 1234.56")
    }
    guard let currency = amount.attribute("Ccy") else {
      throw scope.error(
        .missingCurrency, at: amount, element: scope.path(of: amount),
        message: "\(scope.label) has an amount without a currency (the Ccy of <Amt>)")
    }
    guard currency.utf8.count == 3, currency.utf8.allSatisfy({ (65...90).contains($0) }) else {
      throw scope.error(
        .invalidCurrency, at: amount, element: scope.path(of: amount),
        message: "\(scope.label) has the currency \"\(currency)\", which is not a three-letter "
          + "code like EUR")
    }
    return (text, currency)
  }

  /// `<CdtDbtInd>` of an entry or balance, checked.
  /// - Throws: `missingCreditDebit` or `invalidCreditDebit`, located.
  static func creditDebit(of owner: XMLStreamNode, scope: Scope) throws(ParseError) -> CreditDebit {
    guard let indicator = owner.child("CdtDbtInd") else {
      throw scope.error(
        .missingCreditDebit, at: owner, element: scope.path(of: owner) + "/CdtDbtInd",
        message: "\(scope.label) does not say whether it is a credit or a debit (<CdtDbtInd>)")
    }
    let text = indicator.text
    guard let value = CreditDebit(rawValue: text) else {
      throw scope.error(
        .invalidCreditDebit, at: indicator, element: scope.path(of: indicator),
        message: "\(scope.label) has <CdtDbtInd> \"\(text)\"; it must be CRDT or DBIT")
    }
    return value
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

  /// `<Dt>` or the date part of `<DtTm>` of a date choice such as `<BookgDt>`.
  static func date(_ element: XMLStreamNode?) -> String? {
    guard let element else { return nil }
    if let day = element.child("Dt")?.nonEmptyText { return day }
    return element.child("DtTm")?.nonEmptyText.map { String($0.prefix(10)) }
  }
}

extension Character {
  /// `0`…`9` only (not other Unicode digits).
  var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
