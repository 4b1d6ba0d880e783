import Parsers
import Receivables

/// Reads one open-items row into a customer and an invoice or credit note.
struct OpenItemRow {
  let cells: RowCells
  let file: String

  /// - Returns: nil when the row is a booking on no customer account (DATEV), with why.
  func read() throws(ValueProblem) -> (customer: Customer, item: OpenItem)? {
    if let range = cells.mapping.customerAccounts, !CustomerAccountBooking.touches(range, cells) {
      return nil
    }
    let currency = try cells.currency()
    guard let written = try cells.amount("amount", currency: currency) else {
      throw ValueProblem.missing("amount")
    }
    var customerID = try cells.identifier("customerID")
    var signed = try cells.mapping.signs.signed(
      written, indicator: cells.text("debitCredit") ?? cells.text("documentType"))
    if let range = cells.mapping.customerAccounts {
      guard let booking = try CustomerAccountBooking(cells: cells, range: range, signed: signed)
      else { return nil }
      customerID = booking.customerID
      signed = booking.signed
    }
    guard let number = try cells.identifier("number") else {
      throw ValueProblem(
        .missing, "the invoice number is empty",
        fix: "fill in the invoice number in the accounting system and export again")
    }
    let amount = signed.amount
    var open = try cells.amount("openAmount", currency: currency) ?? amount
    if open.minorUnits.signum() == -amount.minorUnits.signum(), !open.isZero {
      open = (try? open.negated()) ?? open
    }
    guard open.magnitude <= amount.magnitude else {
      throw ValueProblem(
        .signContradiction,
        "the open amount \(open.decimalString) is more than the invoice amount \(amount.decimalString)",
        fix: "the open amount must lie between zero and the invoice amount")
    }
    guard let issueDate = try cells.date("issueDate") else {
      throw ValueProblem.missing("invoice date")
    }
    let dueDate: LocalDate
    let basis: DueDateBasis
    if let due = try cells.date("dueDate") {
      dueDate = due
      basis = DueDateBasis(.document)
    } else if let days = cells.mapping.defaults.paymentTermsDays {
      dueDate = issueDate.adding(days: days)
      basis = DueDateBasis(.sourceTerms, days: days, source: cells.mapping.name)
    } else {
      throw ValueProblem(
        .missing, "the due date is empty",
        fix: "fill the due date or set defaults.paymentTermsDays in the mapping")
    }
    let name = cells.text("customerName")
    guard let id = customerID ?? name else {
      throw ValueProblem(
        .missing, "the row names no customer",
        fix: "fill in the customer number or name in the accounting system and export again")
    }
    let customer = CustomerRow(cells: cells).customer(id: id, name: name ?? id)
    var item = OpenItem(
      number: number, kind: signed.kind, customerID: id, issueDate: issueDate, dueDate: dueDate,
      amount: amount, openAmount: open, paymentReference: try reference(number: number),
      source: SourceLocation(file: file, line: cells.row.line))
    item.dueDateBasis = basis
    item.dunningPolicy = cells.text("policy")
    return (customer, item)
  }

  /// The row's reference when it has a structured one (checked: a wrong check digit rejects
  /// the row); an RF reference made from the invoice number otherwise, also when the column
  /// holds free text.
  private func reference(number: String) throws(ValueProblem) -> PaymentReference? {
    if let text = cells.text("paymentReference") {
      do {
        return try PaymentReference(recognising: text)
      } catch  where error.code == .unrecognised {
        return try? PaymentReference.creditorReference(for: number)
      } catch {
        throw ValueProblem(
          .notAnAmount, "the payment reference '\(text)' is not valid: \(error.message)",
          fix:
            "correct the reference (its check digits are wrong) or leave it empty so arflow makes an RF reference"
        )
      }
    }
    return try? PaymentReference.creditorReference(for: number)
  }
}
