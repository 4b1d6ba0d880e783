extension CamtReader {
  /// The total of `<Chrgs>` elements as a plain decimal: per `<Chrgs>`, the sum of its
  /// `Rcrd/Amt` (version .03 and later), else its `TtlChrgsAndTaxAmt`, else its own `Amt`
  /// (version .02, where `<Chrgs>` repeats); nil when there are none, when they are in several
  /// currencies, or when the total would not fit 18 digits.
  /// - Throws: `invalidAmount` (located) for a charge that is not a plain amount.
  static func charges(_ elements: [XMLStreamNode], scope: Scope) throws(ParseError) -> String? {
    var amounts: [XMLStreamNode] = []
    for element in elements {
      let records = element.children("Rcrd").compactMap { $0.child("Amt") }
      if !records.isEmpty {
        amounts += records
      } else if let total = element.child("TtlChrgsAndTaxAmt") ?? element.child("Amt") {
        amounts.append(total)
      }
    }
    guard !amounts.isEmpty else { return nil }
    var texts: [String] = []
    for amount in amounts {
      let text = amount.text
      guard isPlainAmount(text) else {
        throw scope.error(
          .invalidAmount, at: amount, element: scope.path(of: amount),
          message: "\(scope.label) has the charges \"\(text)\" (<\(amount.name)>), which is not "
            + "a plain amount like 1234.56")
      }
      texts.append(text)
    }
    guard Set(amounts.map { $0.attribute("Ccy") }).count == 1 else { return nil }
    return plainSum(texts)
  }

  /// The exact sum of plain amounts (`^[0-9]+(\.[0-9]{1,5})?$`), with as many decimals as the
  /// longest one (`3.00` + `0.5` = `3.50`); nil on overflow.
  static func plainSum(_ amounts: [String]) -> String? {
    let scale = amounts.map { $0.split(separator: ".").dropFirst().first?.count ?? 0 }.max() ?? 0
    var factor: Int64 = 1
    for _ in 0..<scale { factor *= 10 }
    var total: Int64 = 0
    for amount in amounts {
      let parts = amount.split(separator: ".")
      let fraction = String(parts.dropFirst().first ?? "")
      let padded = fraction + String(repeating: "0", count: scale - fraction.count)
      guard let whole = parts.first.flatMap({ Int64($0) }), let minor = Int64("0" + padded)
      else { return nil }
      let (scaled, overflow) = whole.multipliedReportingOverflow(by: factor)
      let (sum, overflowAgain) = total.addingReportingOverflow(scaled)
      let (next, lastOverflow) = sum.addingReportingOverflow(minor)
      guard !overflow, !overflowAgain, !lastOverflow else { return nil }
      total = next
    }
    guard scale > 0 else { return String(total) }
    let minor = String(total % factor)
    return "\(total / factor)." + String(repeating: "0", count: scale - minor.count) + minor
  }
}
