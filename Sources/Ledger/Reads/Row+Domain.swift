import Foundation
import GRDB
import Receivables

/// Reading stored rows back into domain values; a value that does not read is a corrupt record.
extension Row {
  func date(_ column: String) throws -> LocalDate {
    let text: String = self[column]
    do {
      return try LocalDate(iso8601: text)
    } catch {
      throw LedgerError(.corruptRecord, "column \(column) holds '\(text)', not a date")
    }
  }

  func money(_ column: String, currencyColumn: String = "currency") throws -> Money {
    let code: String = self[currencyColumn]
    let minor: Int64 = self[column]
    do {
      return Money(minorUnits: minor, currency: try Currency(code: code))
    } catch {
      throw LedgerError(.corruptRecord, "column \(currencyColumn) holds '\(code)', not a currency")
    }
  }

  func openItem(fileName: String) throws -> OpenItem {
    var reference: PaymentReference?
    if let value: String = self["payment_reference"],
      let schemeText: String = self["reference_scheme"],
      let scheme = PaymentReference.Scheme(rawValue: schemeText)
    {
      reference = try? PaymentReference(value, scheme: scheme)
    }
    let kindText: String = self["kind"]
    var item = OpenItem(
      number: self["number"], kind: OpenItem.Kind(rawValue: kindText) ?? .invoice,
      customerID: self["customer_id"], issueDate: try date("issue_date"),
      dueDate: try date("due_date"), amount: try money("amount_minor"),
      openAmount: try money("open_minor"), paymentReference: reference,
      source: SourceLocation(
        file: fileName, line: self["source_line"], element: self["source_element"]))
    item.dueDateBasis = (self["due_date_basis"] as String?).flatMap(DueDateBasis.init(stored:))
    item.typeCode = self["type_code"]
    item.paymentReferenceText = self["payment_reference_text"]
    item.precedingInvoice = self["preceding_number"]
    item.dunningHold = self["dunning_hold"]
    item.dunningPolicy = self["dunning_policy"]
    if let from: String = self["dunnable_from"] {
      item.dunnableFrom = try? LocalDate(iso8601: from)
    }
    if let text: String = self["provenance"] {
      for line in text.split(separator: "\n") {
        let parts = line.split(separator: ":", maxSplits: 1)
        if parts.count == 2 {
          item.provenance[String(parts[0])] = parts[1].trimmingCharacters(in: .whitespaces)
        }
      }
    }
    return item
  }

  func customer() -> Customer {
    var address: PostalAddress?
    if let street: String = self["street"] {
      address = PostalAddress(
        street: street, postalCode: self["postal_code"] ?? "", city: self["city"] ?? "",
        countryCode: self["country_code"])
    }
    let language: String? = self["language"]
    let segment: String? = self["segment"]
    var limit: Money?
    if let minor: Int64 = self["credit_limit_minor"],
      let code: String = self["credit_limit_currency"],
      let currency = try? Currency(code: code)
    {
      limit = Money(minorUnits: minor, currency: currency)
    }
    var customer = Customer(
      id: self["id"], name: self["name"], email: self["email"],
      language: language.flatMap(Language.init(code:)), address: address,
      segment: segment.flatMap(Customer.Segment.init(rawValue:)), creditLimit: limit)
    customer.group = self["group_name"]
    customer.dunningPolicy = self["dunning_policy"]
    return customer
  }

  func payment(fileName: String) throws -> Payment {
    var payment = Payment(
      bankReference: self["bank_reference"], bookingDate: try date("booking_date"),
      valueDate: try date("value_date"), amount: try money("amount_minor"),
      counterpartyName: self["counterparty_name"], counterpartyIBAN: self["counterparty_iban"],
      structuredReference: self["structured_reference"], remittanceText: self["remittance_text"],
      endToEndID: self["end_to_end_id"],
      source: SourceLocation(
        file: fileName, line: self["source_line"], element: self["source_element"]))
    payment.account = self["account"]
    payment.isReversal = self["is_reversal"] ?? false
    payment.returnReason = self["return_reason"]
    payment.transactionCode = self["transaction_code"]
    payment.mandateID = self["mandate_id"]
    payment.ultimateDebtor = self["ultimate_debtor"]
    payment.servicerReference = self["servicer_reference"]
    return payment
  }
}
