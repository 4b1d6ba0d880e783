import Foundation
import Ledger
import Receivables

/// The `customer --json` object. Its field names are an interface: keep them stable.
struct CustomerJSON: Encodable {
  struct Item: Encodable {
    var number: String
    var dueDate: String
    var openAmount: String
    var currency: String
    var daysOverdue: Int
    var lastLevel: Int?
    var lastLevelName: String?
    var lastRemindedOn: String?
  }
  struct HoldEntry: Encodable {
    var item: String?
    var customer: String?
    var kind: String
    var reason: String
    var since: String
    var until: String?
    var endedOn: String?
    var state: String
    var source: String
  }
  struct Promise: Encodable {
    var id: String
    var amount: String
    var currency: String
    var promisedBy: String
    var madeOn: String
    var state: String
    var paid: String
    var items: [String]
  }
  struct InstalmentEntry: Encodable {
    var number: Int
    var dueDate: String
    var amount: String
    var paid: String
    var reference: String
    var state: String
  }
  struct Arrangement: Encodable {
    var id: String
    var state: String
    var items: [String]
    var instalments: [InstalmentEntry]
  }
  struct Document: Encodable {
    var date: String
    var batch: String
    var kind: String
    var level: Int?
    var channel: String
    var file: String?
    var status: String
    var reason: String?
    var total: String
    var currency: String
  }

  var customerId: String
  var name: String?
  var group: String?
  var policy: String?
  var asOf: String
  var items: [Item]
  var holds: [HoldEntry]
  var promises: [Promise]
  var arrangements: [Arrangement]
  var documents: [Document]

  init(_ account: CustomerAccount) {
    customerId = account.customerID
    name = account.customer?.name
    group = account.customer?.group
    policy = account.customer?.dunningPolicy
    asOf = account.asOf.iso8601
    items = account.items.map { entry in
      Item(
        number: entry.item.number, dueDate: entry.item.dueDate.iso8601,
        openAmount: entry.item.openAmount.decimalString, currency: entry.item.currency.code,
        daysOverdue: max(0, entry.item.daysOverdue(on: account.asOf)),
        lastLevel: entry.lastReminder?.level, lastLevelName: entry.lastReminder?.levelName,
        lastRemindedOn: entry.lastReminder?.remindedOn.iso8601)
    }
    holds = account.holds.map { record in
      var item: String?
      var customer: String?
      switch record.hold.scope {
      case .item(let number): item = number
      case .customer(let id): customer = id
      }
      return HoldEntry(
        item: item, customer: customer, kind: record.hold.kind.rawValue,
        reason: record.hold.reason, since: record.hold.since.iso8601,
        until: record.hold.until?.iso8601, endedOn: record.endedOn?.iso8601,
        state: account.state(of: record), source: record.source)
    }
    promises = account.promises.map { promise in
      Promise(
        id: promise.id, amount: promise.amount.decimalString,
        currency: promise.amount.currency.code, promisedBy: promise.promisedBy.iso8601,
        madeOn: promise.madeOn.iso8601, state: promise.state.rawValue,
        paid: account.paid(toward: promise).decimalString, items: promise.itemNumbers)
    }
    arrangements = account.arrangements.map { arrangement in
      Arrangement(
        id: arrangement.id, state: arrangement.state.rawValue, items: arrangement.itemNumbers,
        instalments: arrangement.instalments.map { instalment in
          InstalmentEntry(
            number: instalment.number, dueDate: instalment.dueDate.iso8601,
            amount: instalment.amount.decimalString, paid: instalment.paid.decimalString,
            reference: instalment.reference.value, state: account.state(of: instalment))
        })
    }
    documents = account.documents.map { entry in
      let document = entry.document
      return Document(
        date: entry.sentOn.iso8601, batch: entry.batchID, kind: document.kind.rawValue,
        level: document.level, channel: document.channel.rawValue, file: document.file,
        status: document.status.rawValue, reason: document.reason,
        total: document.total.decimalString, currency: document.currency.code)
    }
  }

  func encoded() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self)
  }
}

extension CustomerText {
  /// The account as one JSON object (stable field names) for scripts.
  public func json() throws -> String {
    try CustomerJSON(account).encoded()
  }
}
