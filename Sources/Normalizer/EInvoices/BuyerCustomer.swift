import Parsers
import Receivables

/// The customer an e-invoice is addressed to: its number chosen by the mapping's order of
/// buyer identifiers, its name, e-mail and postal address from the buyer party (BG-7, BG-8, BG-9).
struct BuyerCustomer {
  let buyer: EInvoiceParty
  let settings: EInvoiceSettings

  /// - Throws: `EInvoiceProblem` when the buyer has none of the identifiers the mapping allows.
  func customer(rootLine: Int) throws(EInvoiceProblem) -> (customer: Customer, basis: String) {
    guard let (id, basis) = chosenID() else {
      throw EInvoiceProblem(
        "the invoice names no buyer that can be a customer (none of \(settings.customerID.map(\.rawValue).joined(separator: ", ")))",
        element: nil, line: rootLine,
        fix:
          "ask the sender for an invoice with the buyer's name and identifiers (BG-7); a simplified point-of-sale invoice is not a receivable"
      )
    }
    var customer = Customer(id: id, name: buyer.name?.text ?? id)
    customer.email = buyer.contactEmail?.text
    if let city = buyer.city?.text {
      customer.address = PostalAddress(
        street: buyer.addressLines.map(\.text).joined(separator: ", "),
        postalCode: buyer.postalCode?.text ?? "", city: city,
        countryCode: buyer.countryCode?.text)
    }
    return (customer, basis)
  }

  private func chosenID() -> (String, String)? {
    for identity in settings.customerID {
      switch identity {
      case .buyerIdentifier:
        if let value = buyer.identifier?.text { return (value, "buyer identifier (BT-46)") }
      case .buyerVAT:
        if let value = buyer.vatID?.text { return (value, "buyer VAT identifier (BT-48)") }
      case .buyerLegalID:
        if let value = buyer.legalID?.text { return (value, "buyer legal registration (BT-47)") }
      case .buyerAddress:
        if let value = buyer.electronicAddress {
          let id = value.qualifier.map { "\($0):\(value.text)" } ?? value.text
          return (id, "buyer electronic address (BT-49)")
        }
      case .buyerName:
        if let value = buyer.name?.text { return (value, "buyer name (BT-44)") }
      }
    }
    return nil
  }
}
