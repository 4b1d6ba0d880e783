import Receivables

/// The open items as the rules look them up: by payment reference, by document number, by
/// customer and amount, everything oldest first. Built once per run and only read afterwards.
struct OpenItemBook: Sendable {
  let items: [OpenItem]
  /// The currencies of the run; items and payments refer to them by position.
  let currencies: [Currency]
  let currencyPositions: [String: UInt16]
  let itemCurrency: [UInt16]
  let itemCustomer: [Int32]
  let role: [ItemRole]
  /// What is open at the start: an invoice's open amount, or a credit note's credit
  /// (positive), in minor units; zero for ignored items.
  let initialOpen: [Int64]
  /// The item's rank from oldest (0): by due date, then issue date, then input order.
  let age: [Int32]
  let byReference: KeyedChains<String>
  let byReferenceText: KeyedChains<String>
  /// The open invoices a reminder letter's or an instalment's own RF reference stands for,
  /// oldest first; every one of them is named, however many.
  let bySharedReference: [String: [Int32]]
  let byNumber: KeyedChains<String>
  let byNumberGroups: KeyedChains<String>
  let byCustomerAmount: KeyedChains<AmountKey>
  let byAmount: KeyedChains<AmountKey>
  /// Open credit notes, oldest first.
  let creditNotes: [Int32]
  let customers: CustomerDirectory

  /// The position of a payment's currency among the items' currencies; nil when no item has it.
  func currencyPosition(of currency: Currency) -> UInt16? {
    currencyPositions[currency.code]
  }

  /// Whether `item` is an invoice of `currency` (by position).
  func isInvoice(_ item: Int32, in currency: UInt16) -> Bool {
    role[Int(item)] == .invoice && itemCurrency[Int(item)] == currency
  }

  func number(_ item: Int32) -> String { items[Int(item)].number }

  func customer(_ item: Int32) -> Int32 { itemCustomer[Int(item)] }

  func money(_ minorUnits: Int64, item: Int32) -> Money {
    Money(minorUnits: minorUnits, currency: currencies[Int(itemCurrency[Int(item)])])
  }

  /// "invoice 2026-000123 of Bakkerij De Korst B.V. (customer 10023)".
  func describe(_ item: Int32) -> String {
    let kind = role[Int(item)] == .creditNote ? "credit note" : "invoice"
    return "\(kind) \(number(item)) of \(customers.describe(customer(item)))"
  }
}
