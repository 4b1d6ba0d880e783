extension PaymentReference {
  /// Every valid reference found in free remittance text, in order of appearance, without
  /// duplicates.
  ///
  /// Finds:
  /// - RF references, in one piece or in groups of 4 ("RF18 5390 0754 7034"), in any case;
  /// - Belgian structured communications between "+++" or "***" (12 digits, with or without the
  ///   slashes), or as digits in groups of 3, 4 and 5 with slashes ("090/9337/55493");
  /// - Dutch 16-digit betalingskenmerken, in one piece or in 4 groups of 4;
  /// - Swiss 27-digit QR references, in one piece or grouped 2 + 5 × 5.
  ///
  /// Numbers whose check digits fail are left out, and so is anything that is only part of a
  /// longer number: digits glued to letters (an IBAN such as "NL91ABNA0417164300" or
  /// "BE68539007547034"), or grouped digits with another group of letters and digits right
  /// before or after them ("BE68 5390 0754 7034", "4000 0012 3456 7899 010"). Bare 12-digit
  /// numbers are not taken for OGMs, because a Belgian account number has the same check digits.
  /// Finnish references and KIDs are never looked for: any run of digits could be one.
  ///
  /// A 16-digit number that happens to pass the Dutch mod-11 check (about one in ten) is found as
  /// a betalingskenmerk; the caller decides whether a Dutch reference is expected at all.
  public static func find(in text: String) -> [PaymentReference] {
    let words = RemittanceWord.words(in: text)
    var found: [PaymentReference] = []
    var index = 0
    while index < words.count {
      if let match = reference(startingAt: index, in: words) {
        if !found.contains(match.reference) { found.append(match.reference) }
        index += match.wordCount
      } else {
        index += 1
      }
    }
    return found
  }

  private typealias Match = (reference: PaymentReference, wordCount: Int)

  private static func reference(startingAt index: Int, in words: [RemittanceWord]) -> Match? {
    if let reference = structuredCommunication(in: words[index].core) { return (reference, 1) }
    if let match = creditorReference(startingAt: index, in: words) { return match }
    if let match = groupedDigits(startingAt: index, in: words, sizes: [2, 5, 5, 5, 5, 5]) {
      return match
    }
    if let match = groupedDigits(startingAt: index, in: words, sizes: [4, 4, 4, 4]) {
      return match
    }
    let core = words[index].core
    guard isDigits(core), [16, 27].contains(core.count), isAlone(index...index, in: words) else {
      return nil
    }
    let scheme: Scheme = core.count == 16 ? .dutchPaymentFeature : .swissQR
    return (try? PaymentReference(core, scheme: scheme)).map { ($0, 1) }
  }

  /// "+++090/9337/55493+++", "***090933755493***" or "090/9337/55493", if its check digits hold.
  private static func structuredCommunication(in core: String) -> PaymentReference? {
    var body = Substring(core)
    var delimited = false
    for delimiter in ["+++", "***"] {
      if body.hasPrefix(delimiter) {
        body = body.dropFirst(3)
        delimited = true
      }
      if body.hasSuffix(delimiter) {
        body = body.dropLast(3)
        delimited = true
      }
    }
    guard
      isSlashedStructuredCommunication(body) || (delimited && isDigits(body) && body.count == 12)
    else { return nil }
    return try? PaymentReference(String(body), scheme: .belgianStructured)
  }

  /// "RF18539007547034" as one word, or "RF18" followed by groups of 4 (the last may be shorter).
  ///
  /// Of a grouped reference the longest run of groups whose check digits hold is taken, so a word
  /// after the reference ("… 7034 en …") does not spoil it. A group of letters only must have the
  /// case of the "RF", so ordinary words after an upper-case reference are never taken for groups.
  private static func creditorReference(
    startingAt index: Int, in words: [RemittanceWord]
  ) -> Match? {
    let first = words[index].core
    guard first.count >= 4, first.prefix(2).uppercased() == "RF",
      first.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
    else { return nil }
    if first.count > 4 {
      return (try? PaymentReference(first, scheme: .creditorReference)).map { ($0, 1) }
    }
    let lowerCase = first.first?.isLowercase == true
    var groups: [String] = []
    var length = 0
    for word in words.dropFirst(index + 1) {
      let group = word.core
      guard word.continuesPrevious, (1...4).contains(group.count),
        length + group.count <= creditorReferenceCapacity,
        group.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
      else { break }
      if group.allSatisfy(\.isLetter), !group.allSatisfy({ $0.isLowercase == lowerCase }) { break }
      groups.append(group)
      length += group.count
      if group.count < 4 { break }
    }
    for count in stride(from: groups.count, through: 1, by: -1) {
      let text = first + groups.prefix(count).joined()
      if let reference = try? PaymentReference(text, scheme: .creditorReference) {
        return (reference, 1 + count)
      }
    }
    return nil
  }

  /// Digits printed in groups of exactly `sizes` (Swiss 2 + 5 × 5, Dutch 4 × 4), standing alone.
  private static func groupedDigits(
    startingAt index: Int, in words: [RemittanceWord], sizes: [Int]
  ) -> Match? {
    let range = index...(index + sizes.count - 1)
    guard range.upperBound < words.count else { return nil }
    for (word, size) in zip(words[range], sizes) {
      guard word.core.count == size, isDigits(word.core) else { return nil }
    }
    guard words[range].dropFirst().allSatisfy(\.continuesPrevious), isAlone(range, in: words)
    else { return nil }
    let digits = words[range].map(\.core).joined()
    let scheme: Scheme = digits.count == 16 ? .dutchPaymentFeature : .swissQR
    return (try? PaymentReference(digits, scheme: scheme)).map { ($0, sizes.count) }
  }

  /// Whether the words in `range` are not glued, by a single space, to a further group of
  /// letters and digits: then they would be only part of a longer number, such as an IBAN.
  private static func isAlone(_ range: ClosedRange<Int>, in words: [RemittanceWord]) -> Bool {
    let before = range.lowerBound - 1
    let after = range.upperBound + 1
    if before >= 0, words[range.lowerBound].continuesPrevious, words[before].isNumberGroup {
      return false
    }
    if after < words.count, words[after].continuesPrevious, words[after].isNumberGroup {
      return false
    }
    return true
  }
}
