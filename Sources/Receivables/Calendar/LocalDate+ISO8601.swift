extension LocalDate {
  /// Reads an ISO 8601 calendar date, "2026-07-15". A time part after a "T" is not accepted:
  /// callers that receive date-times take the date part themselves.
  /// - Throws: `DateError` naming the text.
  public init(iso8601 text: String) throws(DateError) {
    let trimmed = text.trimmingWhitespace()
    let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else {
      throw DateError(text: text, message: "'\(text)' is not a date in the form YYYY-MM-DD")
    }
    try self.init(year: year, month: month, day: day)
  }

  /// The ISO 8601 text, "2026-07-15".
  public var iso8601: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }
}

extension LocalDate: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    try self.init(iso8601: container.decode(String.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso8601)
  }
}
