import Foundation
import Parsers
import Testing

@Suite(.enabled(if: Corpus.isAvailable, "needs shared/corpus above the package"))
struct InvalidBankFileTests {
  static let invalidFiles = Corpus.files(in: "bank/invalid")

  @Test(
    "every file in bank/invalid is refused with a located ParseError, never a crash",
    arguments: invalidFiles)
  func refusedWithLocation(_ name: String) throws {
    let error = #expect(throws: ParseError.self) {
      _ = try Corpus.camtStatements("bank/invalid/\(name)")
    }
    #expect(error?.file == name)
    #expect(error?.line != nil)
    #expect(!(error?.message.isEmpty ?? true) && !(error?.fix.isEmpty ?? true))
    let fromDisk = #expect(throws: ParseError.self) {
      _ = try Corpus.camtStatementsFromDisk("bank/invalid/\(name)")
    }
    #expect(fromDisk == error, "streaming from disk refuses it the same way")
  }

  @Test("OCA wrong-amount: the second entry's <Amt> is commented out, so it is refused there")
  func ocaWrongAmount() {
    // The file's second <Ntry> (line 93) has its <Amt> inside a comment; its TxDtls carries
    // <Amt Ccy="EUR"> on a CHF account. The missing entry amount is a structural error the
    // reader must refuse; the EUR/CHF mismatch is left to the Normalizer.
    let error = #expect(throws: ParseError.self) {
      _ = try Corpus.camtStatements("bank/invalid/oca-test-camt053-wrong-amount")
    }
    #expect(error?.code == .missingAmount)
    #expect(error?.element == "/Document/BkToCstmrStmt/Stmt/Ntry[2]/Amt")
    #expect(error?.line == 93)
    #expect(error?.message == "entry 2 has no amount (<Amt>)")
  }

  @Test("genkgo wrong.xml: a group header without any statement is refused")
  func genkgoWrong() {
    let error = #expect(throws: ParseError.self) {
      _ = try Corpus.camtStatements("bank/invalid/genkgo-camt053.v2.wrong.xml")
    }
    #expect(error?.code == .noStatement)
    #expect(error?.element == "/Document/BkToCstmrStmt")
    #expect(error?.line == 3)
  }

  @Test("a BAI2 file handed to the camt reader is refused as not XML on line 1")
  func bai2IsNotXML() {
    let error = #expect(throws: ParseError.self) {
      _ = try Corpus.camtStatements("bank/invalid/moovbai2-errors-sample-parseError.txt")
    }
    #expect(error?.code == .malformedXML)
    #expect(error?.line == 1)
  }
}
