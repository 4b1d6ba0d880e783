import Normalizer
import Receivables

/// A credit assessment.
struct CreditInfoLine: Encodable {
  let assessment: CreditAssessment

  enum CodingKeys: String, CodingKey {
    case kind, customerId, score, creditLimit, currency, assessedOn, source
  }

  func encode(to encoder: any Encoder) throws {
    var values = encoder.container(keyedBy: CodingKeys.self)
    try values.encode("creditInfo", forKey: .kind)
    try values.encode(assessment.customerID, forKey: .customerId)
    try values.encode(assessment.score, forKey: .score)
    try values.encode(assessment.creditLimit?.decimalString, forKey: .creditLimit)
    try values.encode(assessment.creditLimit?.currency.code, forKey: .currency)
    try values.encode(assessment.assessedOn.iso8601, forKey: .assessedOn)
    try values.encode(SourceLine(location: assessment.source), forKey: .source)
  }
}

/// A record that was not taken.
struct RejectedLine: Encodable {
  let record: RejectedRecord

  enum CodingKeys: String, CodingKey { case kind, line, reason, fix, element }

  func encode(to encoder: any Encoder) throws {
    var values = encoder.container(keyedBy: CodingKeys.self)
    try values.encode("rejected", forKey: .kind)
    try values.encode(record.location.line, forKey: .line)
    try values.encode(record.reason, forKey: .reason)
    try values.encode(record.fix, forKey: .fix)
    try values.encodeIfPresent(record.location.element, forKey: .element)
  }
}

/// The last line: how the file was read and how many records, rejects and skips.
struct SummaryLine: Encodable {
  let inspection: FileInspection
  let file: String

  init(_ inspection: FileInspection, file: String) {
    self.inspection = inspection
    self.file = file
  }

  enum CodingKeys: String, CodingKey {
    case kind, file, mapping, encoding, delimiter, records, rejected, skipped, warnings, error
  }

  func encode(to encoder: any Encoder) throws {
    let normalized = inspection.normalized
    var values = encoder.container(keyedBy: CodingKeys.self)
    try values.encode("summary", forKey: .kind)
    try values.encode(file, forKey: .file)
    try values.encode(normalized?.readAs, forKey: .mapping)
    try values.encode(normalized?.encoding, forKey: .encoding)
    try values.encode(normalized?.delimiter, forKey: .delimiter)
    let records =
      (normalized?.items.count ?? 0) + (normalized?.payments.count ?? 0)
      + (normalized?.customers.count ?? 0) + (normalized?.creditAssessments.count ?? 0)
      + (normalized?.holdInstructions.count ?? 0)
    try values.encode(records, forKey: .records)
    try values.encode(normalized?.rejected.count ?? 0, forKey: .rejected)
    try values.encode(normalized?.skipped.count ?? 0, forKey: .skipped)
    try values.encode(normalized?.warnings ?? [], forKey: .warnings)
    try values.encodeIfPresent(inspection.failure, forKey: .error)
  }
}
