public import Receivables

extension PlannedDocument {
  /// The ledger's record of this document once it was made (or failed).
  /// - Parameters:
  ///   - reference: the one reference the document asks the customer to quote.
  ///   - referenceItems: when `reference` is the document's own RF: the items it stands for.
  ///   - file: the file in the batch folder; nil when it could not be made.
  ///   - status: written, or failed with `reason`.
  public func record(
    reference: String? = nil, referenceItems: [String] = [], file: String?,
    status: DunningDocument.Status, reason: String? = nil, pages: Int? = nil
  ) -> DunningDocument {
    DunningDocument(
      planID: id, kind: kind, customerID: customerID, channel: channel, level: level,
      levelName: levelName, currency: currency, total: total, reference: reference,
      referenceItems: referenceItems, file: file, status: status, reason: reason, pages: pages,
      explanation: explanation,
      lines: lines.map { line in
        DunningDocument.Line(
          itemNumber: line.itemNumber, state: line.state, level: line.step?.level,
          levelName: line.step?.name, daysOverdue: line.daysOverdue, openAmount: line.openAmount,
          explanation: line.explanation)
      },
      instalments: instalments.map {
        InstalmentKey(arrangementID: $0.arrangementID, number: $0.instalment.number)
      },
      returnedDebits: returnedDebits.map(\.paymentID))
  }

  /// The items the document asks to be paid now (reminded and open lines).
  public var askedItems: [String] {
    lines.filter { $0.state.isAsked }.map(\.itemNumber)
  }
}
