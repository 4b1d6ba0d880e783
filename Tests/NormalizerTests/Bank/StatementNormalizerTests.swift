import Normalizer
import Parsers
import Receivables
import Testing

/// Statements become payments only after proving themselves; every booking gets one identity.
struct StatementNormalizerTests {
  @Test("a statement whose balances do not add up is booked and marked unproven, with a warning")
  func balanceMismatchBooked() throws {
    var fixture = StatementFixture(opening: "100.00", closing: "160.00")
    fixture = fixture.entry("50.00").entry("5.00", .debit)
    let file = fixture.normalize()
    #expect(file.rejected.isEmpty)
    #expect(file.payments.map(\.amount.decimalString) == ["50.00", "-5.00"])
    let unproven = try #require(file.unprovenStatements.first)
    #expect(file.unprovenStatements.count == 1)
    #expect(unproven.statementID == "STMT-1")
    #expect(unproven.account == "NL91ABNA0417164300")
    #expect(unproven.statementDate?.iso8601 == "2026-11-19")
    #expect(unproven.opening.decimalString == "100.00")
    #expect(unproven.booked.decimalString == "45.00")
    #expect(unproven.closing.decimalString == "160.00")
    #expect(unproven.difference.description == "15.00 EUR")
    #expect(
      unproven.source
        == SourceLocation(file: "statement.xml", line: 3, element: "/Document/BkToCstmrStmt/Stmt"))
    #expect(
      unproven.detail
        == "the statement does not add up: opening balance 100.00 + booked entries 45.00 = "
        + "145.00 EUR, but the closing balance is 160.00 (difference 15.00)")
    #expect(
      file.warnings == [
        "statement STMT-1 of account NL91ABNA0417164300 (camt.053.001.02): \(unproven.detail); "
          + "its 2 payments were booked all the same and the statement is marked unproven: ask "
          + "the bank for a corrected statement"
      ])
  }

  @Test("with balanceMismatch: refuse, such a statement is rejected whole, naming the difference")
  func balanceMismatchRefused() {
    var fixture = StatementFixture(opening: "100.00", closing: "160.00")
    fixture = fixture.entry("50.00").entry("5.00", .debit)
    let file = fixture.normalize(balanceMismatch: .refuse)
    #expect(file.payments.isEmpty)
    #expect(file.unprovenStatements.isEmpty)
    #expect(file.rejected.count == 1)
    let reason = file.rejected[0].reason
    #expect(reason.contains("statement STMT-1"))
    #expect(reason.contains("opening balance 100.00 + booked entries 45.00 = 145.00 EUR"))
    #expect(reason.contains("closing balance is 160.00 (difference 15.00)"))
    #expect(file.rejected[0].fix.contains("nothing of this statement was booked"))
  }

  @Test("a statement with an entry that cannot be read is refused whatever the setting")
  func unreadableEntry() {
    var fixture = StatementFixture(opening: "100.00", closing: "160.00")
    fixture = fixture.entry("50.00").entry("five", .debit)
    for setting in BalanceMismatch.allCases {
      let file = fixture.normalize(balanceMismatch: setting)
      #expect(file.payments.isEmpty)
      #expect(file.unprovenStatements.isEmpty)
      #expect(file.rejected.first?.reason.contains("1 entries cannot be read") == true)
    }
  }

  @Test("the readers' warnings on statements and entries are listed, the first 20 and a count")
  func readerWarnings() {
    var fixture = StatementFixture(opening: nil)
    fixture.statement.warnings = ["the closing balance is dated 021131"]
    for index in 1...25 {
      fixture = fixture.entry("1.00", reference: "R\(index)")
      fixture.statement.entries[index - 1].warnings = ["no transaction type"]
    }
    let warnings = fixture.normalize().warnings
    #expect(warnings.count == 21)
    #expect(
      warnings.first
        == "statement.xml, /Document/BkToCstmrStmt/Stmt: the closing balance is dated 021131")
    #expect(
      warnings[1] == "statement.xml, /Document/BkToCstmrStmt/Stmt/Ntry[1]: no transaction type")
    #expect(warnings.last == "and 6 more warnings like those above")
  }

  @Test("a statement that adds up books credits and keeps debits, pending entries only shown")
  func booksWhatAddsUp() {
    var fixture = StatementFixture(opening: "100.00", closing: "145.00")
    fixture = fixture.entry("50.00", reference: "A1").entry("5.00", .debit, reference: "A2")
      .entry("7.00", status: "PDNG")
    let file = fixture.normalize()
    #expect(file.rejected.isEmpty)
    #expect(file.payments.map(\.amount.decimalString) == ["50.00", "-5.00"])
    #expect(file.payments.map(\.isIncomingPayment) == [true, false])
    #expect(file.pending.map(\.amount.decimalString) == ["7.00"])
    #expect(file.payments[0].bankReference == "acct:NL91ABNA0417164300:A1:2026-11-19:5000")
  }

  @Test("a batch booking with 3 details whose amounts add up becomes 3 payments")
  func batchSplit() {
    var fixture = StatementFixture(opening: nil)
    fixture = fixture.entry(
      "60.00", reference: "B1",
      details: [
        StatementFixture.detail("10.00", name: "One", reference: "RF18539007547034"),
        StatementFixture.detail("20.00", name: "Two"),
        StatementFixture.detail("30.00", name: "Three", remittance: ["invoice", "2026-0101"]),
      ])
    let payments = fixture.normalize().payments
    #expect(payments.map(\.amount.decimalString) == ["10.00", "20.00", "30.00"])
    #expect(payments.map(\.counterpartyName) == ["One", "Two", "Three"])
    #expect(
      payments.map(\.bankReference) == [
        "acct:NL91ABNA0417164300:B1/1:2026-11-19:1000",
        "acct:NL91ABNA0417164300:B1/2:2026-11-19:2000",
        "acct:NL91ABNA0417164300:B1/3:2026-11-19:3000",
      ])
    #expect(payments[0].structuredReference == "RF18539007547034")
    #expect(payments[2].remittanceText == "invoice 2026-0101")
  }

  @Test("details that do not add up to the entry are not invented into payments")
  func batchNotSplit() {
    var fixture = StatementFixture(opening: nil)
    fixture = fixture.entry(
      "100.00",
      details: [StatementFixture.detail("10.00"), StatementFixture.detail("20.00")])
    #expect(fixture.normalize().payments.map(\.amount.decimalString) == ["100.00"])
  }

  @Test("identical twins without a bank reference get distinct, stable identities")
  func twins() {
    var fixture = StatementFixture(opening: nil)
    fixture = fixture.entry("25.00", details: [StatementFixture.detail(nil)])
      .entry("25.00", details: [StatementFixture.detail(nil)])
    let first = fixture.normalize().payments.map(\.bankReference)
    #expect(Set(first).count == 2)
    #expect(first[1] == first[0] + "#2")
    // The same statement read again (an overlapping export) gives the same identities.
    #expect(fixture.normalize().payments.map(\.bankReference) == first)
  }

  @Test("a reversal and a returned direct debit are recorded as such and never incoming")
  func reversalAndReturn() {
    var fixture = StatementFixture(opening: nil)
    fixture = fixture.entry("40.00", .debit, reference: "R1")
    fixture.statement.entries[0].isReversal = true
    var returned = StatementFixture.detail(nil)
    returned.returnReason = "MD06"
    fixture = fixture.entry("12.00", reference: "R2", details: [returned])
    let payments = fixture.normalize().payments
    #expect(payments[0].isReversal)
    #expect(payments[1].returnReason == "MD06")
    #expect(payments.allSatisfy { !$0.isIncomingPayment })
  }

  @Test("a statement for an account that is not the creditor's is refused with the account named")
  func foreignAccount() {
    var fixture = StatementFixture(account: "DE89 3704 0044 0532 0130 00", opening: nil)
    fixture = fixture.entry("10.00")
    let refused = fixture.normalize(ownAccounts: ["NL91 ABNA 0417 1643 00"])
    #expect(refused.payments.isEmpty)
    #expect(refused.rejected.first?.reason.contains("DE89 3704 0044 0532 0130 00") == true)
    #expect(fixture.normalize(ownAccounts: ["de89370400440532013000"]).payments.count == 1)
    #expect(fixture.normalize().payments.count == 1)
  }
}
