import Parsers
import Receivables

/// The structured payment reference of an e-invoice (BT-83), when it follows a scheme: RF,
/// Belgian OGM, Dutch betalingskenmerk, Swiss QR by their shape; a Norwegian KID or a Finnish
/// reference when the seller is in Norway or Finland.
struct EInvoiceReference {
  let document: EInvoiceDocument

  func structured() -> PaymentReference? {
    guard let text = document.paymentMeans.lazy.compactMap(\.paymentReference).first?.text
    else { return nil }
    let national: PaymentReference.Scheme? =
      switch document.seller.countryCode?.text.uppercased() {
      case "NO": .norwegianKID
      case "FI": .finnish
      default: nil
      }
    if let national, let reference = try? PaymentReference(text, scheme: national) {
      return reference
    }
    return try? PaymentReference(recognising: text)
  }
}
