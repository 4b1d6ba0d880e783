import Receivables

/// The snapshot arranged for planning: everything looked up by customer or item, built once per
/// run in one pass over each list.
struct SnapshotIndex {
  var customers: [String: Int] = [:]
  /// Item positions per customer id, in snapshot order.
  var itemsByCustomer: [String: [Int]] = [:]
  /// The latest day a document went to each customer.
  var lastDocument: [String: LocalDate] = [:]
  /// Holds active on the run's date.
  var itemHolds: [String: Hold] = [:]
  var customerHolds: [String: Hold] = [:]
  var promises: [String: [PaymentPromise]] = [:]
  var arrangements: [String: [PaymentArrangement]] = [:]
  var returnedDebits: [String: [ReturnedDirectDebit]] = [:]
  /// Every customer id that has something to plan, sorted.
  var customerIDs: [String] = []

  init(_ snapshot: DunningSnapshot, on date: LocalDate) {
    customers.reserveCapacity(snapshot.customers.count)
    for (offset, customer) in snapshot.customers.enumerated() { customers[customer.id] = offset }
    itemsByCustomer.reserveCapacity(snapshot.customers.count)
    // Items usually come grouped by customer: one dictionary write per run of them.
    var runID: String?
    var run: [Int] = []
    for (offset, entry) in snapshot.items.enumerated() {
      let id = entry.item.customerID
      if id != runID {
        if let runID { itemsByCustomer[runID, default: []].append(contentsOf: run) }
        runID = id
        run.removeAll(keepingCapacity: true)
      }
      run.append(offset)
    }
    if let runID { itemsByCustomer[runID, default: []].append(contentsOf: run) }
    for (customerID, dates) in snapshot.documentDates {
      if let latest = dates.max() { lastDocument[customerID] = latest }
    }
    for hold in snapshot.holds where hold.isActive(on: date) {
      switch hold.scope {
      case .item(let number): itemHolds[number] = Self.stronger(itemHolds[number], hold)
      case .customer(let id): customerHolds[id] = Self.stronger(customerHolds[id], hold)
      }
    }
    for promise in snapshot.promises where promise.state == .active {
      promises[promise.customerID, default: []].append(promise)
    }
    for arrangement in snapshot.arrangements where arrangement.state == .active {
      arrangements[arrangement.customerID, default: []].append(arrangement)
    }
    for debit in snapshot.returnedDirectDebits {
      returnedDebits[debit.customerID, default: []].append(debit)
    }
    var ids = Array(itemsByCustomer.keys)
    for id in arrangements.keys where itemsByCustomer[id] == nil { ids.append(id) }
    for id in returnedDebits.keys where itemsByCustomer[id] == nil && arrangements[id] == nil {
      ids.append(id)
    }
    ids.sort()
    customerIDs = ids
  }

  /// Of two holds on one thing, the one to show: a dispute before a pause, then the later end.
  static func stronger(_ known: Hold?, _ new: Hold) -> Hold {
    guard let known else { return new }
    if known.kind != new.kind { return known.kind == .dispute ? known : new }
    switch (known.until, new.until) {
    case (nil, _): return known
    case (_, nil): return new
    case (let a?, let b?): return a >= b ? known : new
    }
  }
}
