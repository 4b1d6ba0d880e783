/// Why an arrangement's instalments cannot be made: what is wrong and what to do.
public struct ArrangementError: ExplainedError, Equatable {
  /// What kind of problem it is; new kinds may be added.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private enum Kind: String {
      case invalidTerms, invalidReference
    }
    private let kind: Kind
    private init(_ kind: Kind) { self.kind = kind }
    /// The count, interval or amount cannot make instalments.
    public static let invalidTerms = Code(.invalidTerms)
    /// The arrangement's id cannot make an RF reference.
    public static let invalidReference = Code(.invalidReference)
    public var description: String { kind.rawValue }
  }

  public let code: Code
  public let message: String
  public let fix: String
  public var location: String? { nil }

  init(_ code: Code, _ message: String, fix: String) {
    self.code = code
    self.message = message
    self.fix = fix
  }

  public var description: String { "\(message); \(fix)" }
}
