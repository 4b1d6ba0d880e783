import Receivables

extension PaymentClues {
  /// The most items one reference or number may name before it says nothing at all.
  static let hitsPerKey = 8
  /// The most references or numbers read from one text; a statement line names a handful.
  static let namesPerText = 50

  /// Reads the structured reference and the references in the free text; returns the
  /// structured reference when it is not a valid reference and names no item, to be read as
  /// a document number instead.
  mutating func readReferences(of payment: Payment, in book: OpenItemBook) -> String? {
    var unread: String?
    if let structured = payment.structuredReference,
      !structured.allSatisfy(\.isWhitespace)
    {
      let recognised = try? PaymentReference(recognising: structured)
      let compact = String(structured.unicodeScalars.filter { !$0.properties.isWhitespace })
      let printed = recognised?.formatted ?? structured
      let before = references.count
      if let recognised {
        file(book.byReference.positions(under: recognised.value), printed, true)
        fileAll(book.bySharedReference[recognised.value], printed, true)
      }
      file(book.byReferenceText.positions(under: compact), printed, true)
      if recognised == nil {
        file(book.byReference.positions(under: compact.uppercased()), printed, true)
        let digits = compact.drop { $0 == "0" }
        if digits.count < compact.count {
          file(book.byReference.positions(under: String(digits)), printed, true)
        }
      }
      if references.count == before, recognised == nil { unread = structured }
    }
    if let text = payment.remittanceText, Self.mayHoldReference(text) {
      for reference in PaymentReference.find(in: text).prefix(Self.namesPerText) {
        file(book.byReference.positions(under: reference.value), reference.formatted, false)
        file(book.byReferenceText.positions(under: reference.value), reference.formatted, false)
        fileAll(book.bySharedReference[reference.value], reference.formatted, false)
      }
    }
    return unread
  }

  private mutating func file(
    _ chain: KeyedChains<String>.Chain, _ printed: String, _ structured: Bool
  ) {
    for item in chain.prefix(Self.hitsPerKey) where !references.contains(where: { $0.item == item })
    {
      references.append(ReferenceHit(item: item, printed: printed, structured: structured))
    }
  }

  /// Files every item of a shared reference: a letter's reference names all its items.
  private mutating func fileAll(_ items: [Int32]?, _ printed: String, _ structured: Bool) {
    guard let items else { return }
    let known = Set(references.map(\.item))
    for item in items where !known.contains(item) {
      references.append(ReferenceHit(item: item, printed: printed, structured: structured))
    }
  }

  /// Whether `text` may hold a reference `PaymentReference.find(in:)` looks for: "RF", a
  /// "+++"/"***" or slashed OGM, or a run of at least 12 digits in groups.
  static func mayHoldReference(_ text: String) -> Bool {
    var digits = 0
    var previous: UInt8 = 0
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
      case UInt8(ascii: "+"), UInt8(ascii: "*"), UInt8(ascii: "/"): return true
      case UInt8(ascii: "F"), UInt8(ascii: "f"):
        if previous == UInt8(ascii: "R") || previous == UInt8(ascii: "r") { return true }
      default: break
      }
      previous = byte
    }
    return digits >= 12
  }

  /// Reads the document numbers in the free text (and in a structured reference that is
  /// none), and looks each up by its compact and its grouped form.
  mutating func readNumbers(in text: String?, structured: String?, book: OpenItemBook) {
    var found = text.map { RemittanceNumber.all(in: $0) } ?? []
    if let structured, let number = DocumentNumber(structured) {
      found.append(
        RemittanceNumber(number: number, written: structured, labelled: true, labelledFullForm: nil)
      )
    }
    for (token, remittance) in found.prefix(Self.namesPerText).enumerated() {
      let number = remittance.number
      guard
        number.length >= 3 || (number.hadPrefix && number.length == 2)
          || (number.hasLetters && number.fullForm.utf8.count >= 4)
      else {
        continue
      }
      var items = Array(book.byNumber.positions(under: number.compact).prefix(Self.hitsPerKey))
      if let grouped = number.grouped {
        for item in book.byNumberGroups.positions(under: grouped).prefix(Self.hitsPerKey)
        where !items.contains(item) {
          items.append(item)
        }
      }
      for item in items where !numbers.contains(where: { $0.item == item }) {
        let full = DocumentNumber.fullForm(of: book.number(item))
        numbers.append(
          NumberHit(
            item: item, token: Int16(token), written: remittance.written,
            labelled: remittance.labelled,
            exactForm: full == number.fullForm || full == remittance.labelledFullForm,
            length: number.length, hasLetters: number.hasLetters))
      }
    }
  }
}

extension DocumentNumber {
  /// All letters and digits of `text`, upper case: "INV-88213" gives "INV88213".
  static func fullForm(of text: String) -> String {
    String(
      decoding: text.utf8.compactMap { byte -> UInt8? in
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"): byte
        case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - 32
        default: nil
        }
      }, as: UTF8.self)
  }
}
