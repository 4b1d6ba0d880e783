import Receivables

/// What a document type code (BT-3, UNTDID 1001) means for receivables.
enum DocumentTypeCode: Equatable {
  /// The customer owes the amount due (380 commercial invoice, 389 self-billed, 877 …).
  case receivable
  /// A correction of an earlier invoice (384): booked as written and linked, never silently
  /// cancelling what it corrects.
  case correction
  /// The customer is owed the amount due (381 credit note, 81, 83, 261, 262, 396, 532 …).
  case credit
  /// 751: invoice information for accounting purposes, not a payment request.
  case accountingInformation

  /// The receivable codes of the EN 16931 / Peppol BIS 3 code list (UNTDID 1001 subset).
  static let receivableCodes: Set<String> = [
    "71", "80", "82", "84", "102", "130", "202", "203", "204", "211", "218", "219", "295", "325",
    "326", "331", "380", "382", "383", "385", "386", "387", "388", "389", "390", "393", "394",
    "395", "456", "457", "527", "553", "575", "623", "633", "780", "817", "870", "875", "876",
    "877", "935",
  ]
  /// The credit codes of the same list.
  static let creditCodes: Set<String> = [
    "81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532",
  ]

  /// The meaning of `code`, using the mapping's national codes for anything outside UNTDID
  /// 1001; nil when neither knows it.
  init?(_ code: String, national: [String: OpenItem.Kind]) {
    if let kind = national[code] {
      self = kind == .creditNote ? .credit : .receivable
    } else if code == "384" {
      self = .correction
    } else if code == "751" {
      self = .accountingInformation
    } else if Self.creditCodes.contains(code) {
      self = .credit
    } else if Self.receivableCodes.contains(code) {
      self = .receivable
    } else {
      return nil
    }
  }

  /// −1 for credit kinds, +1 otherwise: the ledger amount is this × BT-115.
  var sign: Int64 { self == .credit ? -1 : 1 }
}
