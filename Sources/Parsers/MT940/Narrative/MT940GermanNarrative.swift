import Foundation

/// The German `:86:` layout of the Deutsche Kreditwirtschaft (DFÜ-Abkommen, Anlage 3): a
/// three-digit business code (Geschäftsvorfallcode, GVC), then subfields each opened by a
/// separator and two digits: `?00` posting text, `?10` primanota, `?20`–`?29` and `?60`–`?63`
/// remittance (with the SEPA keys `EREF+`, `MREF+`, `SVWZ+`…), `?30` bank code or BIC, `?31`
/// account or IBAN, `?32`/`?33` name, `?34` the SEPA return reason of an R-transaction, `?38`
/// IBAN (Polish banks). The separator is whatever follows the GVC (`?`, some banks `>`).
///
/// The lines run on without breaks (a subfield marker may even be cut: `?2` / `2MTLG…`), so they
/// are joined as they are. GVC `999` is followed by unstructured text.
enum MT940GermanNarrative {
  /// Fills `detail` and returns the GVC, or returns nil when the text is not in this layout.
  static func read(_ lines: [String], into detail: inout BankTransactionDetail) -> String? {
    let characters = Array(lines.joined().drop { $0.isWhitespace })
    guard characters.count > 3, characters[0..<3].allSatisfy(\.isASCIIDigit) else { return nil }
    let code = String(characters[0..<3])
    let separator = characters[3]
    guard !separator.isLetter, !separator.isNumber, !separator.isWhitespace,
      characters.count > 5, characters[4].isASCIIDigit, characters[5].isASCIIDigit
    else {
      guard code == "999", !separator.isNumber else { return nil }
      let text = String(characters[3...]).trimmingCharacters(in: .whitespaces)
      detail.remittance = text.isEmpty ? [] : [text]
      return code
    }
    fill(&detail, from: subfields(characters, separator: separator))
    return code
  }

  /// A subfield is full at 27 characters; a full one runs on into the next without a space.
  static let subfieldWidth = 27

  /// The texts joined as the DK layout means them: a full subfield runs on, a shorter one (its
  /// trailing blanks cut) ended at a word, so a space goes between.
  static func join(_ parts: [String]) -> String {
    var text = ""
    var previousFull = true
    for part in parts {
      text += previousFull ? part : " " + part.drop { $0 == " " }
      previousFull = part.count >= subfieldWidth
    }
    return text.trimmingCharacters(in: .whitespaces)
  }

  private static func subfields(
    _ characters: [Character], separator: Character
  ) -> [(number: Int, text: String)] {
    var result: [(number: Int, text: String)] = []
    var index = 3
    while index < characters.count {
      if characters[index] == separator, index + 2 < characters.count,
        let number = Int(String(characters[(index + 1)...(index + 2)])),
        characters[index + 1].isASCIIDigit, characters[index + 2].isASCIIDigit
      {
        result.append((number, ""))
        index += 3
        continue
      }
      if !result.isEmpty { result[result.count - 1].text.append(characters[index]) }
      index += 1
    }
    return result
  }

  private static func fill(
    _ detail: inout BankTransactionDetail, from subfields: [(number: Int, text: String)]
  ) {
    func texts(_ numbers: ClosedRange<Int>...) -> [String] {
      subfields.filter { field in numbers.contains { $0.contains(field.number) } }.map(\.text)
    }
    func value(_ number: Int) -> String? {
      let text = join(texts(number...number))
      return text.isEmpty ? nil : text
    }
    let purpose = MT940SEPAPurpose(subfields: texts(20...29, 60...63))
    detail.remittance = purpose.remittance
    detail.endToEndID = purpose.value("EREF").flatMap {
      MT940Narrative.noReference.contains($0) ? nil : $0
    }
    detail.mandateID = purpose.value("MREF")
    detail.ultimateDebtor = purpose.value("ABWA")
    detail.counterpartyBankID = value(30) ?? purpose.value("BIC")
    let account = value(31)
    if let account, MT940AccountShape.isIBAN(account) {
      detail.counterpartyAccount = account
    } else {
      detail.counterpartyAccount = value(38) ?? account ?? purpose.value("IBAN")
    }
    let name = join(texts(32...33))
    detail.counterpartyName = name.isEmpty ? nil : name
    if let reason = value(34), let number = Int(reason), reason.count == 3,
      (901...989).contains(number)
    {
      detail.returnReason = reason
    }
  }
}
