import Foundation
import Parsers
import Receivables

/// Reads the customer fields of a row: from a customer master file or beside an open item.
struct CustomerRow {
  let cells: RowCells

  func customer(id: String, name: String) -> Customer {
    var address: PostalAddress?
    if let street = cells.text("street") {
      address = PostalAddress(
        street: street, postalCode: cells.text("postalCode") ?? "", city: cells.text("city") ?? "",
        countryCode: cells.text("country"))
    }
    var customer = Customer(
      id: id, name: name, email: cells.text("email"),
      language: cells.text("language").flatMap(Language.init(code:)), address: address,
      segment: segment, creditLimit: limit)
    customer.bankAccounts = writtenIBANs.filter(IBAN.isValid).map(IBAN.compact)
    customer.group = cells.text("group")
    return customer
  }

  /// The IBANs in the `iban` column as written: several may be separated by `;`, `,` or `/`.
  private var writtenIBANs: [String] {
    guard let text = cells.text("iban") else { return [] }
    return text.split(whereSeparator: { ";,/".contains($0) }).map(String.init)
      .filter { !$0.allSatisfy(\.isWhitespace) }
  }

  /// The customer master's IBANs, each checked: a mistyped one would make payments from
  /// someone else's account this customer's.
  private func checkedIBANs() throws(ValueProblem) -> [String] {
    try writtenIBANs.map { (written: String) throws(ValueProblem) -> String in
      guard IBAN.isValid(written) else {
        throw ValueProblem(
          .notAnIBAN,
          "the IBAN '\(written.trimmingCharacters(in: .whitespaces))' is not valid (country code, check digits and account number do not agree)",
          fix: "copy it exactly as it appears on a bank statement, or leave the IBAN column empty")
      }
      return IBAN.compact(written)
    }
  }

  /// A customer master row.
  /// A customer master row; nil for an account outside the mapping's customer accounts (a
  /// supplier in DATEV's Debitoren/Kreditoren file).
  func read() throws(ValueProblem) -> Customer? {
    guard let id = try cells.identifier("customerID") else {
      throw ValueProblem.missing("customer number")
    }
    if let range = cells.mapping.customerAccounts, let account = Int(id), !range.contains(account) {
      return nil
    }
    var customer = customer(id: id, name: try cells.required("customerName"))
    customer.creditLimit = try creditLimit()
    customer.bankAccounts = try checkedIBANs()
    customer.dunningPolicy = cells.text("policy")
    if let text = cells.text("segment"), segment == nil {
      throw ValueProblem(
        .notAnAmount, "the segment '\(text)' is neither B2B nor B2C",
        fix: "write B2B (business) or B2C (consumer)")
    }
    return customer
  }

  private var segment: Customer.Segment? {
    switch cells.text("segment")?.uppercased() {
    case "B2B", "BUSINESS", "B", "ZAKELIJK", "GEWERBLICH": .business
    case "B2C", "CONSUMER", "C", "PARTICULIER", "PRIVAT": .consumer
    default: nil
    }
  }

  private var limit: Money? { try? creditLimit() }

  private func creditLimit() throws(ValueProblem) -> Money? {
    guard cells.text("creditLimit") != nil else { return nil }
    return try cells.amount("creditLimit", currency: try cells.currency())
  }
}
