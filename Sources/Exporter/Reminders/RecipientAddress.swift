import Receivables

/// The recipient block in the envelope window: the name, the street, the postcode where the
/// destination country writes it, and a foreign country's name in capitals on the last line
/// (UPU: in the sender's language or in English).
struct RecipientAddress {
  let customer: Customer
  let creditor: Creditor
  let language: Language

  var lines: [String] {
    guard let address = customer.address else { return [customer.name] }
    let country = address.countryCode?.uppercased()
    var lines = [customer.name, address.street]
    switch country {
    case "GB", "IE":
      // British and Irish addresses: the town, then the postcode on its own line.
      lines += [address.city, address.postalCode]
    default:
      lines.append(
        [address.postalCode, address.city].filter { !$0.isEmpty }.joined(separator: " "))
    }
    if let country, country != creditor.countryCode.uppercased() {
      lines.append(CountryName.of(country, in: language).uppercased())
    }
    return lines.filter { !$0.isEmpty }
  }
}
