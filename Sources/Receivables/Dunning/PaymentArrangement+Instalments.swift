extension PaymentArrangement {
  /// How often instalments fall due.
  public enum Interval: Sendable, Hashable, CustomStringConvertible {
    /// The same day every month (clamped to the month's end: 31 January, 28 February, 31 March).
    case month
    /// Every `n` days.
    case days(Int)

    /// "month", "14 days": as `--every` takes it and the ledger stores it.
    public var description: String {
      switch self {
      case .month: "month"
      case .days(let days): "\(days) days"
      }
    }

    /// Reads "month", "monthly", "14", "14 days"; nil for anything else.
    public init?(_ text: String) {
      let words = text.lowercased().split(separator: " ")
      if words == ["month"] || words == ["monthly"] {
        self = .month
      } else if let first = words.first, let days = Int(first),
        words.count == 1 || (words.count == 2 && (words[1] == "days" || words[1] == "day"))
      {
        self = .days(days)
      } else {
        return nil
      }
    }
  }

  /// The instalments of an arrangement: `total` split into `count` parts without losing a cent
  /// (the first parts take the leftover cents), due from `first` on at `interval`, each with
  /// the RF reference of "A<id>-<n>".
  /// - Parameters:
  ///   - total: what the arrangement covers.
  ///   - count: the number of instalments, at least 1.
  ///   - first: the due date of the first instalment.
  ///   - interval: how far apart they fall due.
  ///   - arrangementID: the arrangement's id, letters and digits (the reference carries at most
  ///     21 of them, "A", the id and the instalment number together).
  /// - Throws: `ArrangementError` when the count or interval is not positive, the total is not
  ///   positive, or the id cannot make an RF reference.
  public static func instalments(
    total: Money, count: Int, first: LocalDate, every interval: Interval, arrangementID: String
  ) throws(ArrangementError) -> [Instalment] {
    guard count >= 1 else {
      throw ArrangementError(
        .invalidTerms, "an arrangement needs at least one instalment, not \(count)",
        fix: "give --instalments 1 or more")
    }
    if case .days(let days) = interval, days < 1 {
      throw ArrangementError(
        .invalidTerms, "instalments cannot fall due every \(days) days",
        fix: "give --every month or a number of days of 1 or more")
    }
    guard total.isPositive else {
      throw ArrangementError(
        .invalidTerms, "an arrangement covers a positive amount, not \(total)",
        fix: "choose items that are still open")
    }
    let amounts: [Money]
    do {
      amounts = try total.allocated(evenly: count)
    } catch {
      throw ArrangementError(.invalidTerms, error.message, fix: "choose another number")
    }
    var instalments: [Instalment] = []
    for (offset, amount) in amounts.enumerated() {
      let number = offset + 1
      let due =
        switch interval {
        case .month: first.adding(months: offset)
        case .days(let days): first.adding(days: offset * days)
        }
      instalments.append(
        Instalment(
          number: number, dueDate: due, amount: amount,
          reference: try reference(arrangementID: arrangementID, instalment: number)))
    }
    return instalments
  }

  /// The RF creditor reference of instalment `number`: that of "A<id>-<n>".
  /// - Throws: `ArrangementError` when the id has characters an RF reference cannot carry or
  ///   is too long.
  public static func reference(
    arrangementID: String, instalment number: Int
  ) throws(ArrangementError) -> PaymentReference {
    do {
      return try PaymentReference.creditorReference(for: "A\(arrangementID)-\(number)")
    } catch {
      throw ArrangementError(
        .invalidReference,
        "arrangement \(arrangementID), instalment \(number): \(error.message)",
        fix: "use an arrangement id of letters and digits, at most 21 with 'A' and the number")
    }
  }
}
