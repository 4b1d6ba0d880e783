public import Foundation
public import Receivables

/// `manifest.json` of a reminder batch: every document with its status, level, total and items.
///
/// The names of the keys the dunning issue fixed (`batch`, `asOf`, `documents[].file`,
/// `customerId`, `channel`, `level`, `status`, `reason`, `currency`, `total`, `items[].number`,
/// `level`, `daysOverdue`, `openAmount`, `state`) never change; the others carry what the
/// ledger records, so that a batch folder written before a crash can be recorded from its
/// manifest alone.
public struct BatchManifest: Codable, Sendable, Equatable {
  public var batch: String
  public var asOf: String
  public var documents: [Document]
  /// Promises kept or broken and arrangements completed or broken that the run found.
  public var changes: [Change]
  /// The batch that waited for approval and this one sends.
  public var approves: String?

  /// One document of the batch.
  public struct Document: Codable, Sendable, Equatable {
    public var file: String?
    public var customerId: String
    public var customerName: String?
    public var channel: String
    public var level: Int?
    public var levelName: String?
    public var kind: String
    public var status: String
    public var reason: String?
    public var currency: String
    public var total: String
    public var reference: String?
    public var referenceItems: [String]?
    public var pages: Int?
    public var language: String?
    public var addressLines: [String]?
    public var planId: String
    public var explanation: String
    public var items: [Item]
    public var instalments: [InstalmentKey]?
    public var returnedDebits: [String]?
  }

  /// One item on a document.
  public struct Item: Codable, Sendable, Equatable {
    public var number: String
    public var level: Int?
    public var levelName: String?
    public var daysOverdue: Int
    public var openAmount: String
    public var state: String
    public var explanation: String
  }

  /// A promise's or arrangement's change of state.
  public struct Change: Codable, Sendable, Equatable {
    public var kind: String
    public var id: String
    public var customerId: String
    public var explanation: String
  }
}

extension BatchManifest {
  /// The manifest of `batch`; `customers` give the names, languages and address lines the
  /// mail room and `manifest.csv` use.
  init(_ batch: ReminderBatch, customers: [String: Customer], homeCountry: String?) {
    self.batch = batch.id
    asOf = batch.asOf.iso8601
    approves = batch.approves
    documents = batch.documents.map { document in
      let customer = customers[document.customerID]
      return Document(
        file: document.file, customerId: document.customerID, customerName: customer?.name,
        channel: document.channel.rawValue, level: document.level,
        levelName: document.levelName, kind: document.kind.rawValue,
        status: document.status.rawValue, reason: document.reason,
        currency: document.currency.code, total: document.total.decimalString,
        reference: document.reference,
        referenceItems: document.referenceItems.isEmpty ? nil : document.referenceItems,
        pages: document.pages, language: customer?.language?.rawValue,
        addressLines: customer?.address?.lines(homeCountry: homeCountry),
        planId: document.planID, explanation: document.explanation,
        items: document.lines.map { line in
          Item(
            number: line.itemNumber, level: line.level, levelName: line.levelName,
            daysOverdue: line.daysOverdue, openAmount: line.openAmount.decimalString,
            state: line.state.rawValue, explanation: line.explanation)
        },
        instalments: document.instalments.isEmpty ? nil : document.instalments,
        returnedDebits: document.returnedDebits.isEmpty ? nil : document.returnedDebits)
    }
    changes = batch.changes.map {
      Change(
        kind: $0.kind.rawValue, id: $0.id, customerId: $0.customerID,
        explanation: $0.explanation)
    }
  }

  /// The batch the manifest describes, for recording a batch folder the ledger does not hold.
  /// - Throws: `PipelineError` naming the manifest and the value it cannot read.
  func reminderBatch(file: String) throws(PipelineError) -> ReminderBatch {
    func fail(_ what: String) -> PipelineError {
      PipelineError(
        .unreadableManifest, "\(file): \(what)",
        fix:
          "restore the batch folder's manifest.json as arflow wrote it, or move the folder out of outbox/reminders if it is not arflow's"
      )
    }
    guard let date = try? LocalDate(iso8601: asOf) else {
      throw fail("asOf '\(asOf)' is not a date")
    }
    var result: [DunningDocument] = []
    for document in documents {
      guard let currency = try? Currency(code: document.currency),
        let total = try? Money(decimal: document.total, currency: currency),
        let kind = DunningDocumentKind(rawValue: document.kind),
        let channel = DocumentChannel(rawValue: document.channel),
        let status = DunningDocument.Status(rawValue: document.status)
      else { throw fail("document \(document.planId) has a value arflow does not know") }
      var lines: [DunningDocument.Line] = []
      for item in document.items {
        guard let state = DocumentItemState(rawValue: item.state),
          let open = try? Money(decimal: item.openAmount, currency: currency)
        else { throw fail("item \(item.number) of \(document.planId) cannot be read") }
        lines.append(
          DunningDocument.Line(
            itemNumber: item.number, state: state, level: item.level, levelName: item.levelName,
            daysOverdue: item.daysOverdue, openAmount: open, explanation: item.explanation))
      }
      result.append(
        DunningDocument(
          planID: document.planId, kind: kind, customerID: document.customerId,
          channel: channel, level: document.level, levelName: document.levelName,
          currency: currency, total: total, reference: document.reference,
          referenceItems: document.referenceItems ?? [], file: document.file, status: status,
          reason: document.reason, pages: document.pages, explanation: document.explanation,
          lines: lines, instalments: document.instalments ?? [],
          returnedDebits: document.returnedDebits ?? []))
    }
    var changes: [HoldChange] = []
    for change in self.changes {
      guard let kind = HoldChange.Kind(rawValue: change.kind) else {
        throw fail("the change '\(change.kind)' is not known")
      }
      changes.append(
        HoldChange(
          kind: kind, id: change.id, customerID: change.customerId,
          explanation: change.explanation))
    }
    return ReminderBatch(
      id: batch, asOf: date, documents: result, changes: changes, approves: approves)
  }

  /// The manifest as pretty-printed JSON with sorted keys.
  func json() -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain strings, numbers and arrays cannot fail.
    return (try? encoder.encode(self)) ?? Data()
  }

  /// Reads a manifest.
  /// - Throws: `PipelineError` `unreadableManifest`.
  static func read(_ data: Data, file: String) throws(PipelineError) -> BatchManifest {
    do {
      return try JSONDecoder().decode(BatchManifest.self, from: data)
    } catch {
      throw PipelineError(
        .unreadableManifest, "\(file) is not a manifest arflow can read",
        fix:
          "restore the batch folder's manifest.json as arflow wrote it, or move the folder out of outbox/reminders if it is not arflow's"
      )
    }
  }
}
