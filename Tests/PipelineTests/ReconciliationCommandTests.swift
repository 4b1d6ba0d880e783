import ArflowTesting
import Foundation
import Testing

/// `arflow match`, `allocate` and `unallocate` through the real binary on the demo workspace,
/// and a returned payment arriving in a later statement.
@Suite(.serialized)
struct ReconciliationCommandTests {
  private func demo() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arflow-match-\(UUID().uuidString)")
    let result = try ArflowBinary.run(["demo", "--workspace", folder.path])
    #expect(result.status == 0, "\(result.errors)")
    return folder
  }

  private func arflow(_ arguments: [String], in folder: URL) throws -> ArflowBinary.Result {
    try ArflowBinary.run(arguments + ["--workspace", folder.path, "--as-of", "2026-11-20"])
  }

  private func file(_ name: String, in folder: URL) throws -> String {
    try String(
      contentsOf: folder.appendingPathComponent("outbox/reconciliation/\(name)"), encoding: .utf8)
  }

  @Test("match --explain after the demo books nothing new and explains what is left")
  func matchAgain() throws {
    let folder = try demo()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try arflow(["match", "--explain"], in: folder)
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.output.contains("matched: 0 payments, 0 allocations"))
    #expect(result.output.contains("nothing changed since the last reconciliation; no new files"))
    #expect(
      result.output.contains(
        "suggestion 1: 2026-0108 of C1008 (score 30): the payer's name matches Smith & <Sons> Trading"
      ))
  }

  @Test("allocate and unallocate by hand: booked, refused when wrong, both in the matched files")
  func allocateAndUnallocate() throws {
    let folder = try demo()
    defer { try? FileManager.default.removeItem(at: folder) }
    let allocated = try arflow(["allocate", "NTRY-20261119-0008", "2026-0108"], in: folder)
    #expect(allocated.status == 0, "\(allocated.errors)")
    #expect(
      allocated.output.contains("allocated 845.25 EUR of payment NTRY-20261119-0008 to 2026-0108"))
    let matched = try file("2026-11-20-002-matched.csv", in: folder)
    #expect(matched.contains("NTRY-20261119-0008,2026-11-19,Smith and Sons Trading,"))
    #expect(matched.contains(",2026-0108,845.25,EUR,manual,100,C1008,,"))
    let unmatched = try file("2026-11-20-002-unmatched.csv", in: folder)
    #expect(unmatched.contains(",4.75,EUR,surplus,"))

    let again = try arflow(["allocate", "NTRY-20261119-0008", "2026-0108"], in: folder)
    #expect(again.status != 0)
    #expect(again.errors.contains("2026-0108 is not an invoice with something open"))
    let unknown = try arflow(["allocate", "NOPE", "2026-0108"], in: folder)
    #expect(unknown.errors.contains("no payment has the id or bank reference NOPE"))

    let undone = try arflow(["unallocate", "NTRY-20261119-0008"], in: folder)
    #expect(undone.status == 0, "\(undone.errors)")
    let reversed = try file("2026-11-20-003-matched.csv", in: folder)
    #expect(reversed.contains(",2026-0108,-845.25,EUR,undone,,C1008,,"))
    #expect(try file("2026-11-20-003-unmatched.csv", in: folder).contains(",850.00,EUR,manual,"))
  }

  @Test("allocate and unallocate refuse a folder that is not a workspace, creating nothing")
  func notAWorkspace() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "arflow-none-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for command in [["allocate", "P1", "2026-0001"], ["unallocate", "P1"], ["match"]] {
      let result = try arflow(command, in: folder)
      #expect(result.status != 0)
      #expect(result.errors.contains("is not an arflow workspace; run `arflow init` first"))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test("a returned payment in the next statement reopens its invoice, and the file says so")
  func returnedPayment() throws {
    let folder = try demo()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.returnStatement.write(
      to: folder.appendingPathComponent("inbox/return-2026-11-21.camt053.xml"), atomically: true,
      encoding: .utf8)
    let run = try ArflowBinary.run([
      "run", "--workspace", folder.path, "--as-of", "2026-11-21", "--settle", "0", "--verbose",
    ])
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.contains("reversal NTRY-20261121-0001"))
    let matched = try String(
      contentsOf: folder.appendingPathComponent(
        "outbox/reconciliation/2026-11-21-001-matched.csv"), encoding: .utf8)
    #expect(matched.contains(",2026-0101,-1250.00,EUR,undone,,C1001,,"))
    #expect(matched.contains("return reason AC04"))
  }

  /// The bank returns the demo's first payment (Bakkerij De Gouden Korst, 1,250.00, end-to-end
  /// id GK-2026-0101): the payer's account was closed.
  static let returnStatement = """
    <?xml version="1.0" encoding="UTF-8"?>
    <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
      <BkToCstmrStmt>
        <GrpHdr><MsgId>ARFLOW-DEMO-20261121</MsgId><CreDtTm>2026-11-21T18:00:00</CreDtTm></GrpHdr>
        <Stmt>
          <Id>STMT-20261121</Id><CreDtTm>2026-11-21T18:00:00</CreDtTm>
          <Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id><Ccy>EUR</Ccy></Acct>
          <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">15601.10</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-21</Dt></Dt></Bal>
          <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">14351.10</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-21</Dt></Dt></Bal>
          <Ntry>
            <Amt Ccy="EUR">1250.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
            <BookgDt><Dt>2026-11-21</Dt></BookgDt><ValDt><Dt>2026-11-21</Dt></ValDt>
            <AcctSvcrRef>NTRY-20261121-0001</AcctSvcrRef>
            <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>RRTN</SubFmlyCd></Fmly></Domn></BkTxCd>
            <NtryDtls><TxDtls>
              <Refs><EndToEndId>GK-2026-0101</EndToEndId></Refs>
              <AmtDtls><TxAmt><Amt Ccy="EUR">1250.00</Amt></TxAmt></AmtDtls>
              <RltdPties><Dbtr><Nm>Bakkerij De Gouden Korst</Nm></Dbtr><DbtrAcct><Id><IBAN>NL02ABNA0123456789</IBAN></Id></DbtrAcct></RltdPties>
              <RtrInf><Rsn><Cd>AC04</Cd></Rsn></RtrInf>
            </TxDtls></NtryDtls>
          </Ntry>
        </Stmt>
      </BkToCstmrStmt>
    </Document>
    """
}
