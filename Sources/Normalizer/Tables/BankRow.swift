import Foundation
import Parsers
import Receivables

/// Reads one row of a bank's CSV account export into an incoming payment.
struct BankRow {
  let cells: RowCells
  let file: String

  enum Reading {
    case payment(Payment)
    /// Not a customer payment (money going out, a pending booking), with why.
    case skipped(String)
  }

  func read() throws(ValueProblem) -> Reading {
    guard let booked = try cells.date("bookingDate") else {
      throw ValueProblem.missing("booking date")
    }
    let currency = try cells.currency()
    var amount = try cells.amount("amount", currency: currency)
    if amount == nil { amount = try cells.amount("creditAmount", currency: currency)?.magnitude }
    guard let written = amount else { throw ValueProblem.missing("amount") }
    if let status = cells.text("status")?.lowercased(),
      ["vorgemerkt", "pending", "pend", "vorgemerkt", "offen"].contains(where: status.contains)
    {
      return .skipped("a pending booking (\(cells.text("status") ?? "")), not booked yet")
    }
    let signed = try cells.mapping.signs.signed(written, indicator: cells.text("debitCredit"))
      .amount
    guard signed.isPositive else {
      return .skipped(
        signed.isZero ? "an amount of zero" : "money going out (a debit), not a customer payment")
    }
    let value = try cells.date("valueDate") ?? booked
    var remittance = cells.text("remittance")
    var reference = cells.text("reference")
    var endToEnd = cells.text("endToEndId")
    if let text = remittance {
      let fields = SepaRemittance(text)
      reference = reference ?? fields.creditorReference
      endToEnd = endToEnd ?? fields.endToEndID
      remittance = fields.remittance ?? text
    }
    let iban = cells.text("payerIban").map {
      $0.trimmingCharacters(in: CharacterSet(charactersIn: "' "))
    }
    let identityFields = [
      booked.iso8601, value.iso8601, signed.decimalString, currency.code,
      cells.text("payerName") ?? "",
      iban ?? "", remittance ?? "", reference ?? "", endToEnd ?? "",
    ]
    let identity =
      cells.text("bankReference").map { "bank:\($0)" }
      ?? "row:" + StableHash.hex(of: identityFields.joined(separator: "\u{1F}"))
    var payment = Payment(
      bankReference: identity, bookingDate: booked, valueDate: value, amount: signed,
      counterpartyName: cells.text("payerName"), counterpartyIBAN: iban,
      structuredReference: reference, remittanceText: remittance, endToEndID: endToEnd,
      source: SourceLocation(file: file, line: cells.row.line))
    payment.servicerReference = cells.text("bankReference")
    return .payment(payment)
  }
}

/// The SEPA fields German banks write into one remittance text ("EREF+… MREF+… SVWZ+…").
struct SepaRemittance {
  var endToEndID: String?
  var creditorReference: String?
  var remittance: String?

  init(_ text: String) {
    let keys = [
      "EREF+", "KREF+", "MREF+", "CRED+", "DEBT+", "SVWZ+", "ABWA+", "ABWE+", "IBAN+", "BIC+",
    ]
    var parts: [String: String] = [:]
    var current: String?
    var rest = Substring(text)
    while !rest.isEmpty {
      if let key = keys.first(where: { rest.hasPrefix($0) }) {
        current = key
        rest = rest.dropFirst(key.count)
        continue
      }
      if let key = current, let character = rest.first { parts[key, default: ""].append(character) }
      rest = rest.dropFirst()
    }
    let trimmed = { (key: String) in
      parts[key]?.trimmingCharacters(in: .whitespaces).nilIfEmpty
    }
    endToEndID = trimmed("EREF+").flatMap { $0 == "NOTPROVIDED" ? nil : $0 }
    remittance = trimmed("SVWZ+")
    creditorReference = nil
  }
}

extension String {
  var nilIfEmpty: String? { isEmpty ? nil : self }
}
