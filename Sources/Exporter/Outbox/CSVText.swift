import Foundation

/// CSV text as arflow writes it (RFC 4180: comma, CRLF, quotes only where needed).
public struct CSVText: Sendable {
  public private(set) var text = ""

  public init() {}

  public mutating func append(_ fields: [String]) {
    text += fields.map(Self.quoted).joined(separator: ",") + "\r\n"
  }

  static func quoted(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return field
    }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
