public import Receivables

/// What a statement read to its end comes to: proven, booked although its balances do not add
/// up, or refused.
public enum StatementVerdict: Sendable, Hashable {
  /// Opening + booked entries = closing, or the statement states no balances to prove.
  case proven
  /// The balances do not add up; under `balanceMismatch: book` its payments are booked all
  /// the same and the statement is marked unproven.
  case unproven(UnprovenStatement)
  /// Nothing of the statement may be booked: an entry cannot be read, a balance cannot be read,
  /// or the balances do not add up under `balanceMismatch: refuse`.
  case refused(RejectedRecord)

  /// The refusal, when the statement must not be booked.
  public var refusal: RejectedRecord? {
    if case .refused(let record) = self { return record }
    return nil
  }

  /// The statement booked although it does not add up, when it is one.
  public var unproven: UnprovenStatement? {
    if case .unproven(let statement) = self { return statement }
    return nil
  }
}
