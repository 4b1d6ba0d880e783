import GRDB
public import Receivables

extension Ledger {
  /// Stores a file's records and its hash in one transaction: that commit is the only mark that
  /// the file was processed. Customers are inserted or updated; items are inserted, or brought
  /// up to date when the file says less is open than the ledger knows (settled outside arflow);
  /// payments already known by their bank identity are skipped; statements booked although
  /// their balances do not add up are marked unproven.
  /// - Throws: `LedgerError` with code `duplicateFile` when the content was processed before;
  ///   nothing is written then.
  @discardableResult
  public func commit(_ file: FileImport) throws(LedgerError) -> ImportSummary {
    try write("store the records of \(file.name)") { db in try store(file, db) }
  }

  /// Stores several files in one transaction (one flush to disk for all of them), each inside
  /// its own savepoint: a file that cannot be stored (a duplicate of another in the same
  /// group) is rolled back alone and reported in its place; the others are committed.
  /// - Returns: one result per file, in order.
  /// - Throws: `LedgerError` when the transaction as a whole fails; nothing is stored then.
  public func commit(_ files: [FileImport]) throws(LedgerError) -> [Result<
    ImportSummary, LedgerError
  >] {
    try write("store the records of \(files.count) files") { db in
      var results: [Result<ImportSummary, LedgerError>] = []
      for file in files {
        var summary: ImportSummary?
        do {
          try db.inSavepoint {
            summary = try store(file, db)
            return .commit
          }
          results.append(.success(summary ?? ImportSummary()))
        } catch let error as LedgerError {
          results.append(.failure(error))
        } catch {
          results.append(
            .failure(LedgerError(.storage, "could not store \(file.name)", underlying: error)))
        }
      }
      return results
    }
  }

  /// - Throws: `LedgerError` `duplicateFile` when a file with this content was processed.
  func refuseDuplicate(_ file: FileImport, _ db: Database) throws {
    let known =
      try Bool.fetchOne(
        db,
        cached:
          "SELECT EXISTS(SELECT 1 FROM ingested_file WHERE sha256 = ? AND outcome = 'processed')",
        arguments: [file.sha256]) ?? false
    if known {
      throw LedgerError(
        .duplicateFile, "\(file.name) has the same content as a file processed before")
    }
  }

  private func store(_ file: FileImport, _ db: Database) throws -> ImportSummary {
    try refuseDuplicate(file, db)
    let fileID = try insertFile(
      db, sha256: file.sha256, name: file.name, kind: file.kind, outcome: "processed",
      records: file.recordCount, rejected: file.rejected, detail: nil, on: file.processedOn)
    var summary = ImportSummary()
    for customer in file.customers {
      try upsert(
        customer, fillGapsOnly: file.customersFillGapsOnly, fileID: fileID, db, into: &summary)
      for iban in customer.bankAccounts {
        try ReconciliationStep.learn(
          LearnedPayer(
            iban: iban, customerID: customer.id,
            source: file.customersFillGapsOnly ? .eInvoice : .customerMaster,
            paymentReference: nil), on: file.processedOn, db)
      }
    }
    let step = ImportStep(db: db, fileID: fileID, date: file.processedOn, mapping: file.mapping)
    for item in file.items {
      try step.store(item, into: &summary)
    }
    for payment in file.payments {
      try step.store(payment, into: &summary)
    }
    for assessment in file.creditAssessments {
      try step.store(assessment, into: &summary)
    }
    for statement in file.unprovenStatements {
      try step.store(statement)
    }
    for instruction in file.holdInstructions {
      do {
        try db.inSavepoint {
          try HoldStep(db: db).apply(instruction, on: file.processedOn)
          return .commit
        }
        summary.holdsRecorded += 1
      } catch let refusal as LedgerError where refusal.code != .storage {
        summary.holdsRefused.append(
          RefusedHold(source: instruction.source, message: refusal.message, fix: refusal.fix))
      }
    }
    if file.isFullSnapshot, let mapping = file.mapping {
      try step.closeMissing(
        from: Set(file.items.map(\.number)), mapping: mapping, fileName: file.name,
        guardPercent: file.snapshotGuardPercent, sha256: file.sha256, into: &summary)
    }
    insideFileCommit()
    return summary
  }

  private func upsert(
    _ customer: Customer, fillGapsOnly: Bool, fileID: Int64, _ db: Database,
    into summary: inout ImportSummary
  ) throws {
    let exists =
      try Bool.fetchOne(
        db, cached: "SELECT EXISTS(SELECT 1 FROM customer WHERE id = ?)", arguments: [customer.id])
      ?? false
    let arguments: StatementArguments = [
      customer.name, customer.email, customer.language?.rawValue, customer.address?.street,
      customer.address?.postalCode, customer.address?.city, customer.address?.countryCode,
      customer.segment?.rawValue, customer.creditLimit?.minorUnits,
      customer.creditLimit?.currency.code, customer.group, customer.dunningPolicy, fileID,
      customer.id,
    ]
    if exists, fillGapsOnly {
      try db.execute(
        cached: """
          UPDATE customer SET name = COALESCE(NULLIF(name, ''), ?), email = COALESCE(email, ?),
            language = COALESCE(language, ?), street = COALESCE(street, ?),
            postal_code = COALESCE(postal_code, ?), city = COALESCE(city, ?),
            country_code = COALESCE(country_code, ?), segment = COALESCE(segment, ?),
            credit_limit_minor = COALESCE(credit_limit_minor, ?),
            credit_limit_currency = COALESCE(credit_limit_currency, ?),
            group_name = COALESCE(group_name, ?), dunning_policy = COALESCE(dunning_policy, ?),
            source_file = COALESCE(source_file, ?)
          WHERE id = ?
          """, arguments: arguments)
    } else if exists {
      try db.execute(
        cached: """
          UPDATE customer SET name = ?, email = COALESCE(?, email), language = COALESCE(?, language),
            street = COALESCE(?, street), postal_code = COALESCE(?, postal_code),
            city = COALESCE(?, city), country_code = COALESCE(?, country_code),
            segment = COALESCE(?, segment), credit_limit_minor = COALESCE(?, credit_limit_minor),
            credit_limit_currency = COALESCE(?, credit_limit_currency),
            group_name = COALESCE(?, group_name), dunning_policy = COALESCE(?, dunning_policy),
            source_file = ?
          WHERE id = ?
          """, arguments: arguments)
      if db.changesCount > 0 { summary.customersUpdated += 1 }
    } else {
      try db.execute(
        cached: """
          INSERT INTO customer (name, email, language, street, postal_code, city, country_code,
            segment, credit_limit_minor, credit_limit_currency, group_name, dunning_policy,
            source_file, id)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """, arguments: arguments)
      summary.customersAdded += 1
    }
  }
}
