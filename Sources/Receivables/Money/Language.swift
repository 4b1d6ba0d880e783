/// A language arflow writes letters and e-mails in.
public enum Language: String, Sendable, Codable, CaseIterable {
  case nl, de, fr, en

  /// Reads a language code such as "nl", "NL", "de-DE" or "en_GB"; nil for anything else.
  public init?(code: String) {
    let prefix = code.trimmingWhitespace().lowercased().prefix(2)
    self.init(rawValue: String(prefix))
  }
}
