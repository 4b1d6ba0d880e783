extension PaymentReference: Codable {
  private enum CodingKeys: String, CodingKey {
    case scheme, value
  }

  /// Decodes `{"scheme": …, "value": …}` and validates it again, so a stored reference with a
  /// broken check digit fails to load instead of slipping through.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let scheme = try container.decode(Scheme.self, forKey: .scheme)
    let value = try container.decode(String.self, forKey: .value)
    do {
      try self.init(value, scheme: scheme)
    } catch {
      throw DecodingError.dataCorruptedError(
        forKey: .value, in: container, debugDescription: error.message)
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(scheme, forKey: .scheme)
    try container.encode(value, forKey: .value)
  }
}
