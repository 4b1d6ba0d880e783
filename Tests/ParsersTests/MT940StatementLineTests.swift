import Foundation
import Parsers
import Testing

struct MT940StatementLineTests {
  /// A `:61:` line and what the booking must say.
  struct Booking: Sendable, CustomTestStringConvertible {
    let name: String
    let line: String
    var amount = "100.00"
    var creditDebit = CreditDebit.credit
    var isReversal = false
    var status = "BOOK"
    var valueDate = "2025-03-01"
    var bookingDate = "2025-03-01"
    var testDescription: String { name }
  }

  static let bookings: [Booking] = [
    Booking(name: "credit with entry date", line: "2503010301C100,00NTRFNONREF"),
    Booking(
      name: "debit without entry date", line: "250301D100,00NTRFNONREF", creditDebit: .debit),
    Booking(
      name: "December value date, January entry date: next year",
      line: "2512310102C100,00NTRFNONREF", valueDate: "2025-12-31", bookingDate: "2026-01-02"),
    Booking(
      name: "January value date, December entry date: year before",
      line: "2601021231C100,00NTRFNONREF", valueDate: "2026-01-02", bookingDate: "2025-12-31"),
    Booking(
      name: "RC: a reversed credit is booked as a debit", line: "250301RC100,00NTRFNONREF",
      creditDebit: .debit, isReversal: true),
    Booking(
      name: "RD: a reversed debit is booked as a credit", line: "250301RD100,00NTRFNONREF",
      isReversal: true),
    Booking(
      name: "RC with funds code R", line: "2503010301RCR100,00NRTINONREF", creditDebit: .debit,
      isReversal: true),
    Booking(name: "funds code K after C", line: "2503010301CK100,00NTRFNONREF"),
    Booking(
      name: "DR is a debit with funds code R, not a reversal", line: "250301DR100,00NDDTNONREF",
      creditDebit: .debit),
    Booking(name: "CR is a credit with funds code R", line: "250301CR100,00NTRFNONREF"),
    Booking(
      name: "ED: an expected debit is pending", line: "250301ED100,00NTRFNONREF",
      creditDebit: .debit, status: "PDNG"),
    Booking(name: "amount without decimals", line: "250301C100,NTRFNONREF", amount: "100"),
    Booking(name: "leading zeros dropped", line: "250301C000000000100,00N122NONREF"),
    Booking(name: "one decimal kept as written", line: "250301C0,3NTRFNONREF", amount: "0.3"),
  ]

  @Test("the :61: grammar: dates, marks, funds code and amount", arguments: bookings)
  func booking(_ expected: Booking) throws {
    let entry = try #require(try MT940Fixture.entry(":61:" + expected.line))
    #expect(entry.amount == expected.amount)
    #expect(entry.creditDebit == expected.creditDebit)
    #expect(entry.isReversal == expected.isReversal)
    #expect(entry.status.code == expected.status)
    #expect(entry.valueDate == expected.valueDate)
    #expect(entry.bookingDate == expected.bookingDate)
  }

  @Test(
    "type, customer reference up to // and bank reference after it",
    arguments: [
      ("NTRFINV-2025-001//BANK0001", "NTRF", "INV-2025-001", "BANK0001"),
      ("NTRFNONREF", "NTRF", "NONREF", nil), ("NMSC", "NMSC", nil, nil),
      ("FCHGNONREF//8327000090031789", "FCHG", "NONREF", "8327000090031789"),
      ("S103Overforing med//melding", "S103", "Overforing med", "melding"),
      ("N192", "N192", nil, nil),
    ] as [(String, String, String?, String?)])
  func references(_ tail: String, _ type: String, _ customer: String?, _ bank: String?) throws {
    let entry = try #require(try MT940Fixture.entry(":61:2503010301C100,00" + tail))
    #expect(entry.transactionCode == type)
    #expect(entry.customerReference == customer)
    #expect(entry.bankReference == bank)
  }

  @Test("the supplementary line gives the other party's account when :86: has none")
  func supplementaryDetails() throws {
    let entry = try #require(
      try MT940Fixture.entry(
        ":61:250301D25,00N102EREF\nNL70ABNA0987654321\n:86:/BENM//NAME/J. Jansen/REMI/Rent"))
    let detail = try #require(entry.transactions.first)
    #expect(detail.counterpartyAccount == "NL70ABNA0987654321")
    #expect(detail.counterpartyName == "J. Jansen")
    #expect(entry.information == "NL70ABNA0987654321\n/BENM//NAME/J. Jansen/REMI/Rent")
  }

  @Test("a booking line broken after the mark, as some savings banks write, is read whole")
  func brokenLine() throws {
    let entry = try #require(try MT940Fixture.entry(":61:2503010301D\n12,50NDDTNONREF"))
    #expect(entry.amount == "12.50")
    #expect(entry.transactionCode == "NDDT")
  }

  @Test("a :61: without :86: has no details; a statement-level :86: belongs to no booking")
  func noNarrative() throws {
    let text = MT940Fixture.statement(
      ":86:For your information: IBAN NO1111111111111\n:61:250301C1,00NTRFNONREF"
    ).replacingOccurrences(of: ":62F:C250301EUR1100,00", with: ":62F:C250301EUR1100,00\n:86:D2C1")
    let statement = try #require(try MT940Fixture.read(text).first)
    #expect(statement.entries.count == 1)
    #expect(statement.entries.first?.transactions.isEmpty == true)
    #expect(statement.entries.first?.information == nil)
  }
}
