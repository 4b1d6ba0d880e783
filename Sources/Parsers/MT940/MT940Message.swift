/// The fields of one statement, from its `:20:` to the next `:20:`, a `-` line or the end of its
/// `{4:` block.
struct MT940Message {
  var fields: [MT940Field]
  /// The message type the SWIFT envelope names (`940`, `942`), when there is one.
  let announcedType: String?

  /// The line of `:20:`.
  var line: Int { fields.first?.line ?? 1 }

  /// The first field with one of `tags`.
  func first(_ tags: String...) -> MT940Field? {
    fields.first { tags.contains($0.tag) }
  }

  /// The last field with one of `tags`.
  func last(_ tags: String...) -> MT940Field? {
    fields.last { tags.contains($0.tag) }
  }

  /// Adds a line that is not a tag to the field before it (a wrapped or continued line).
  mutating func continueLastField(with line: String) {
    guard !fields.isEmpty else { return }
    fields[fields.count - 1].lines.append(line)
  }
}
