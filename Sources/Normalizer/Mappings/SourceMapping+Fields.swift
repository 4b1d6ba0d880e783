extension SourceMapping.RecordKind {
  /// The fields a mapping of this kind must map.
  var requiredFields: [String] {
    switch self {
    case .openItems: ["number", "issueDate", "amount"]
    case .customers: ["customerID", "customerName"]
    case .creditInfo: ["customerID", "assessedOn"]
    case .payments: ["bookingDate", "amount"]
    case .eInvoices: []
    case .holds: ["action", "reason"]
    }
  }

  /// Every field a mapping of this kind may map.
  var knownFields: Set<String> {
    let customer: Set<String> = [
      "customerID", "customerName", "email", "street", "postalCode", "city", "country", "language",
      "segment", "creditLimit", "currency", "iban", "group",
    ]
    switch self {
    case .openItems:
      return customer.union([
        "number", "issueDate", "dueDate", "amount", "openAmount", "paymentReference",
        "debitCredit", "documentType", "account", "contraAccount", "policy",
      ])
    case .customers:
      return customer.union(["policy"])
    case .creditInfo:
      return ["customerID", "customerName", "score", "creditLimit", "assessedOn", "currency"]
    case .payments:
      return [
        "bookingDate", "valueDate", "amount", "currency", "payerName", "payerIban", "reference",
        "remittance", "endToEndId", "debitCredit", "bankReference", "status", "creditAmount",
      ]
    case .eInvoices:
      return []
    case .holds:
      return ["action", "number", "customerID", "until", "reason", "amount", "currency"]
    }
  }
}

extension SourceMapping {
  /// The fields whose columns identify a file when the mapping names no recognition columns.
  var recognitionFields: [String] {
    kind.requiredFields.filter { self.fields[$0] != nil }
  }

  /// For open items, the file must also name its customers: by number or by name.
  var needsCustomerColumn: Bool {
    kind == .openItems && (fields["customerID"] != nil || fields["customerName"] != nil)
  }
}
