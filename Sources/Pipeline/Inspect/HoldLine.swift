import Receivables

/// A row of a holds file, as `arflow inspect --json` prints it.
struct HoldLine: Encodable {
  let instruction: HoldInstruction

  enum CodingKeys: String, CodingKey {
    case kind, action, number, customerId, until, reason, amount, currency, source
  }

  func encode(to encoder: any Encoder) throws {
    var values = encoder.container(keyedBy: CodingKeys.self)
    try values.encode("hold", forKey: .kind)
    try values.encode(instruction.action.rawValue, forKey: .action)
    try values.encode(instruction.itemNumber, forKey: .number)
    try values.encode(instruction.customerID, forKey: .customerId)
    try values.encode(instruction.until?.iso8601, forKey: .until)
    try values.encode(instruction.reason, forKey: .reason)
    try values.encode(instruction.amount?.decimalString, forKey: .amount)
    try values.encode(instruction.amount?.currency.code, forKey: .currency)
    try values.encode(SourceLine(location: instruction.source), forKey: .source)
  }
}
