import Parsers
import Receivables

/// What an e-invoice says about where it came from and how it is paid, kept with the item:
/// envelope sender and receiver, seller, specification, payment means, mandate, references.
struct EInvoiceProvenance {
  let document: EInvoiceDocument

  func entries(customerBasis: String, totals: EInvoiceTotalsRead) -> [String: String] {
    var entries: [String: String] = [
      "syntax": document.syntax == .ubl ? "UBL \(document.rootName)" : "CII",
      "customer number": customerBasis,
    ]
    func put(_ key: String, _ value: XMLText?) {
      if let value, !value.text.isEmpty { entries[key] = value.text }
    }
    put("envelope sender", document.envelope?.sender)
    put("envelope receiver", document.envelope?.receiver)
    put("envelope instance", document.envelope?.instanceID)
    put("specification (BT-24)", document.specification)
    put("business process (BT-23)", document.businessProcess)
    put("buyer reference (BT-10)", document.buyerReference)
    put("order reference (BT-13)", document.orderReference)
    put("seller (BT-27)", document.seller.name)
    put("seller VAT (BT-31)", document.seller.vatID)
    put("creditor identifier (BT-90)", document.creditorID)
    if !document.paymentTerms.isEmpty {
      entries["payment terms (BT-20)"] = document.paymentTerms.map(\.text).joined(separator: " / ")
    }
    if let means = document.paymentMeans.first {
      put("payment means (BT-81)", means.code)
      put("seller account (BT-84)", means.accountID)
      put("mandate (BT-89)", means.mandateID)
    }
    if let prepaid = totals.prepaid, !prepaid.isZero {
      entries["prepaid (BT-113)"] = prepaid.decimalString
    }
    return entries
  }
}
