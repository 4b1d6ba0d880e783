import ArflowTesting
import Foundation
import Pipeline
import Testing

/// A first run as a new user makes it, through the real binary: init, doctor, the messages and
/// exit statuses a person sees.
struct FirstRunTests {
  static let header = "invoice_number,customer_id,customer_name,invoice_date,due_date,amount"

  private func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "first-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  private func arflow(_ arguments: [String], in folder: URL) throws -> ArflowBinary.Result {
    try ArflowBinary.run(arguments + ["--workspace", folder.path, "--as-of", "2026-11-20"])
  }

  private func drop(_ name: String, _ text: String, in folder: URL) throws {
    try Data(text.utf8).write(to: folder.appendingPathComponent("inbox/\(name)"))
  }

  @Test("init writes no one's company; the run reads files but withholds reminders, exit 1")
  func incompleteCreditor() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try arflow(["init"], in: folder).status == 0)
    let company = try String(
      contentsOf: folder.appendingPathComponent("mappings/company.yaml"), encoding: .utf8)
    #expect(!company.contains("Noorderlicht"))
    let doctor = try arflow(["doctor"], in: folder)
    #expect(doctor.status == 1)
    #expect(
      doctor.output.contains(
        "fix  company.yaml: name, street, postalCode, city, countryCode, iban still empty"))
    try drop("items.csv", "\(Self.header)\nA-1,C1,Acme,2026-09-01,2026-10-01,100.00\n", in: folder)
    let run = try arflow(["run", "--settle", "0"], in: folder)
    #expect(run.status == 1)
    #expect(run.output.contains("files: 1 processed"))
    #expect(run.output.contains("reminders: none written: mappings/company.yaml is incomplete"))
    let reminders = folder.appendingPathComponent("outbox/reminders").path
    let letters = (try? FileManager.default.contentsOfDirectory(atPath: reminders)) ?? []
    #expect(letters.isEmpty)
  }

  @Test(
    "init --company --iban --country --language fills company.yaml; a wrong IBAN is refused, exit 64"
  )
  func initOptions() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let wrong = try arflow(["init", "--iban", "NL91ABNA0417164301"], in: folder)
    #expect(wrong.status == 64)
    #expect(wrong.errors.contains("is not a valid IBAN"))
    let made = try arflow(
      [
        "init", "--company", "Acme B.V.", "--iban", "NL91ABNA0417164300", "--country", "nl",
        "--language", "de",
      ], in: folder)
    #expect(made.status == 0, "\(made.errors)")
    let company = try String(
      contentsOf: folder.appendingPathComponent("mappings/company.yaml"), encoding: .utf8)
    #expect(company.contains("name: \"Acme B.V.\""))
    #expect(company.contains("countryCode: \"NL\""))
    #expect(company.contains("defaultLanguage: de"))
    #expect(company.contains("bankAccounts: [\"NL91ABNA0417164300\"]"))
    #expect(made.output.contains("Fill in street, postalCode, city in mappings/company.yaml"))
  }

  @Test("an IBAN with wrong check digits in company.yaml stops the run at once, naming it")
  func wrongIBAN() throws {
    let space = try TestWorkspace()
    let url = space.workspace.companyFile
    let text = try String(contentsOf: url, encoding: .utf8)
    try text.replacingOccurrences(of: "iban: NL91ABNA0417164300", with: "iban: NL91ABNA0417164301")
      .write(to: url, atomically: true, encoding: .utf8)
    try space.drop("items.csv", "\(Self.header)\nA-1,C1,Acme,2026-09-01,2026-10-01,100.00\n")
    let run = try arflow(["run", "--settle", "0"], in: space.root)
    #expect(run.status == 1)
    #expect(
      run.errors.hasPrefix("error: company.yaml (iban): 'NL91ABNA0417164301' is not a valid IBAN"),
      "\(run.errors)")
    #expect(!run.errors.contains("NSCocoaErrorDomain") && !run.errors.contains("DecodingError"))
    #expect(space.files(in: "inbox").contains("items.csv"))
  }

  @Test("empty, header-only and unreadable files fail saying so; rejected rows exit 3; --version")
  func messagesAndStatuses() throws {
    let space = try TestWorkspace()
    let empty = try space.drop("empty.csv", "")
    // Empty for more than a minute: an export that really is empty, not one being written.
    try FileManager.default.setAttributes(
      [.modificationDate: Date().addingTimeInterval(-120)], ofItemAtPath: empty.path)
    try space.drop("header.csv", "\(Self.header)\n")
    try space.drop(
      "some-bad.csv",
      "\(Self.header)\nA-1,C1,Acme,2026-09-01,2026-10-01,100.00\nA-2,C1,Acme,2026-09-01,2026-10-01,lots\n"
    )
    let run = try arflow(["run", "--settle", "0"], in: space.root)
    #expect(run.status == 2, "a failed file wins over rejected rows")
    #expect(run.output.contains("files: 1 partly processed, 2 failed"), "\(run.output)")
    #expect(try space.text(of: "inbox/failed/empty.csv.error.txt").contains("the file is empty"))
    let headerOnly = try space.text(of: "inbox/failed/header.csv.error.txt")
    #expect(headerOnly.contains("has its header"))
    #expect(!headerOnly.contains("date"))
    try space.drop(
      "more-bad.csv",
      "\(Self.header)\nB-1,C1,Acme,2026-09-01,2026-10-01,oops\nB-2,C1,Acme,2026-09-01,2026-10-01,5.00\n"
    )
    #expect(try arflow(["run", "--settle", "0"], in: space.root).status == 3)
    let version = try ArflowBinary.run(["--version"])
    #expect(version.status == 0 && !version.output.isEmpty)
  }

  @Test("a corrected file resolves the old failure; a duplicate names the file it repeats")
  func resolvedAndDuplicate() throws {
    let space = try TestWorkspace()
    try space.drop("items.csv", "\(Self.header)\n")
    _ = try arflow(["run", "--settle", "0"], in: space.root)
    #expect(space.files(in: "inbox/failed") == ["items.csv", "items.csv.error.txt"])
    try space.drop("items.csv", "\(Self.header)\nA-1,C1,Acme,2026-09-01,2026-12-01,100.00\n")
    _ = try arflow(["run", "--settle", "0"], in: space.root)
    #expect(space.files(in: "inbox/failed") == ["resolved"])
    #expect(space.files(in: "inbox/failed/resolved") == ["items.csv", "items.csv.error.txt"])
    let status = try arflow(["status", "--json"], in: space.root)
    #expect(status.output.contains("\"failed\":0"))
    try space.drop("copy.csv", "\(Self.header)\nA-1,C1,Acme,2026-09-01,2026-12-01,100.00\n")
    let again = try arflow(["run", "--settle", "0"], in: space.root)
    #expect(again.output.contains("same content as items.csv, processed on 2026-11-20"))
  }

  @Test("no mapping reads a file: the header found and the nearest mapping with the alias to add")
  func nearestMapping() throws {
    let space = try TestWorkspace()
    try space.drop(
      "factures.csv",
      "N° facture,Client,invoice_date,due_date,Montant\nF-1,C1,2026-09-01,2026-10-01,10.00\n"
    )
    _ = try arflow(["run", "--settle", "0"], in: space.root)
    let report = try space.text(of: "inbox/failed/factures.csv.error.txt")
    #expect(report.contains("its header is: N° facture, Client"), "\(report)")
    #expect(report.contains("add 'N° facture' to fields.number"), "\(report)")
    #expect(report.contains("'Montant' to fields.amount"), "\(report)")
    let inspect = try arflow(
      [
        "inspect", space.root.appendingPathComponent("inbox/failed/factures.csv").path, "--mapping",
        "generic",
      ], in: space.root)
    #expect(inspect.output.contains("finds no column for"), "\(inspect.output)")
  }

  @Test("items and item list the open items and one item's history")
  func itemsAndItem() throws {
    let space = try TestWorkspace()
    try space.drop(
      "items.csv",
      "\(Self.header),street,postal_code,city\nA-1,C1,Acme,2026-09-01,2026-10-01,100.00,Kerkstraat 1,1011 AB,Amsterdam\nA-2,C2,Beta,2026-11-01,2026-12-01,50.00,,,\n"
    )
    _ = try arflow(["run", "--settle", "0"], in: space.root)
    let overdue = try arflow(["items", "--overdue", "--csv"], in: space.root)
    #expect(overdue.output.hasPrefix("number,kind,customer_id"))
    #expect(overdue.output.contains("A-1,invoice,C1,Acme,2026-09-01,2026-10-01,50,100.00"))
    #expect(!overdue.output.contains("A-2"))
    let json = try arflow(["items", "--json", "--customer", "C2"], in: space.root)
    #expect(json.output.contains("\"number\":\"A-2\""))
    let item = try arflow(["item", "A-1"], in: space.root)
    #expect(item.output.contains("Invoice A-1 of customer C1"))
    #expect(item.output.contains("imported"))
    #expect(item.output.contains("reminded"))
    let missing = try arflow(["item", "NOPE"], in: space.root)
    #expect(missing.status == 1)
    #expect(missing.errors.contains("there is no item NOPE in the ledger"))
  }
}
