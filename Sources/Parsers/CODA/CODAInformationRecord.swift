/// One block of CODA information records: a 3.1 and the 3.2 and 3.3 that continue it.
struct CODAInformationRecord {
  /// The structured-communication type of the 3.1 (`001` counterparty name and address,
  /// …), nil for free text.
  let type: String?
  /// 3.1 positions 41–113 (44–113 after a structured type), 3.2 positions 11–115 and
  /// 3.3 positions 11–100, concatenated as written.
  var text: String

  /// Reads a record 3.1.
  init(_ record: CODARecord) {
    let structured = record.text(40, 40) == "1"
    type = structured ? record.text(41, 43) : nil
    text = structured ? record.text(44, 113) : record.text(41, 113)
  }

  /// Continues the block with a record 3.2 or 3.3.
  mutating func add(_ record: CODARecord) {
    text += record.kind == "32" ? record.text(11, 115) : record.text(11, 100)
  }

  /// For type 001, the counterparty's name (the first 70 characters).
  var counterpartyName: String? {
    guard type == "001" else { return nil }
    return String(text.prefix(70)).collapsingSpaces.nilIfEmpty
  }

  /// The block as one readable line: free text with its spaces collapsed, or the structured
  /// type followed by its content.
  var readable: String? {
    let body = text.collapsingSpaces
    guard let type else { return body.nilIfEmpty }
    return body.isEmpty ? nil : "\(type) \(body)"
  }
}

extension String {
  /// Runs of spaces (CODA's fixed-width padding) as one space, trimmed at both ends.
  var collapsingSpaces: String {
    split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
  }

  /// The string, or nil when it is empty.
  var nilIfEmpty: String? { isEmpty ? nil : self }
}
