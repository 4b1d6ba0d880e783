import Dunning
import Receivables

/// The one payment reference a dunning document asks the customer to quote, so that its EPC QR
/// code and payment box never carry a truncated list: the single item's own reference, a
/// missed instalment's, or an RF reference of the document's own that the reconciler resolves
/// to every item the document asks for.
struct DocumentReference: Sendable, Hashable {
  /// The structured reference; nil when the single item asked has none (the payment box then
  /// asks for its number as the remittance text).
  var reference: PaymentReference?
  /// When `reference` is the document's own: the items it stands for.
  var items: [String]

  /// Chooses the reference of `document`.
  /// - Parameters:
  ///   - items: the open items by number.
  ///   - letterKey: what the document's own RF reference is made from, letters and digits
  ///     unique across batches ("L26112001" + the document's place).
  static func choose(
    for document: PlannedDocument, items: [String: OpenItem], letterKey: String
  ) -> DocumentReference {
    if document.kind == .instalmentReminder, let missed = document.instalments.first {
      return DocumentReference(reference: missed.instalment.reference, items: [])
    }
    let asked = document.askedItems
    if asked.count == 1 {
      return DocumentReference(reference: items[asked[0]]?.paymentReference, items: [])
    }
    // The key is letters and digits of at most 21, so the RF reference can always be made.
    let own = try? PaymentReference.creditorReference(for: letterKey)
    return DocumentReference(reference: own, items: own == nil ? [] : asked)
  }

  /// "L" + YYMMDD + the batch's sequence (2 digits) + the document's place (4 digits): 13
  /// characters, unique for 9,999 documents a batch and 99 batches a day.
  static func letterKey(batchID: String, asOf date: LocalDate, place: Int) -> String {
    let day = date.iso8601.filter { $0 != "-" }.dropFirst(2)
    let sequence = batchID.split(separator: "-").last.map(String.init) ?? "01"
    let position = String(place)
    return "L\(day)\(sequence.suffix(2))"
      + String(repeating: "0", count: max(0, 4 - position.count)) + position
  }
}
