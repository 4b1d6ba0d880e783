import Foundation
import Parsers
import Receivables

/// One open-items row read into a customer and an item.
struct OpenItemRow {
  var customer: Customer
  var item: OpenItem

  /// Reads rows by a mapping and a header layout.
  struct Reader {
    let mapping: SourceMapping
    let layout: HeaderLayout
    let file: String

    func read(_ row: CSVRow) throws(ValueError) -> OpenItemRow {
      let nonEmpty =
        row.cells.lastIndex(where: { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty })
        ?? -1
      guard nonEmpty < layout.header.count else {
        throw ValueError(
          "the row has \(nonEmpty + 1) cells but the header has \(layout.header.count)",
          fix:
            "check for an unquoted delimiter inside a value; quote such values or remove the extra cells"
        )
      }
      let cells = Cells(values: row.cells, layout: layout)
      let amounts = AmountText(decimalSeparator: Character(mapping.dialect.decimalSeparator))
      let dates = DatePattern(mapping.dialect.dateFormat) ?? DatePattern("yyyy-mm-dd")!
      let number = try cells.required("number")
      let currencyCode = cells.optional("currency") ?? mapping.defaults.currency ?? ""
      let currency: Currency
      do {
        currency = try Currency(code: currencyCode)
      } catch {
        throw ValueError(
          error.message, fix: "fill the currency column or set defaults.currency in the mapping")
      }
      let amount = try amounts.money(try cells.required("amount"), currency: currency)
      let open =
        try cells.optional("openAmount").map { text throws(ValueError) in
          try amounts.money(text, currency: currency)
        } ?? amount
      let issueDate = try date(cells.required("issueDate"), field: "invoice date", dates)
      let dueDate: LocalDate
      if let text = cells.optional("dueDate") {
        dueDate = try date(text, field: "due date", dates)
      } else if let days = mapping.defaults.paymentTermsDays {
        dueDate = issueDate.adding(days: days)
      } else {
        throw ValueError(
          "the due date is empty",
          fix: "fill the due date or set defaults.paymentTermsDays in the mapping")
      }
      guard open.minorUnits.signum() != -amount.minorUnits.signum(),
        open.magnitude <= amount.magnitude
      else {
        throw ValueError(
          "the open amount \(open.decimalString) does not fit the invoice amount \(amount.decimalString)",
          fix: "the open amount must lie between zero and the invoice amount, with the same sign")
      }
      let customer = Customer(
        id: try cells.required("customerID"), name: try cells.required("customerName"),
        email: cells.optional("email"),
        language: cells.optional("language").flatMap(Language.init(code:)),
        address: cells.optional("street").map {
          PostalAddress(
            street: $0, postalCode: cells.optional("postalCode") ?? "",
            city: cells.optional("city") ?? "", countryCode: cells.optional("country"))
        })
      let item = OpenItem(
        number: number, kind: amount.isNegative ? .creditNote : .invoice,
        customerID: customer.id, issueDate: issueDate, dueDate: dueDate, amount: amount,
        openAmount: open,
        paymentReference: try reference(cells.optional("paymentReference"), number: number),
        source: SourceLocation(file: file, line: row.line))
      return OpenItemRow(customer: customer, item: item)
    }

    private func date(_ text: String, field: String, _ pattern: DatePattern) throws(ValueError)
      -> LocalDate
    {
      guard let date = pattern.date(from: text) else {
        throw ValueError(
          "the \(field) '\(text)' is not a date in the form \(pattern.text)",
          fix:
            "correct the date, or set dialect.dateFormat in mappings/sources/\(mapping.name).yaml")
      }
      return date
    }

    /// The row's reference when it has a valid one; an RF reference made from the invoice number otherwise.
    private func reference(_ text: String?, number: String) throws(ValueError) -> PaymentReference?
    {
      if let text {
        do {
          return try PaymentReference(recognising: text)
        } catch {
          throw ValueError(
            "the payment reference '\(text)' is not valid: \(error.message)",
            fix:
              "correct the reference (its check digits are wrong) or leave it empty so arflow makes an RF reference"
          )
        }
      }
      return try? PaymentReference.creditorReference(for: number)
    }
  }
}

/// A row's cells looked up by field name.
struct Cells {
  let values: [String]
  let layout: HeaderLayout

  func optional(_ field: String) -> String? {
    guard let index = layout.columns[field], index < values.count else { return nil }
    let value = values[index].trimmingCharacters(in: .whitespacesAndNewlines)
    return value.isEmpty ? nil : value
  }

  func required(_ field: String) throws(ValueError) -> String {
    guard let value = optional(field) else {
      let column = layout.columns[field].map { "column '\(layout.header[$0])'" } ?? "its column"
      throw ValueError(
        "\(FieldName.words(field)) is empty (\(column))",
        fix: "fill in \(FieldName.words(field)) in the accounting system and export again")
    }
    return value
  }
}

/// Field names in a bookkeeper's words.
enum FieldName {
  static func words(_ field: String) -> String {
    switch field {
    case "number": "the invoice number"
    case "customerID": "the customer number"
    case "customerName": "the customer name"
    case "issueDate": "the invoice date"
    case "amount": "the invoice amount"
    default: "the \(field)"
    }
  }
}
