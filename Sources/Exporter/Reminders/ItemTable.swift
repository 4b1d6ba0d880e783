import Receivables

/// The table of a dunning letter: per item its number (with its state or the day it was
/// reminded before underneath), dates, days overdue, the invoiced amount, what was paid or
/// credited so far and what is open; the total of what the letter asks below.
struct ItemTable {
  let words: LetterWording
  let language: Language

  func table(_ document: ReminderDocument) -> LetterTable {
    let rows = document.lines.map { line -> [String] in
      let note = words.note(
        for: line.state, lastRemindedOn: line.lastRemindedOn, language: language)
      return [
        NonBreaking.text(line.number) + (note.map { "\n\($0)" } ?? ""),
        line.issueDate?.shortFormat(for: language) ?? "",
        line.dueDate?.shortFormat(for: language) ?? "",
        line.daysOverdue.map(String.init) ?? "",
        line.amount?.formatted(for: language) ?? "",
        line.settled.map { $0.isZero ? "" : $0.formatted(for: language) } ?? "",
        line.openAmount.formatted(for: language),
      ]
    }
    // Widths measured in DejaVu Sans at true (unrounded) advances: a 12-character invoice
    // number, "Vervaldatum" in the bold header and "€ 123.456,78" each fit on one line.
    return LetterTable(
      columns: [
        LetterColumn(words.invoice, relativeWidth: 2.75),
        LetterColumn(words.invoiceDate, relativeWidth: 1.95),
        LetterColumn(words.dueDate, relativeWidth: 2.1),
        LetterColumn(words.daysOverdue, alignment: .trailing, relativeWidth: 1.2),
        LetterColumn(words.amount, alignment: .trailing, relativeWidth: 2.2),
        LetterColumn(words.settled, alignment: .trailing, relativeWidth: 1.95),
        LetterColumn(words.openAmount, alignment: .trailing, relativeWidth: 2.3),
      ], rows: rows,
      totalRow: [words.total, "", "", "", "", "", document.total.formatted(for: language)])
  }
}
