import Receivables

/// The generated customers and open items of a benchmark run, with what the payment
/// generator needs to know about them.
struct BenchmarkLedger {
  var customers: [Customer] = []
  /// Each customer's IBAN; `known` says whether it is among the known payers.
  var ibans: [String] = []
  var known: [Bool] = []
  /// Whether another customer's name reads the same (a name-only payment is then ambiguous).
  var sharesName: [Bool] = []
  var items: [OpenItem] = []
  /// Each customer's invoices.
  var invoicesOf: [[Int32]] = []
  /// The credit netted against each invoice a credit note refers to.
  var creditAgainst: [Int32: Int64] = [:]
  /// Credit notes and the invoice each refers to.
  var creditNotes: [(note: Int32, invoice: Int32)] = []
  var isReferred: [Bool] = []

  static let firstDue = LocalDate(daysSinceEpoch: 20_362)  // 2025-10-01

  init(size: Int, random: inout BenchmarkRandom) {
    let customerCount = max(10, size / 10)
    addCustomers(customerCount, random: &random)
    invoicesOf = Array(repeating: [], count: customerCount)
    addItems(size, customers: customerCount, random: &random)
  }

  var knownPayers: KnownPayers {
    var payers: [String: String] = [:]
    for (index, customer) in customers.enumerated() where known[index] {
      payers[ibans[index]] = customer.id
    }
    return KnownPayers(payers)
  }

  private mutating func addCustomers(_ count: Int, random: inout BenchmarkRandom) {
    let words = BenchmarkWords.self
    let radix = [
      words.trades.count, words.families.count, words.families.count, words.places.count,
    ]
    let combinations = radix.reduce(1, *)
    for index in 0..<count {
      var code = (index &* 7919 &+ 13) % combinations
      var parts: [Int] = []
      for base in radix {
        parts.append(code % base)
        code /= base
      }
      let legal = words.legalForms[index % words.legalForms.count]
      var name =
        "\(words.trades[parts[0]]) \(words.families[parts[1]]) & \(words.families[parts[2]]) "
        + "\(words.places[parts[3]])"
      if index % 100 == 37, let previous = customers.last {
        name = String(previous.name.split(separator: " ").dropLast().joined(separator: " "))
      }
      customers.append(
        Customer(id: "K\(Self.padded(index, 7))", name: legal.isEmpty ? name : "\(name) \(legal)"))
      ibans.append("NL\(10 + index % 90)ABNA\(Self.padded(index, 10))")
      known.append(random.chance(75))
      sharesName.append(false)
    }
    // Names that read the same once word order is ignored ("Maes & de Vries", "de Vries &
    // Maes") are as ambiguous as twins.
    var keys: [String: Int] = [:]
    for customer in customers { keys[PartyName(customer.name).key, default: 0] += 1 }
    for (index, customer) in customers.enumerated()
    where keys[PartyName(customer.name).key, default: 0] > 1 {
      sharesName[index] = true
    }
  }

  static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
