import GRDB
import Receivables

extension ImportStep {
  /// Links a newly stored item to the invoice it names (BT-25), exactly or by its normalised
  /// number, and links earlier items that named this one before it arrived. Each link is a
  /// history line on both items; a name that matches nothing is a notice.
  func link(_ item: OpenItem, id itemID: Int64, into summary: inout ImportSummary) throws {
    if let preceding = item.precedingInvoice {
      if let target = try findInvoice(named: preceding, excluding: itemID) {
        try recordLink(from: (itemID, item.number, item.typeCode), to: target, into: &summary)
      } else {
        let detail =
          "refers to invoice \(preceding), which arflow does not know yet; it is linked when that invoice arrives"
        try HistoryEntry(event: .unlinked, amount: nil, detail: detail)
          .append(to: itemID, on: date, fileID: fileID, db)
        summary.notices.append("\(item.number) \(detail)")
      }
    }
    let waiting = try Row.fetchAll(
      db,
      cached: """
        SELECT id, number, type_code, preceding_number FROM open_item
        WHERE linked_item_id IS NULL AND id != ?
          AND (preceding_number = ? OR preceding_key = ?)
        """, arguments: [itemID, item.number, ItemNumberKey.key(item.number)])
    for row in waiting {
      let named: String = row["preceding_number"]
      let target = LinkTarget(id: itemID, number: item.number, named: named)
      try recordLink(
        from: (row["id"], row["number"], row["type_code"]), to: target, into: &summary)
    }
  }

  /// The invoice a reference names: by exact number first, then by a normalised number when
  /// exactly one item has it.
  private func findInvoice(named number: String, excluding itemID: Int64) throws -> LinkTarget? {
    if let id = try Int64.fetchOne(
      db, cached: "SELECT id FROM open_item WHERE number = ? AND id != ?",
      arguments: [number, itemID])
    {
      return LinkTarget(id: id, number: number, named: number)
    }
    let rows = try Row.fetchAll(
      db, cached: "SELECT id, number FROM open_item WHERE number_key = ? AND id != ? LIMIT 2",
      arguments: [ItemNumberKey.key(number), itemID])
    guard rows.count == 1 else { return nil }
    return LinkTarget(id: rows[0]["id"], number: rows[0]["number"], named: number)
  }

  private func recordLink(
    from source: (id: Int64, number: String, typeCode: String?), to target: LinkTarget,
    into summary: inout ImportSummary
  ) throws {
    try db.execute(
      cached: "UPDATE open_item SET linked_item_id = ? WHERE id = ?",
      arguments: [target.id, source.id])
    let how =
      target.named == target.number
      ? "" : " (named \(target.named), found by its normalised number)"
    let isCorrection = source.typeCode == "384"
    let what = isCorrection ? "corrected invoice" : "credit"
    try HistoryEntry(
      event: .linked, amount: nil, detail: "\(what) for invoice \(target.number)\(how)"
    ).append(to: source.id, on: date, fileID: fileID, db)
    var detail = "\(source.number) refers to this invoice\(how)"
    if isCorrection {
      detail =
        "corrected by invoice \(source.number) (type 384)\(how); both stay open until the accounting cancels or credits this one"
      summary.notices.append(
        "\(source.number) corrects invoice \(target.number): both stay open; check whether \(target.number) was cancelled"
      )
    }
    try HistoryEntry(event: .linked, amount: nil, detail: detail)
      .append(to: target.id, on: date, fileID: fileID, db)
    summary.itemsLinked += 1
  }
}

/// The invoice a link points to, and how the referring document named it.
private struct LinkTarget {
  let id: Int64
  let number: String
  let named: String
}
