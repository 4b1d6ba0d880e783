/// What the `:86:` of a booking says, read in the layout the bank wrote it in, tried in this
/// order: German `?nn` subfields after a three-digit GVC; Dutch `/KEY/value` fields (ING, ABN
/// AMRO, Rabobank, Knab, bunq, Mollie, Triodos); Dutch `NAAM:`/`IBAN:`/`OMSCHRIJVING:` keywords
/// (older ABN AMRO, Knab); the other party's account number first, then its name (SNS, ASN,
/// older ING and ABN AMRO); and free text, each line a remittance line. In every layout, valid
/// ISO 11649 `RF` creditor references found in the remittance are added to the structured
/// references.
enum MT940Narrative {
  /// The detail and the German business code (GVC) when the layout has one.
  struct Reading {
    var detail: BankTransactionDetail
    var businessCode: String?
  }

  /// What banks write as the end-to-end id when the payer gave none.
  static let noReference: Set<String> = ["NOTPROVIDED", "NONREF"]

  /// Reads the `:86:` lines (first line without its tag, then the continuation lines).
  static func read(_ lines: [String], line: Int, path: String) -> Reading {
    var detail = BankTransactionDetail(line: line, path: path)
    var code: String?
    if let german = MT940GermanNarrative.read(lines, into: &detail) {
      code = german
    } else if !MT940DutchFields.read(lines, into: &detail),
      !MT940DutchKeywords.read(lines, into: &detail),
      !MT940AccountFirstNarrative.read(lines, into: &detail)
    {
      detail.remittance = MT940Wrapping.logicalLines(lines)
    }
    for reference in MT940CreditorReference.find(in: detail.remittance)
    where !detail.structuredReferences.contains(reference) {
      detail.structuredReferences.append(reference)
    }
    return Reading(detail: detail, businessCode: code)
  }
}
