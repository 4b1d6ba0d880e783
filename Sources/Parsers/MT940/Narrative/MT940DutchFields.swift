import Foundation

/// The Dutch structured `:86:` layout: `/KEY/value` fields, as ING, ABN AMRO, Rabobank, Knab,
/// bunq, Triodos and Mollie write them (`/TRTP/SEPA OVERBOEKING/IBAN/NL…/BIC/…/NAME/…/REMI/…
/// /EREF/…`, Rabobank `/ORDP//NAME/…/ADDR/…`, ING `/CNTP/account/BIC/name/city/`).
///
/// Only known keys split the text, so a `/` inside a value (`NR.201303-111/11.3.2013`) stays.
/// `/REMI/USTD//text/` is unstructured remittance, `/REMI/STRD/CUR/RF18…/` a structured creditor
/// reference with its issuer type, `/RTRN/` a return reason, `/MARF/` the mandate. The 16-digit
/// payment reference (betalingskenmerk) an acceptgiro carries in `/EREF/` is also kept as a
/// structured reference.
enum MT940DutchFields {
  static let keys: Set<String> = [
    "TRTP", "IBAN", "BIC", "NAME", "REMI", "EREF", "MARF", "CSID", "RTRN", "ORDP", "BENM", "ADDR",
    "ISDT", "ACCW", "CNTP", "PREF", "SVCL", "PURP", "ULTC", "ULTD", "ULTB", "BUSP", "ID",
    "CDTRREF", "CDTRREFTP", "CD", "ISSR", "CHGS", "EXCH", "OCMT", "COAM", "OAMT", "IREF", "NRTX",
  ]

  /// Fills `detail` and returns true, or returns false when the text does not start with a key.
  static func read(_ lines: [String], into detail: inout BankTransactionDetail) -> Bool {
    let text = MT940Wrapping.joined(lines).trimmingCharacters(in: .whitespaces)
    let fields = self.fields(in: Array(text))
    guard fields.first?.start == 0 else { return false }
    var kind = ""
    for (key, raw, _) in fields {
      let value = raw.trimmingCharacters(in: CharacterSet(charactersIn: "/ "))
      let parts = raw.split(separator: "/", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      switch key {
      case "TRTP": kind = value
      case "IBAN": detail.counterpartyAccount = detail.counterpartyAccount ?? nonEmpty(value)
      case "BIC": detail.counterpartyBankID = detail.counterpartyBankID ?? nonEmpty(value)
      case "NAME": detail.counterpartyName = detail.counterpartyName ?? nonEmpty(value)
      case "EREF":
        detail.endToEndID =
          MT940Narrative.noReference.contains(value) ? nil : nonEmpty(value)
      case "MARF": detail.mandateID = nonEmpty(value)
      case "RTRN": detail.returnReason = nonEmpty(value)
      case "REMI": readRemittance(value, into: &detail)
      case "CDTRREF": nonEmpty(value).map { detail.structuredReferences.append($0) }
      case "CD": detail.referenceType = detail.referenceType ?? nonEmpty(value)
      case "ULTD": detail.ultimateDebtor = parts.first.flatMap(nonEmpty)
      case "ACCW", "CNTP":
        let pieces = key == "ACCW" ? value.split(separator: ",").map(String.init) : parts
        detail.counterpartyAccount = pieces.first.flatMap(nonEmpty)
        detail.counterpartyBankID = pieces.dropFirst().first.flatMap(nonEmpty)
        if key == "CNTP" { detail.counterpartyName = pieces.dropFirst(2).first.flatMap(nonEmpty) }
      default: break
      }
    }
    if kind.contains("ACCEPTGIRO"), let reference = detail.endToEndID, reference.count == 16,
      reference.allSatisfy(\.isASCIIDigit), !detail.structuredReferences.contains(reference)
    {
      detail.structuredReferences.append(reference)
    }
    return true
  }

  /// `USTD//text/`, `STRD/CUR/RF18…/` or plain text.
  private static func readRemittance(_ value: String, into detail: inout BankTransactionDetail) {
    if value.hasPrefix("STRD") {
      let parts = value.dropFirst(4).split(separator: "/").map {
        $0.trimmingCharacters(in: .whitespaces)
      }.filter { !$0.isEmpty }
      guard let reference = parts.last else { return }
      detail.structuredReferences.append(reference)
      if parts.count > 1, detail.referenceType == nil { detail.referenceType = parts[0] }
      return
    }
    let text = value.hasPrefix("USTD") ? String(value.dropFirst(4)) : value
    if let line = nonEmpty(text.trimmingCharacters(in: CharacterSet(charactersIn: "/ "))) {
      detail.remittance.append(line)
    }
  }

  /// Each known `/KEY/` with the raw text up to the next one and where the key starts. A key's
  /// closing `/` may open the next key (`/ORDP/NAME/…` as well as `/ORDP//NAME/…`).
  private static func fields(in characters: [Character]) -> [(String, String, start: Int)] {
    var found: [(key: String, start: Int, valueStart: Int)] = []
    var index = 0
    while index < characters.count {
      guard characters[index] == "/" else {
        index += 1
        continue
      }
      var end = index + 1
      while end < characters.count, end - index <= 10, characters[end].isASCII,
        characters[end].isUppercase
      {
        end += 1
      }
      let key = String(characters[(index + 1)..<end])
      if end < characters.count, characters[end] == "/", keys.contains(key) {
        found.append((key, index, end + 1))
        index = end
      } else {
        index += 1
      }
    }
    return found.enumerated().map { offset, field in
      let valueEnd = offset + 1 < found.count ? found[offset + 1].start : characters.count
      let value = field.valueStart < valueEnd ? String(characters[field.valueStart..<valueEnd]) : ""
      return (field.key, value, field.start)
    }
  }

  private static func nonEmpty(_ text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    return trimmed.isEmpty ? nil : trimmed
  }
}
