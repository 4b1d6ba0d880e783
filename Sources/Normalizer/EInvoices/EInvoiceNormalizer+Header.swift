import Parsers
import Receivables

extension EInvoiceNormalizer {
  /// The meaning of the type code (BT-3), with warnings for a code the reader had to assume.
  /// - Throws: `EInvoiceProblem` for a code neither UNTDID 1001 nor the mapping knows, and for
  ///   a payment reminder sent in invoice syntax.
  func typeCode(_ document: EInvoiceDocument) throws(EInvoiceProblem) -> (
    code: DocumentTypeCode, warnings: [String]
  ) {
    guard let written = document.typeCode, !written.text.isEmpty else {
      let specification = document.specification?.text.lowercased() ?? ""
      if specification.contains("reminder") {
        throw EInvoiceProblem(
          "this is a payment reminder (specification \(document.specification?.text ?? "")), not a new receivable",
          element: document.specification?.path, line: document.specification?.line,
          fix: "nothing to do: reminders are written by arflow; drop the invoices themselves")
      }
      let assumed = document.rootName == "CreditNote" ? "381" : "380"
      return (
        document.rootName == "CreditNote" ? .credit : .receivable,
        ["BT-3: the document has no type code; read as \(assumed) from its root element"]
      )
    }
    guard let code = DocumentTypeCode(written.text, national: mapping.eInvoices.typeCodes) else {
      throw EInvoiceProblem(
        "the type code '\(written.text)' is not an invoice or credit-note code of UNTDID 1001",
        at: written,
        fix:
          "if it is a national code, say what it is in mappings/sources/\(mapping.name).yaml under eInvoices.typeCodes (e.g. \(written.text): invoice)"
      )
    }
    var warnings: [String] = []
    if document.rootName == "CreditNote", code != .credit {
      warnings.append(
        "BT-3: a CreditNote with type code \(written.text); booked as a credit by its root element")
    }
    if code == .correction {
      warnings.append(
        "corrected invoice (384)"
          + (document.precedingInvoices.first.map { " of \($0.text)" } ?? "")
          + ": booked as written; the corrected invoice stays open until the accounting cancels or credits it"
      )
    }
    return (code, warnings)
  }

  /// BT-5, or the amount due's `currencyID` when BT-5 is missing (with a warning).
  func documentCurrency(_ document: EInvoiceDocument, warnings: inout [String])
    throws(EInvoiceProblem) -> Currency
  {
    let written =
      document.currency
      ?? document.totals.payable.flatMap { payable in
        payable.qualifier.map {
          XMLText(text: $0, path: payable.path + "/@currencyID", line: payable.line)
        }
      }
    guard let written else {
      throw EInvoiceProblem(
        "the invoice states no currency (BT-5)", element: nil, line: document.rootLine,
        fix: "ask the sender for an invoice with DocumentCurrencyCode / InvoiceCurrencyCode")
    }
    if document.currency == nil {
      warnings.append("BT-5: no invoice currency; \(written.text) taken from the amount due")
    }
    do {
      return try Currency(code: written.text)
    } catch {
      throw EInvoiceProblem(
        "'\(written.text)' is not an ISO 4217 currency", at: written,
        fix: "ask the sender for a corrected invoice")
    }
  }
}
