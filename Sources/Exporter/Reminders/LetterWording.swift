import Foundation
import Receivables

/// The fixed words of a reminder letter (table headings, payment box labels, item states) per
/// language.
struct LetterWording {
  let invoice: String
  let invoiceDate: String
  let dueDate: String
  let daysOverdue: String
  let amount: String
  let settled: String
  let openAmount: String
  let total: String
  let amountToPay: String
  let payBy: String
  let payTo: String
  let beneficiary: String
  let reference: String
  let scanToPay: String
  let vat: String
  /// "Pagina {page} van {pages}".
  let pageOf: String
  /// "herinnerd op {date}".
  let remindedOn: String
  let disputed: String
  let paused: String
  let arranged: String
  /// Nothing is asked for an item marked so: it is shown, not counted in the total.
  let notAsked: String
  /// "Voor betaling in {currency}: …" when the creditor has no account in that currency.
  let askHowToPay: String
  /// In the letter's text, the account for a currency the creditor gave none for.
  let accountOnRequest: String

  static func of(_ language: Language) -> LetterWording {
    switch language {
    case .nl: dutch
    case .de: german
    case .fr: french
    case .en: english
    }
  }

  /// "Te betalen:", "À payer\u{202F}:": a label with its colon as the language sets it.
  func label(_ text: String, _ language: Language) -> String {
    language == .fr ? "\(text)\u{202F}:" : "\(text):"
  }

  /// "Pagina 2 van 5".
  func page(_ page: Int, of pages: Int) -> String {
    pageOf.replacing("{page}", with: String(page))
      .replacing("{pages}", with: String(pages))
  }

  /// The note under an item's number: its state, and when it was reminded before.
  func note(for state: DocumentItemState, lastRemindedOn: LocalDate?, language: Language)
    -> String?
  {
    switch state {
    case .disputed: return disputed
    case .paused: return paused
    case .arrangement: return arranged
    case .reminded, .open:
      return lastRemindedOn.map {
        remindedOn.replacing("{date}", with: $0.shortFormat(for: language))
      }
    }
  }
}
