extension String {
  /// The same text in storage of its own size: a sentence built by concatenation keeps the
  /// spare capacity of its growth, about a third more, which a million explanations notice.
  var compacted: String {
    let count = utf8.count
    guard count > 15 else { return self }
    let source = self
    return String(unsafeUninitializedCapacity: count) { buffer in
      _ = buffer.initialize(fromContentsOf: source.utf8)
      return count
    }
  }
}

extension String {
  /// An IBAN printed in groups of four: "NL91 ABNA 0417 1643 00".
  var ibanGroups: String {
    let compact = KnownPayers.normalised(self)
    var groups: [Substring] = []
    var start = compact.startIndex
    while start < compact.endIndex {
      let end = compact.index(start, offsetBy: 4, limitedBy: compact.endIndex) ?? compact.endIndex
      groups.append(compact[start..<end])
      start = end
    }
    return groups.joined(separator: " ")
  }
}
