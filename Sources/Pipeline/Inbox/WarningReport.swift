import DurableFiles
import Foundation
import Receivables

/// The text of `NAME.warning.txt`, written beside a file archived in `inbox/processed/DATE/`
/// when its payments were booked although a statement in it does not add up: what was off and
/// what to do, in a bookkeeper's words.
struct WarningReport {
  let fileName: String
  let date: LocalDate

  func text(for statements: [UnprovenStatement]) -> String {
    let count = statements.count
    var text = "arflow booked the payments of \(fileName) (\(date.iso8601)), but "
    text +=
      count == 1
      ? "one statement in it does not add up.\n\n" : "\(count) statements in it do not add up.\n\n"
    for statement in statements {
      text += "\(statement.name.prefix(1).uppercased() + statement.name.dropFirst())"
      if let day = statement.statementDate { text += ", dated \(day.iso8601)" }
      if let line = statement.source.line { text += " (line \(line))" }
      text += ":\n"
      let code = statement.closing.currency.code
      text += "  opening balance      \(statement.opening.decimalString) \(code)\n"
      text += "  + booked entries     \(statement.booked.decimalString) \(code)\n"
      text +=
        "  = \(Self.sum(statement).decimalString) \(code), but the closing balance is "
        + "\(statement.closing.decimalString) \(code)\n"
      text += "  difference           \(statement.difference.decimalString) \(code)\n\n"
    }
    text += """
      What this means: the statement's own sums do not agree with the bookings in it, so an
      entry may be missing from it or one may have been changed on the way. Its payments are
      real, so they were booked all the same (a payment left out would send its payer a wrong
      reminder). `arflow status` lists the statement as unproven, with the difference.

      What to do: ask the bank for a corrected statement for these days, or export it again from
      online banking, and drop it into inbox/ (payments already booked are recognised and not
      booked twice). Look for the difference in online banking: it is often a fee or interest
      the statement left out. To refuse such statements instead, write
      `statements: {balanceMismatch: refuse}` in mappings/reconciliation.yaml.

      """
    return text
  }

  /// Opening balance + booked entries.
  private static func sum(_ statement: UnprovenStatement) -> Money {
    Money(
      minorUnits: statement.opening.minorUnits &+ statement.booked.minorUnits,
      currency: statement.closing.currency)
  }

  /// Writes the report beside the archived file `archived`, as `NAME.warning.txt`.
  /// - Returns: the report's location.
  /// - Throws: `DurableFileError` when it cannot be written.
  func write(for statements: [UnprovenStatement], beside archived: URL) throws(DurableFileError)
    -> URL
  {
    let report = archived.deletingLastPathComponent()
      .appendingPathComponent("\(archived.lastPathComponent).warning.txt")
    try AtomicWriter.write(Data(text(for: statements).utf8), to: report)
    return report
  }
}
