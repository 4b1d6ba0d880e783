extension CODAMovement {
  /// The movement as one payment: its communication, counterparty and references.
  /// - Parameter amount: the detail's own amount, for a detail of a globalised movement.
  func transaction(amount: String?, currency: String) -> BankTransactionDetail {
    var detail = BankTransactionDetail(line: line, path: path)
    detail.amount = amount
    detail.currency = amount == nil ? nil : currency
    detail.bankReference = bankReference
    detail.counterpartyAccount = counterpartyAccount
    detail.counterpartyBankID = counterpartyBIC
    detail.counterpartyName =
      counterpartyName ?? information.lazy.compactMap(\.counterpartyName).first
    detail.returnReason = returnReason
    if let reference = customerReference, reference != "NOTPROVIDED" {
      detail.endToEndID = reference
    }
    readCommunication(into: &detail)
    detail.remittance += information.filter { $0.type == nil }.compactMap(\.readable)
    return detail
  }

  /// What the movement says, one line per part, for the entry's `information`.
  var readableTexts: [String] {
    let body = communication.collapsingSpaces
    let own = communicationType.map { body.isEmpty ? nil : "\($0) \(body)" } ?? body.nilIfEmpty
    return ([own] + information.map(\.readable)).compactMap { $0 }
  }

  private func readCommunication(into detail: inout BankTransactionDetail) {
    let characters = Array(communication)
    func field(_ range: Range<Int>) -> String? {
      guard range.lowerBound < characters.count else { return nil }
      let upper = min(range.upperBound, characters.count)
      return String(characters[range.lowerBound..<upper]).collapsingSpaces.nilIfEmpty
    }
    switch communicationType {
    case nil:
      if let text = communication.collapsingSpaces.nilIfEmpty { detail.remittance.append(text) }
    case "101", "102":
      // Belgian structured creditor reference (OGM/VCS): 10 digits and a mod-97 check pair.
      let reference = String(characters.prefix(12))
      if reference.count == 12, reference.allSatisfy(\.isASCIIDigit) {
        detail.structuredReferences.append(reference)
        detail.referenceType = "BBA"
      } else if let text = field(0..<characters.count) {
        detail.remittance.append(text)
      }
    case "127":
      // SEPA direct debit: settlement date 6, type 1, scheme 1, paid/refused 1, creditor id 35,
      // mandate 35, communication 62, R-transaction type 1, reason 4.
      detail.mandateID = field(44..<79)
      if let text = field(79..<141) { detail.remittance.append(text) }
      if field(141..<142) != nil, let reason = field(142..<146) { detail.returnReason = reason }
    default:
      break  // other structured types (bank details, VAT…) stay in the entry's information
    }
  }
}
