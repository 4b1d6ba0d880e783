public import Receivables

extension Customer {
  /// Whether an e-mail can reach the customer.
  public var hasEmail: Bool {
    email.map { $0.contains("@") } ?? false
  }

  /// Whether a letter can reach the customer: a street and a postcode or town.
  public var hasPostalAddress: Bool {
    guard let address else { return false }
    return !address.street.isEmpty && !(address.postalCode.isEmpty && address.city.isEmpty)
  }
}
