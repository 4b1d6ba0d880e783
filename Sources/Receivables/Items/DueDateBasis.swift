/// How an item's due date was arrived at, kept with the item so a letter can say why.
public struct DueDateBasis: Hashable, Sendable, CustomStringConvertible {
  /// Where the due date came from, in order of preference.
  public enum Origin: String, Sendable, CaseIterable {
    /// The document's own due date (CSV due-date column; e-invoice BT-9).
    case document
    /// A UBL credit note's or OASIS invoice's `PaymentMeans/PaymentDueDate`.
    case paymentMeans
    /// The customer's agreed terms from `mappings/`: issue date + N days.
    case customerTerms
    /// The source's default terms from `mappings/`: issue date + N days.
    case sourceTerms
    /// No due date and none needed: a credit is available from its issue date.
    case issueDate
  }

  public var origin: Origin
  /// The days added to the issue date, for terms.
  public var days: Int?
  /// The mapping or element the due date came from (`einvoice`, `cbc:DueDate`).
  public var source: String?

  public init(_ origin: Origin, days: Int? = nil, source: String? = nil) {
    self.origin = origin
    self.days = days
    self.source = source
  }

  /// "the invoice's due date (cbc:DueDate)", "issue date + 30 days (default terms of mapping einvoice)".
  public var description: String {
    switch origin {
    case .document: "the due date written in the document" + (source.map { " (\($0))" } ?? "")
    case .paymentMeans:
      "the payment due date of the payment instructions" + (source.map { " (\($0))" } ?? "")
    case .customerTerms:
      "issue date + \(days ?? 0) days (the customer's terms in mapping \(source ?? "?"))"
    case .sourceTerms:
      "issue date + \(days ?? 0) days (default terms of mapping \(source ?? "?"))"
    case .issueDate: "the issue date (a credit is available at once)"
    }
  }

  /// A compact form for storage: `origin|days|source`.
  public var stored: String {
    "\(origin.rawValue)|\(days.map(String.init) ?? "")|\(source ?? "")"
  }

  /// Reads the stored form back; nil when it is not one.
  public init?(stored: String) {
    let parts = stored.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 3, let origin = Origin(rawValue: String(parts[0])) else { return nil }
    self.init(
      origin, days: Int(parts[1]), source: parts[2].isEmpty ? nil : String(parts[2]))
  }
}
