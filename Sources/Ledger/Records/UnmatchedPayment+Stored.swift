import Foundation
import Receivables

extension UnmatchedPayment {
  /// The list as stored with a reconciliation: JSON with sorted keys, so equal lists are equal
  /// text.
  static func encodedList(_ lines: [UnmatchedPayment]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    guard let data = try? encoder.encode(lines) else { return "[]" }
    return String(decoding: data, as: UTF8.self)
  }

  static func decodedList(_ text: String) -> [UnmatchedPayment] {
    (try? JSONDecoder().decode([UnmatchedPayment].self, from: Data(text.utf8))) ?? []
  }
}
