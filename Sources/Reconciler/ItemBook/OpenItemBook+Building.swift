import Receivables

extension OpenItemBook {
  /// Indexes the input's items and customers; `workers` threads read the document numbers.
  init(input: MatchingInput, workers: Int) {
    var directory = CustomerDirectory(
      customers: input.customers, knownPayers: input.knownPayers)
    let items = input.items
    var currencies: [Currency] = []
    var currencyPositions: [String: UInt16] = [:]
    var itemCurrency = [UInt16](repeating: 0, count: items.count)
    var itemCustomer = [Int32](repeating: 0, count: items.count)
    var role = [ItemRole](repeating: .ignored, count: items.count)
    var initialOpen = [Int64](repeating: 0, count: items.count)
    var ageKeys: [(key: Int64, item: Int32)] = []
    ageKeys.reserveCapacity(items.count)
    var lastCustomer: (id: String, position: Int32)?
    for (index, item) in items.enumerated() {
      let code = item.amount.currency.code
      let currency =
        currencyPositions[code]
        ?? {
          let position = UInt16(currencies.count)
          currencies.append(item.amount.currency)
          currencyPositions[code] = position
          return position
        }()
      itemCurrency[index] = currency
      if let last = lastCustomer, last.id == item.customerID {
        itemCustomer[index] = last.position
      } else {
        let position = directory.position(of: item.customerID)
        itemCustomer[index] = position
        lastCustomer = (item.customerID, position)
      }
      let open = item.openAmount.minorUnits
      guard item.openAmount.currency == item.amount.currency else { continue }
      if item.kind == .invoice, open > 0 {
        role[index] = .invoice
        initialOpen[index] = open
      } else if item.kind == .creditNote, open < 0, open != .min {
        role[index] = .creditNote
        initialOpen[index] = -open
      }
      let due = Int64(item.dueDate.daysSinceEpoch + 1_000_000)
      let issued = Int64(item.issueDate.daysSinceEpoch + 1_000_000)
      ageKeys.append(((due << 24) | (issued & 0xFF_FFFF), Int32(index)))
    }
    ageKeys.sort { $0.key < $1.key || ($0.key == $1.key && $0.item < $1.item) }
    var age = [Int32](repeating: 0, count: items.count)
    for (rank, entry) in ageKeys.enumerated() { age[Int(entry.item)] = Int32(rank) }
    let numbers = Parallel.map(items.count, workers: workers) { index in
      role[index] == .invoice ? DocumentNumber(items[index].number) : nil
    }
    var indexes = Indexes(positions: items.count)
    var creditNotes: [Int32] = []
    for entry in ageKeys.reversed() {
      let item = entry.item
      let index = Int(item)
      switch role[index] {
      case .invoice:
        indexes.file(
          item, items[index], number: numbers[index],
          amount: (itemCustomer[index], itemCurrency[index], initialOpen[index]))
      case .creditNote: creditNotes.append(item)
      case .ignored: continue
      }
    }
    directory.fileInvoices(
      ageKeys.map(\.item).filter { role[Int($0)] == .invoice }, customerOf: itemCustomer)
    self.items = items
    self.currencies = currencies
    self.currencyPositions = currencyPositions
    self.itemCurrency = itemCurrency
    self.itemCustomer = itemCustomer
    self.role = role
    self.initialOpen = initialOpen
    self.age = age
    self.byReference = indexes.byReference
    self.byReferenceText = indexes.byReferenceText
    self.bySharedReference = Self.sharedReferences(
      input.sharedReferences, items: items, role: role, age: age)
    self.byNumber = indexes.byNumber
    self.byNumberGroups = indexes.byNumberGroups
    self.byCustomerAmount = indexes.byCustomerAmount
    self.byAmount = indexes.byAmount
    self.creditNotes = creditNotes.reversed()
    self.customers = directory
  }

  /// The look-ups being filled, youngest item first so that each reads oldest first.
  private struct Indexes {
    var byReference: KeyedChains<String>
    var byReferenceText: KeyedChains<String>
    var byNumber: KeyedChains<String>
    var byNumberGroups: KeyedChains<String>
    var byCustomerAmount: KeyedChains<AmountKey>
    var byAmount: KeyedChains<AmountKey>

    init(positions: Int) {
      byReference = KeyedChains(positions: positions)
      byReferenceText = KeyedChains(positions: positions)
      byNumber = KeyedChains(positions: positions, expectedKeys: positions)
      byNumberGroups = KeyedChains(positions: positions)
      byCustomerAmount = KeyedChains(positions: positions, expectedKeys: positions)
      byAmount = KeyedChains(positions: positions)
    }

    mutating func file(
      _ item: Int32, _ openItem: OpenItem, number: DocumentNumber?,
      amount: (customer: Int32, currency: UInt16, open: Int64)
    ) {
      let reference = openItem.paymentReference?.value
      if let reference { byReference.file(item, under: reference) }
      if let text = openItem.paymentReferenceText {
        let compact = String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
        if !compact.isEmpty, compact != reference { byReferenceText.file(item, under: compact) }
      }
      if let number {
        byNumber.file(item, under: number.compact)
        if let grouped = number.grouped { byNumberGroups.file(item, under: grouped) }
      }
      byCustomerAmount.file(
        item,
        under: AmountKey(
          customer: amount.customer, currency: amount.currency, minorUnits: amount.open))
      byAmount.file(
        item, under: AmountKey(customer: -1, currency: amount.currency, minorUnits: amount.open))
    }

  }

  /// The open invoices each shared reference stands for, oldest first.
  private static func sharedReferences(
    _ references: [String: [String]], items: [OpenItem], role: [ItemRole], age: [Int32]
  ) -> [String: [Int32]] {
    guard !references.isEmpty else { return [:] }
    var position: [String: Int32] = [:]
    position.reserveCapacity(items.count)
    for (index, item) in items.enumerated() where role[index] == .invoice {
      position[item.number] = Int32(index)
    }
    return references.mapValues { numbers in
      numbers.compactMap { position[$0] }.sorted { age[Int($0)] < age[Int($1)] }
    }.filter { !$0.value.isEmpty }
  }
}
