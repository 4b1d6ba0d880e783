/// A postal address as printed in a letter window.
public struct PostalAddress: Hashable, Sendable, Codable {
  public var street: String
  public var postalCode: String
  public var city: String
  /// ISO 3166 alpha-2 country code, "NL"; nil when domestic or unknown.
  public var countryCode: String?

  public init(street: String, postalCode: String, city: String, countryCode: String? = nil) {
    self.street = street
    self.postalCode = postalCode
    self.city = city
    self.countryCode = countryCode
  }

  /// The lines below the addressee's name: street, then postcode and city, then the country when foreign to `homeCountry`.
  public func lines(homeCountry: String? = nil) -> [String] {
    var lines = [street, [postalCode, city].filter { !$0.isEmpty }.joined(separator: " ")]
    if let countryCode, countryCode.uppercased() != homeCountry?.uppercased() {
      lines.append(countryCode.uppercased())
    }
    return lines.filter { !$0.isEmpty }
  }
}
