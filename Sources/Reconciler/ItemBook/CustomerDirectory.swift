import Receivables

/// The customers as the rules look them up: by id, by IBAN, by name; each with its open
/// invoices oldest first.
struct CustomerDirectory: Sendable {
  private(set) var ids: [String] = []
  /// The names as the master data writes them; nil for a customer known only from its items.
  private(set) var names: [String?] = []
  private(set) var partyNames: [PartyName?] = []
  private var positions: [String: Int32] = [:]
  /// Customers by the key of their ``PartyName``.
  private var byName: [String: [Int32]] = [:]
  /// Customers by each significant word of their name, for loose name suggestions.
  private var byNameWord: [String: [Int32]] = [:]
  /// Customer by normalised IBAN.
  private var payers: [String: Int32] = [:]
  /// Open invoices per customer, oldest first: `invoices[invoiceStart[c]..<invoiceStart[c + 1]]`.
  private var invoiceStart: [Int32] = []
  private var invoiceList: [Int32] = []

  init(customers: [Customer], knownPayers: KnownPayers) {
    for customer in customers where positions[customer.id] == nil {
      let position = add(customer.id, name: customer.name)
      guard let party = partyNames[Int(position)], !party.isEmpty else { continue }
      byName[party.key, default: []].append(position)
      for word in Set(party.words) where word.count >= 3 {
        byNameWord[word, default: []].append(position)
      }
    }
    for (iban, customerID) in knownPayers.customerIDs.sorted(by: { $0.key < $1.key }) {
      payers[iban] = position(of: customerID)
    }
  }

  var count: Int { ids.count }

  /// The position of customer `id`, added without a name when the master data lacks it.
  mutating func position(of id: String) -> Int32 {
    positions[id] ?? add(id, name: nil)
  }

  private mutating func add(_ id: String, name: String?) -> Int32 {
    let position = Int32(ids.count)
    ids.append(id)
    names.append(name)
    partyNames.append(name.map(PartyName.init))
    positions[id] = position
    return position
  }

  /// The customer paying from `iban` (any spacing or case), or -1.
  func payer(iban: String) -> Int32 { payers[KnownPayers.normalised(iban)] ?? -1 }

  /// The customers whose name reads the same as `name`.
  func customers(named name: PartyName) -> [Int32] {
    name.isEmpty ? [] : byName[name.key] ?? []
  }

  /// Customers sharing a rare significant word with `name`, most similar first, at least
  /// half similar; words shared by more than 50 customers are not looked at.
  func customers(resembling name: PartyName, limit: Int) -> [(customer: Int32, similarity: Double)]
  {
    var seen = Set<Int32>()
    var found: [(customer: Int32, similarity: Double)] = []
    for word in name.words where word.count >= 3 {
      guard let list = byNameWord[word], list.count <= 50 else { continue }
      for customer in list where seen.insert(customer).inserted {
        guard let party = partyNames[Int(customer)] else { continue }
        let similarity = name.similarity(to: party)
        if similarity >= 0.5 { found.append((customer, similarity)) }
      }
    }
    found.sort {
      $0.similarity > $1.similarity || ($0.similarity == $1.similarity && $0.customer < $1.customer)
    }
    return Array(found.prefix(limit))
  }

  /// The customer's open invoices at the start of the run, oldest first.
  func invoices(of customer: Int32) -> ArraySlice<Int32> {
    let index = Int(customer)
    guard index + 1 < invoiceStart.count else { return [] }
    return invoiceList[Int(invoiceStart[index])..<Int(invoiceStart[index + 1])]
  }

  /// Files each invoice under its customer; `oldestFirst` lists invoice positions by age.
  mutating func fileInvoices(_ oldestFirst: [Int32], customerOf: [Int32]) {
    var counts = [Int32](repeating: 0, count: ids.count + 1)
    for item in oldestFirst { counts[Int(customerOf[Int(item)]) + 1] += 1 }
    for index in 1..<counts.count { counts[index] += counts[index - 1] }
    invoiceStart = counts
    var fill = counts
    invoiceList = [Int32](repeating: 0, count: oldestFirst.count)
    for item in oldestFirst {
      let customer = Int(customerOf[Int(item)])
      invoiceList[Int(fill[customer])] = item
      fill[customer] += 1
    }
  }

  /// "Bakkerij De Korst B.V. (customer 10023)", or "customer 10023" without a name.
  func describe(_ customer: Int32) -> String {
    let index = Int(customer)
    guard let name = names[index], !name.isEmpty else { return "customer \(ids[index])" }
    return "\(name) (customer \(ids[index]))"
  }
}
