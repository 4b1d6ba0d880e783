/// A change of a promise's or an arrangement's state that a run found: the ledger records it
/// with the run's documents.
public struct HoldChange: Sendable, Hashable, CustomStringConvertible {
  /// What changed.
  public enum Kind: String, Sendable, Hashable, Codable {
    case promiseKept, promiseBroken, arrangementCompleted, arrangementBroken
  }

  public var kind: Kind
  /// The promise's or arrangement's id.
  public var id: String
  public var customerID: String
  /// Why, in a credit manager's words.
  public var explanation: String

  public init(kind: Kind, id: String, customerID: String, explanation: String) {
    self.kind = kind
    self.id = id
    self.customerID = customerID
    self.explanation = explanation
  }

  public var description: String {
    "\(kind.rawValue) \(id) (customer \(customerID)): \(explanation)"
  }
}
