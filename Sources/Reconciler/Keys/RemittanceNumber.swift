/// A number in a remittance text that may be a document number, with how it was written.
///
/// Dates ("12-03-2026"), amounts ("1.250,00"), IBANs (whole or in groups), Dutch postcodes
/// ("1012 AB"), phone numbers, percentages, years standing alone ("Maerz 2026") and numbers
/// announced as something else ("klantnr", "Order", "Kundennummer") are never taken for one.
struct RemittanceNumber: Hashable, Sendable {
  let number: DocumentNumber
  /// The words as written: "Factuur 2026-00123", "RE4711".
  let written: String
  /// Whether a document word or prefix announced the number, directly or as the next number of
  /// a list ("inv 88213 and 88214").
  let labelled: Bool
  /// The full form with a prefix written as a separate word before it: "RE 4711" gives
  /// "RE4711".
  let labelledFullForm: String?

  /// Every candidate document number in `text`, in order.
  static func all(in text: String) -> [RemittanceNumber] {
    let words = RemittanceText.words(in: text)
    var found: [RemittanceNumber] = []
    var label: Substring?
    /// Where the words announcing the next number begin ("Rechnung Nr. …").
    var phrase: String.Index?
    var announced = false
    var list: DocumentNumber?
    var otherNumber = false
    var ibanGroupsLeft = 0
    for (position, written) in words.enumerated() {
      // "#RE 4711", "#88213": a hash announces the number.
      let hashed = written.hasPrefix("#") && written.count > 1
      let word = hashed ? written.dropFirst() : written
      if hashed { (announced, list) = (true, nil) }
      if ibanGroupsLeft > 0, RemittanceText.isAccountGroup(word) {
        ibanGroupsLeft -= 1
        continue
      }
      ibanGroupsLeft = 0
      let lower = word.lowercased()
      if RemittanceVocabulary.labels.contains(lower) {
        if !announced || phrase == nil { phrase = word.startIndex }
        (label, announced, list, otherNumber) = (word, true, nil, false)
        continue
      }
      if RemittanceVocabulary.otherNumbers.contains(lower) {
        (label, announced, list, otherNumber, phrase) = (nil, false, nil, true, nil)
        continue
      }
      if RemittanceVocabulary.conjunctions.contains(lower) { continue }
      guard word.utf8.contains(where: RemittanceText.isDigit), !otherNumber else {
        (label, announced, list, otherNumber, phrase) = (nil, false, nil, false, nil)
        continue
      }
      if RemittanceText.startsAccountNumber(word) {
        ibanGroupsLeft = 7
        continue
      }
      // A number announced by a document word is never a postcode's digits.
      let next = position + 1 < words.count && !announced ? words[position + 1] : nil
      guard !RemittanceText.isOtherNumber(word, before: next), let number = DocumentNumber(word)
      else {
        (label, announced, list, phrase) = (nil, false, nil, nil)
        continue
      }
      let continuesList = list.map { $0.hasShape(of: number) } ?? false
      let isLabelled = announced || continuesList || number.hadPrefix
      if !isLabelled, RemittanceText.isYear(word) {
        (label, list) = (nil, nil)
        continue
      }
      let prefix = label.flatMap { DocumentNumber.prefixForm(of: $0) }
      let quoted = announced ? phrase.map { String(text[$0..<written.endIndex]) } : nil
      found.append(
        RemittanceNumber(
          number: number, written: quoted ?? String(written),
          labelled: isLabelled, labelledFullForm: prefix.map { $0 + number.fullForm }))
      (announced, phrase) = (false, nil)
      list = isLabelled ? number : nil
      if !isLabelled { label = nil }
    }
    return found
  }
}

extension DocumentNumber {
  /// Whether `other` looks like the next number of the same list: as many groups, and about
  /// as many significant characters.
  func hasShape(of other: DocumentNumber) -> Bool {
    (grouped == nil) == (other.grouped == nil) && abs(length - other.length) <= 1
  }

  /// The upper-case prefix a label word stands for when it is one ("re" → "RE"), else nil.
  static func prefixForm(of word: Substring) -> String? {
    let bytes = word.utf8.compactMap { byte -> UInt8? in
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte
      case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - 32
      default: nil
      }
    }
    return prefixes.contains(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
  }
}
