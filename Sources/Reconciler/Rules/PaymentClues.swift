import Receivables

/// What a payment's own fields say about what it pays, read before any amount is decided:
/// the items its references and document numbers name, and the customer its IBAN or name
/// points to. Reading clues only reads the book, so payments are read in parallel.
struct PaymentClues: Sendable {
  /// An item named by a payment reference.
  struct ReferenceHit: Sendable {
    let item: Int32
    /// The reference as printed ("RF18 5390 0754 7034").
    let printed: String
    /// Whether it came from the structured reference field rather than the free text.
    let structured: Bool
  }

  /// An item whose number a word of the remittance text equals after normalisation.
  struct NumberHit: Sendable {
    let item: Int32
    /// Which number of the text named it (hits of one number share it).
    let token: Int16
    let written: String
    let labelled: Bool
    /// Whether the text has the number letter for letter, prefix and zeros included.
    let exactForm: Bool
    let length: Int
    let hasLetters: Bool
  }

  var payment: Int32
  var currency: UInt16
  var references: [ReferenceHit] = []
  var numbers: [NumberHit] = []
  /// The customer the payer's IBAN belongs to, or -1.
  var payer: Int32 = -1
  /// The customers whose name reads as the payer's name.
  var namedCustomers: [Int32] = []

  /// Whether the payment's name and account both fail to point to a customer.
  var hasNoParty: Bool { payer < 0 && namedCustomers.isEmpty }

  /// Whether `customer` is the one the IBAN or the name points to.
  func paidBy(_ customer: Int32) -> Bool {
    payer == customer || namedCustomers.contains(customer)
  }

  /// Whether the IBAN or the name points to exactly one customer other than `customer`.
  func conflicts(with customer: Int32) -> Bool {
    if payer >= 0 { return payer != customer }
    return namedCustomers.count == 1 && namedCustomers[0] != customer
  }

  /// The position of a currency no item has: nothing can be paid, but the references still
  /// show what the payer meant.
  static let foreignCurrency = UInt16.max

  /// The clues of an incoming payment with something to allocate; nil otherwise.
  init?(reading balance: PaymentBalance, at position: Int, in book: OpenItemBook) {
    let payment = balance.payment
    guard payment.isIncomingPayment, balance.unallocated.isPositive,
      balance.unallocated.currency == payment.amount.currency
    else { return nil }
    self.payment = Int32(position)
    self.currency = book.currencyPosition(of: balance.unallocated.currency) ?? Self.foreignCurrency
    let unreadStructured = readReferences(of: payment, in: book)
    readNumbers(in: payment.remittanceText, structured: unreadStructured, book: book)
    if let iban = payment.counterpartyIBAN { payer = book.customers.payer(iban: iban) }
    if let name = payment.counterpartyName {
      namedCustomers = Array(book.customers.customers(named: PartyName(name)).prefix(10))
    }
  }
}
