import ArflowTesting
import Receivables
import Reconciler
import Testing

struct IncomingOnlyTests {
  typealias F = MatchingFixtures

  enum Kind: String, CaseIterable {
    case debit, reversal, returnedDirectDebit
  }

  @Test(
    "debits, reversals and returns are never allocated, even quoting a reference",
    arguments: Kind.allCases)
  func neverAllocated(kind: Kind) throws {
    let items = [try F.invoice("A1", open: "100.00", rf: true)]
    var payment = try F.payment(
      "R1", amount: kind == .debit ? "-100.00" : "100.00", iban: "NL91ABNA0417164300",
      structured: F.rf("A1"))
    switch kind {
    case .debit: break
    case .reversal: payment.isReversal = true
    case .returnedDirectDebit: payment.returnReason = "MD06"
    }
    let result = F.match(items, [payment], payers: ["NL91ABNA0417164300": "C1"])
    #expect(result.allocations.isEmpty)
    #expect(result.unmatched.isEmpty)
  }

  @Test("a payment with nothing left unallocated is left alone")
  func nothingLeft() throws {
    let items = [try F.invoice("A1", open: "100.00", rf: true)]
    let payment = try F.payment("P1", amount: "100.00", structured: F.rf("A1"))
    let input = MatchingInput(
      items: items,
      payments: [PaymentBalance(payment: payment, unallocated: try F.euros("0.00"))])
    #expect(PaymentMatcher().match(input).isEmpty)
  }

  @Test("amount rules skip a payment of which something was allocated before")
  func partlyAllocatedBefore() throws {
    let items = [try F.invoice("A1", open: "40.00")]
    let payment = try F.payment("P1", amount: "100.00", iban: "NL91ABNA0417164300")
    let input = MatchingInput(
      items: items, knownPayers: ["NL91ABNA0417164300": "C1"],
      payments: [PaymentBalance(payment: payment, unallocated: try F.euros("40.00"))])
    let result = PaymentMatcher().match(input)
    #expect(result.allocations.isEmpty)
    #expect(result.suggested(for: "P1") == [["A1"]])
  }
}
