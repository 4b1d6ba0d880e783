import Normalizer
import Receivables
import Testing

struct SignValueTests {
  private static let creditNotes = SignConvention.documentTypeColumn(
    creditNoteValues: ["Gutschrift", "CN"])
  private static let strictTypes = SignConvention.documentTypeColumn(
    creditNoteValues: ["Gutschrift"], invoiceValues: ["Rechnung"])

  static let signed:
    [(
      convention: SignConvention, minor: Int64, indicator: String?, signed: Int64,
      kind: OpenItem.Kind
    )] = [
      (.asWritten, 10_000, nil, 10_000, .invoice),
      (.asWritten, -10_000, nil, -10_000, .creditNote),
      (.asWritten, 0, nil, 0, .invoice),
      (.asWritten, 10_000, "H", 10_000, .invoice),
      (.datevDebitCredit, 10_000, "S", 10_000, .invoice),
      (.datevDebitCredit, 10_000, "soll", 10_000, .invoice),
      (.datevDebitCredit, 10_000, "D", 10_000, .invoice),
      (.datevDebitCredit, 10_000, "H", -10_000, .creditNote),
      (.datevDebitCredit, 10_000, " Haben ", -10_000, .creditNote),
      (.datevDebitCredit, 10_000, "c", -10_000, .creditNote),
      (.datevDebitCredit, -10_000, "H", 10_000, .invoice),
      (creditNotes, 10_000, "Rechnung", 10_000, .invoice),
      (creditNotes, 10_000, "Gutschrift", -10_000, .creditNote),
      (creditNotes, -10_000, "gutschrift", -10_000, .creditNote),
      (creditNotes, 10_000, "CN", -10_000, .creditNote),
      (strictTypes, 10_000, "Rechnung", 10_000, .invoice),
    ]

  @Test(
    "each source's sign convention gives invoices a positive and credit notes a negative amount",
    arguments: signed)
  func signsAmount(
    _ example: (
      convention: SignConvention, minor: Int64, indicator: String?, signed: Int64,
      kind: OpenItem.Kind
    )
  ) throws {
    let result = try example.convention.signed(
      Money(minorUnits: example.minor, currency: .eur), indicator: example.indicator)
    #expect(result.amount == Money(minorUnits: example.signed, currency: .eur))
    #expect(result.kind == example.kind)
    #expect(result.isCreditNote == (example.kind == .creditNote))
  }

  static let refused:
    [(convention: SignConvention, minor: Int64, indicator: String?, code: ValueProblem.Code)] = [
      (.datevDebitCredit, 10_000, "X", .unknownDebitCredit),
      (.datevDebitCredit, 10_000, "", .unknownDebitCredit),
      (.datevDebitCredit, 10_000, nil, .unknownDebitCredit),
      (strictTypes, 10_000, "Zahlung", .unknownDebitCredit),
      (creditNotes, -10_000, "Rechnung", .signContradiction),
    ]

  @Test(
    "an indicator that says neither, or an invoice with a negative amount, is refused",
    arguments: refused)
  func refusesSign(
    _ example: (
      convention: SignConvention, minor: Int64, indicator: String?, code: ValueProblem.Code
    )
  ) {
    let problem = #expect(throws: ValueProblem.self) {
      try example.convention.signed(
        Money(minorUnits: example.minor, currency: .eur), indicator: example.indicator)
    }
    #expect(problem?.code == example.code)
  }

  @Test("an unknown S/H value names what was found and what is expected")
  func unknownDebitCreditMessage() {
    let problem = #expect(throws: ValueProblem.self) {
      try SignConvention.datevDebitCredit.signed(
        Money(minorUnits: 1, currency: .eur), indicator: "X")
    }
    #expect(
      problem?.message
        == "the debit/credit column says 'X', which is neither debit (S, Soll, D) nor credit (H, Haben, C)"
    )
  }
}
