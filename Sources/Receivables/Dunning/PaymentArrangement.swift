/// A payment arrangement ("betalingsregeling"): some of a customer's items paid in instalments.
///
/// Its items leave normal dunning while it runs. A missed instalment gets its own reminder; the
/// arrangement ends when every instalment is paid, or is broken when a missed instalment stays
/// unpaid a set number of days after its reminder, and dunning of the rest resumes.
public struct PaymentArrangement: Sendable, Hashable {
  /// Where the arrangement stands, as the ledger records it.
  public enum State: String, Sendable, Hashable, Codable {
    case active, completed, broken
  }

  /// The ledger's id; instalment references are built from it ("A<id>-<n>").
  public var id: String
  public var customerID: String
  /// The items it covers.
  public var itemNumbers: [String]
  public var instalments: [Instalment]
  public var state: State

  public init(
    id: String, customerID: String, itemNumbers: [String], instalments: [Instalment],
    state: State = .active
  ) {
    self.id = id
    self.customerID = customerID
    self.itemNumbers = itemNumbers
    self.instalments = instalments
    self.state = state
  }
}
