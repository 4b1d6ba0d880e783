import Normalizer
import Receivables

/// Where a record was read from, as an inspect line shows it.
struct SourceLine: Encodable {
  let location: SourceLocation

  enum CodingKeys: String, CodingKey { case file, line, element }

  func encode(to encoder: any Encoder) throws {
    var values = encoder.container(keyedBy: CodingKeys.self)
    try values.encode(location.file, forKey: .file)
    try values.encode(location.line, forKey: .line)
    try values.encodeIfPresent(location.element, forKey: .element)
  }
}

/// A customer record.
struct CustomerLine: Encodable {
  let customer: Customer

  enum CodingKeys: String, CodingKey {
    case kind, id, name, email, language, street, postalCode, city, country
  }

  func encode(to encoder: any Encoder) throws {
    var values = encoder.container(keyedBy: CodingKeys.self)
    try values.encode("customer", forKey: .kind)
    try values.encode(customer.id, forKey: .id)
    try values.encode(customer.name, forKey: .name)
    try values.encode(customer.email, forKey: .email)
    try values.encode(customer.language?.rawValue, forKey: .language)
    try values.encode(customer.address?.street, forKey: .street)
    try values.encode(customer.address?.postalCode, forKey: .postalCode)
    try values.encode(customer.address?.city, forKey: .city)
    try values.encode(customer.address?.countryCode, forKey: .country)
  }
}

/// An invoice or credit note.
struct ItemLine: Encodable {
  let item: OpenItem
  let customerName: String?

  init(_ item: OpenItem, customerName: String?) {
    self.item = item
    self.customerName = customerName
  }

  enum CodingKeys: String, CodingKey {
    case kind, number, customerId, customerName, issueDate, dueDate, amount, openAmount, currency
    case paymentReference, source, dueDateBasis, dueDateReason, typeCode, precedingInvoice
    case dunningHold, dunnableFrom, warnings, provenance
  }

  func encode(to encoder: any Encoder) throws {
    var values = encoder.container(keyedBy: CodingKeys.self)
    try values.encode(item.kind == .invoice ? "invoice" : "creditNote", forKey: .kind)
    try values.encode(item.number, forKey: .number)
    try values.encode(item.customerID, forKey: .customerId)
    try values.encode(customerName, forKey: .customerName)
    try values.encode(item.issueDate.iso8601, forKey: .issueDate)
    try values.encode(item.dueDate.iso8601, forKey: .dueDate)
    try values.encode(item.amount.decimalString, forKey: .amount)
    try values.encode(item.openAmount.decimalString, forKey: .openAmount)
    try values.encode(item.currency.code, forKey: .currency)
    try values.encode(
      item.paymentReference?.value ?? item.paymentReferenceText, forKey: .paymentReference)
    try values.encode(SourceLine(location: item.source), forKey: .source)
    try values.encodeIfPresent(item.dueDateBasis?.origin.rawValue, forKey: .dueDateBasis)
    try values.encodeIfPresent(item.dueDateBasis?.description, forKey: .dueDateReason)
    try values.encodeIfPresent(item.typeCode, forKey: .typeCode)
    try values.encodeIfPresent(item.precedingInvoice, forKey: .precedingInvoice)
    try values.encodeIfPresent(item.dunningHold, forKey: .dunningHold)
    try values.encodeIfPresent(item.dunnableFrom?.iso8601, forKey: .dunnableFrom)
    if !item.warnings.isEmpty { try values.encode(item.warnings, forKey: .warnings) }
    if !item.provenance.isEmpty { try values.encode(item.provenance, forKey: .provenance) }
  }
}

/// A bank booking, booked or pending.
struct PaymentLine: Encodable {
  let payment: Payment
  let status: String

  init(_ payment: Payment, status: String) {
    self.payment = payment
    self.status = status
  }

  enum CodingKeys: String, CodingKey {
    case kind, bankReference, bookingDate, valueDate, amount, currency, direction, payerName
    case payerIban, reference, remittance, endToEndId, source, status, account, reversal
    case returnReason, transactionCode, mandateId, ultimateDebtor
  }

  func encode(to encoder: any Encoder) throws {
    var values = encoder.container(keyedBy: CodingKeys.self)
    try values.encode("payment", forKey: .kind)
    try values.encode(payment.bankReference, forKey: .bankReference)
    try values.encode(payment.bookingDate.iso8601, forKey: .bookingDate)
    try values.encode(payment.valueDate.iso8601, forKey: .valueDate)
    try values.encode(payment.amount.magnitude.decimalString, forKey: .amount)
    try values.encode(payment.amount.currency.code, forKey: .currency)
    try values.encode(payment.amount.isNegative ? "debit" : "credit", forKey: .direction)
    try values.encode(payment.counterpartyName, forKey: .payerName)
    try values.encode(payment.counterpartyIBAN, forKey: .payerIban)
    try values.encode(payment.structuredReference, forKey: .reference)
    try values.encode(payment.remittanceText, forKey: .remittance)
    try values.encode(payment.endToEndID, forKey: .endToEndId)
    try values.encode(SourceLine(location: payment.source), forKey: .source)
    try values.encode(status, forKey: .status)
    try values.encodeIfPresent(payment.account, forKey: .account)
    if payment.isReversal { try values.encode(true, forKey: .reversal) }
    try values.encodeIfPresent(payment.returnReason, forKey: .returnReason)
    try values.encodeIfPresent(payment.transactionCode, forKey: .transactionCode)
    try values.encodeIfPresent(payment.mandateID, forKey: .mandateId)
    try values.encodeIfPresent(payment.ultimateDebtor, forKey: .ultimateDebtor)
  }
}
