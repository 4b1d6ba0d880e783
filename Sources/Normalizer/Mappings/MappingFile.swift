import Receivables

/// A mapping file as written in YAML, before it is checked.
struct MappingFile: Decodable {
  var name: String?
  var kind: String?
  var snapshot: String?
  var snapshotGuard: Int?
  var recognise: RecognitionText
  var dialect: DialectText?
  var defaults: DefaultsText?
  var signs: SignsText?
  var customerAccounts: String?
  var groupHeading: String?
  var fields: [String: [String]]?
  var eInvoices: EInvoicesText?

  struct EInvoicesText: Decodable {
    var customerId: [String]?
    var typeCodes: [String: String]?
    var remindAccountingInformation: Bool?
    var directDebitMarginDays: Int?
    var customerTerms: [String: Int]?
    var specifications: [String]?
    var sellers: [String]?
  }

  struct RecognitionText: Decodable {
    var fileNames: [String]?
    var columns: [String]?
    var firstLine: String?
    var noHeader: Bool?
  }

  struct DialectText: Decodable {
    var decimalSeparator: String?
    var dateFormat: String?
    var fallbackDecimalSeparator: String?
    var fallbackDateFormat: String?
    var twoDigitYearPivot: Int?
  }

  struct DefaultsText: Decodable {
    var currency: String?
    var paymentTermsDays: Int?
  }

  struct SignsText: Decodable {
    var convention: String
    var debit: [String]?
    var credit: [String]?
    var creditNote: [String]?
    var invoice: [String]?
  }

  /// Why a mapping file is not usable.
  struct Problem: Error {
    let message: String
  }

  func mapping(defaultName: String) throws(Problem) -> SourceMapping {
    let fields = self.fields ?? [:]
    let kindText = kind ?? "open-items"
    guard let kind = SourceMapping.RecordKind(rawValue: kindText) else {
      throw Problem(
        message:
          "kind '\(kindText)' is not one of \(SourceMapping.RecordKind.allCases.map(\.rawValue).joined(separator: ", "))"
      )
    }
    let unknown = Set(fields.keys).subtracting(kind.knownFields).sorted()
    guard unknown.isEmpty else {
      throw Problem(
        message:
          "unknown fields \(unknown.joined(separator: ", ")) for kind \(kind.rawValue); known fields are \(kind.knownFields.sorted().joined(separator: ", "))"
      )
    }
    var required = kind.requiredFields
    if kind == .openItems, fields["customerID"] == nil, fields["customerName"] == nil,
      customerAccounts == nil
    {
      required.append("customerID")
    }
    let missing = required.filter { fields[$0]?.isEmpty ?? true }
    guard missing.isEmpty else {
      throw Problem(
        message: "the mapping must name a column for \(missing.joined(separator: ", "))")
    }
    var mapping = SourceMapping(
      name: name ?? defaultName, kind: kind, isFullSnapshot: try fullSnapshot(),
      recognise: .init(
        fileNames: recognise.fileNames ?? ["*"], columns: recognise.columns ?? [],
        firstLine: recognise.firstLine, noHeader: recognise.noHeader ?? false),
      dialect: try dialectSettings(),
      defaults: .init(currency: defaults?.currency, paymentTermsDays: defaults?.paymentTermsDays),
      signs: try signConvention(), customerAccounts: try accountRange(),
      groupHeading: groupHeading, fields: fields)
    if let snapshotGuard {
      guard (0...100).contains(snapshotGuard) else {
        throw Problem(message: "snapshotGuard is a percentage from 0 to 100")
      }
      mapping.snapshotGuardPercent = snapshotGuard
    }
    if let eInvoices {
      guard kind == .eInvoices else {
        throw Problem(message: "eInvoices settings belong in a mapping of kind e-invoices")
      }
      mapping.eInvoices = try eInvoices.settings()
    }
    return mapping
  }

  private func fullSnapshot() throws(Problem) -> Bool {
    switch snapshot ?? "incremental" {
    case "full": return true
    case "incremental": return false
    default: throw Problem(message: "snapshot must be full or incremental")
    }
  }

  private func dialectSettings() throws(Problem) -> SourceMapping.Dialect {
    func notation(_ text: String?, _ key: String) throws(Problem) -> DecimalNotation? {
      guard let text, text != "auto" else { return nil }
      guard let notation = DecimalNotation(rawValue: text) else {
        throw Problem(message: "\(key) must be \".\", \",\" or auto")
      }
      return notation
    }
    func layout(_ text: String?, _ key: String) throws(Problem) -> DateLayout? {
      guard let text, text != "auto", text != "datev-ddmm" else { return nil }
      guard let layout = DateLayout(pattern: text) else {
        throw Problem(
          message:
            "\(key) '\(text)' is not a date layout; use yyyy-mm-dd, dd-mm-yyyy, dd.mm.yyyy, dd/mm/yyyy, mm/dd/yyyy, d mmm yyyy, excel, datev-ddmm or auto"
        )
      }
      return layout
    }
    return SourceMapping.Dialect(
      decimalNotation: try notation(dialect?.decimalSeparator, "decimalSeparator"),
      dateLayout: try layout(dialect?.dateFormat, "dateFormat"),
      fallbackNotation: try notation(dialect?.fallbackDecimalSeparator, "fallbackDecimalSeparator")
        ?? .decimalPoint,
      fallbackDateLayout: try layout(dialect?.fallbackDateFormat, "fallbackDateFormat") ?? .iso,
      twoDigitYearPivot: dialect?.twoDigitYearPivot ?? 70,
      datevDayMonth: dialect?.dateFormat == "datev-ddmm")
  }

  private func signConvention() throws(Problem) -> SignConvention {
    guard let signs else { return .asWritten }
    switch signs.convention {
    case "as-written": return .asWritten
    case "debit-credit":
      guard fields?["debitCredit"] != nil else {
        throw Problem(message: "signs: debit-credit needs a debitCredit field")
      }
      return .debitCreditColumn(
        debit: signs.debit ?? ["S", "Soll", "D"], credit: signs.credit ?? ["H", "Haben", "C"])
    case "document-type":
      guard fields?["documentType"] != nil, let creditNote = signs.creditNote else {
        throw Problem(
          message: "signs: document-type needs a documentType field and creditNote values")
      }
      return .documentTypeColumn(creditNoteValues: creditNote, invoiceValues: signs.invoice ?? [])
    default:
      throw Problem(message: "signs.convention must be as-written, debit-credit or document-type")
    }
  }

  private func accountRange() throws(Problem) -> ClosedRange<Int>? {
    guard let customerAccounts else { return nil }
    let parts = customerAccounts.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 2, parts[0] <= parts[1] else {
      throw Problem(message: "customerAccounts must be a range like 10000-69999")
    }
    return parts[0]...parts[1]
  }
}

extension MappingFile.EInvoicesText {
  func settings() throws(MappingFile.Problem) -> EInvoiceSettings {
    var settings = EInvoiceSettings()
    if let customerId {
      settings.customerID = []
      for text in customerId {
        guard let identity = EInvoiceSettings.CustomerIdentity(rawValue: text) else {
          throw MappingFile.Problem(
            message:
              "eInvoices.customerId '\(text)' is not one of \(EInvoiceSettings.CustomerIdentity.allCases.map(\.rawValue).joined(separator: ", "))"
          )
        }
        settings.customerID.append(identity)
      }
    }
    for (code, kindText) in typeCodes ?? [:] {
      guard let kind = OpenItem.Kind(rawValue: kindText) else {
        throw MappingFile.Problem(
          message: "eInvoices.typeCodes.\(code) must be invoice or creditNote, not '\(kindText)'")
      }
      settings.typeCodes[code] = kind
    }
    settings.remindAccountingInformation = remindAccountingInformation ?? false
    settings.directDebitMarginDays = directDebitMarginDays ?? settings.directDebitMarginDays
    settings.customerTerms = customerTerms ?? [:]
    settings.specifications = specifications ?? []
    settings.sellers = sellers ?? []
    return settings
  }
}
