import DurableFiles
public import Foundation
public import Ledger
public import Receivables

/// Writes a recorded reminder batch to `outbox/reminders/BATCH/`: a PDF per letter,
/// `print.pdf` with every paper letter, and `manifest.csv` / `manifest.json`.
public struct ReminderBatchExport: Sendable {
  let ledger: Ledger
  let composer: ReminderLetterComposer
  /// `outbox/reminders`.
  let remindersFolder: URL

  /// Called once the first file of a batch folder is written (the recovery tests kill the
  /// process there).
  let afterFirstFile: @Sendable () -> Void

  public init(
    ledger: Ledger, composer: ReminderLetterComposer, remindersFolder: URL,
    afterFirstFile: @escaping @Sendable () -> Void = {}
  ) {
    self.ledger = ledger
    self.composer = composer
    self.remindersFolder = remindersFolder
    self.afterFirstFile = afterFirstFile
  }

  /// The result of writing one batch.
  public struct Written: Sendable {
    public let batchID: String
    public let folder: URL
    public let letters: [ReminderLetter]
  }

  /// Writes every batch the ledger recorded but has not seen written (a crash between the
  /// ledger commit and the outbox leaves one), then marks each written.
  public func writePendingBatches(on date: LocalDate) throws(ExportError) -> [Written] {
    let batches: [ReminderBatchRecord]
    do {
      batches = try ledger.reminderBatches().filter { !$0.isWritten }
    } catch {
      throw ExportError("cannot read reminder batches: \(error)", fix: "check the ledger")
    }
    var written: [Written] = []
    for batch in batches {
      written.append(try write(batchID: batch.id, on: batch.asOf))
    }
    return written
  }

  /// Writes one batch atomically and marks it written in the ledger.
  public func write(batchID: String, on date: LocalDate) throws(ExportError) -> Written {
    let folder = remindersFolder.appendingPathComponent(batchID)
    let letters = try compose(batchID: batchID, on: date)
    if !FileManager.default.fileExists(atPath: folder.path) {
      var files: [(name: String, data: Data)] = []
      var manifest = CSVText()
      manifest.append(ManifestLine.header)
      var lines: [ManifestLine] = []
      for (index, letter) in letters.enumerated() {
        let name = Self.fileName(index: index + 1, customerID: letter.customer.id)
        files.append((name, try render([letter.document])))
        let line = ManifestLine(batchID: batchID, file: name, letter: letter)
        manifest.append(line.fields)
        lines.append(line)
      }
      files.append(("print.pdf", try render(letters.map(\.document))))
      files.append(("manifest.csv", Data(manifest.text.utf8)))
      files.append(("manifest.json", try ManifestLine.json(lines, batchID: batchID, asOf: date)))
      do {
        try AtomicWriter.writeFolder(
          named: batchID, in: remindersFolder, files: files, afterFirstFile: afterFirstFile)
      } catch {
        throw ExportError(error)
      }
    }
    do {
      try ledger.markBatchWritten(batchID)
    } catch {
      throw ExportError(
        "batch \(batchID) was written but cannot be marked so: \(error)",
        fix: "run again; the batch will not be written twice")
    }
    return Written(batchID: batchID, folder: folder, letters: letters)
  }

  private func compose(batchID: String, on date: LocalDate) throws(ExportError) -> [ReminderLetter]
  {
    do {
      let reminders = try ledger.reminders(inBatch: batchID)
      let customers = try ledger.customers()
      var items: [String: OpenItem] = [:]
      for reminder in reminders {
        items[reminder.itemNumber] = try ledger.item(number: reminder.itemNumber)
      }
      var groups: [String: [Reminder]] = [:]
      var order: [String] = []
      for reminder in reminders {
        let key = "\(reminder.customerID)\u{1F}\(reminder.openAmount.currency.code)"
        if groups[key] == nil { order.append(key) }
        groups[key, default: []].append(reminder)
      }
      return try order.map { key throws(ExportError) in
        let group = groups[key] ?? []
        let customerID = group[0].customerID
        let customer = customers[customerID] ?? Customer(id: customerID, name: customerID)
        return try composer.compose(customer: customer, reminders: group, items: items, on: date)
      }
    } catch let error as ExportError {
      throw error
    } catch {
      throw ExportError(
        "cannot read batch \(batchID) from the ledger: \(error)", fix: "check the ledger")
    }
  }

  private func render(_ documents: [LetterDocument]) throws(ExportError) -> Data {
    do {
      return try LetterRenderer.renderPDF(documents)
    } catch {
      throw ExportError(
        "a letter cannot be rendered: \(error)",
        fix: "check the fonts (fonts-dejavu-core) and the letter texts")
    }
  }

  /// "001-C1001.pdf": the letter's place in the batch and the customer number, file-name safe.
  static func fileName(index: Int, customerID: String) -> String {
    let safe = customerID.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }
    let number = String(index)
    return String(repeating: "0", count: max(0, 3 - number.count)) + number + "-" + String(safe)
      + ".pdf"
  }
}
