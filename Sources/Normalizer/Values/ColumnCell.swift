/// A cell of a column and the line it is on, kept by the column votes for their messages.
struct ColumnCell: Sendable {
  let line: Int
  let text: String
}
