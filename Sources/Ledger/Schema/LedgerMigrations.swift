import GRDB

/// The ledger's schema as an append-only list of migrations. Never edit a shipped migration:
/// add a new one. Migrations speak SQL only, never domain types.
enum LedgerMigrations {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: files, customers, items, payments, allocations, dunning") {
      db in
      try db.execute(sql: v1)
    }
    migrator.registerMigration("v2: customer segment and limit, credit assessments, item mapping") {
      db in
      try db.execute(sql: v2)
    }
    migrator.registerMigration("v3: due-date basis, type code, preceding invoice, dunning hold") {
      db in
      try db.execute(sql: v3)
    }
    migrator.registerMigration("v4: payment account, reversal, return reason, codes") { db in
      try db.execute(sql: v4)
    }
    migrator.registerMigration("v5: reconciliation: undo, write-offs, nettings, known payers") {
      db in
      try db.execute(sql: v5)
    }
    migrator.registerMigration("v6: archive paths, resolved failures, confirmed snapshots") { db in
      try db.execute(sql: v6)
    }
    migrator.registerMigration("v7: statements booked although their balances do not add up") {
      db in
      try db.execute(sql: v7)
    }
    migrator.registerMigration("v8: dunning schedules, holds, promises, arrangements, documents") {
      db in
      try db.execute(sql: v8)
    }
    return migrator
  }

  private static let v1 = """
    CREATE TABLE ingested_file (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      sha256 TEXT NOT NULL,
      name TEXT NOT NULL,
      kind TEXT NOT NULL,
      outcome TEXT NOT NULL CHECK (outcome IN ('processed', 'failed', 'duplicate')),
      records INTEGER NOT NULL DEFAULT 0,
      rejected INTEGER NOT NULL DEFAULT 0,
      detail TEXT,
      processed_on TEXT NOT NULL,
      recorded_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX ingested_file_once ON ingested_file(sha256) WHERE outcome = 'processed';

    CREATE TABLE run (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      as_of TEXT NOT NULL,
      started_at TEXT NOT NULL,
      finished_at TEXT,
      summary TEXT
    );

    CREATE TABLE customer (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      email TEXT,
      language TEXT,
      street TEXT,
      postal_code TEXT,
      city TEXT,
      country_code TEXT,
      source_file INTEGER REFERENCES ingested_file(id)
    );

    CREATE TABLE open_item (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      number TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL CHECK (kind IN ('invoice', 'creditNote')),
      customer_id TEXT NOT NULL REFERENCES customer(id),
      issue_date TEXT NOT NULL,
      due_date TEXT NOT NULL,
      currency TEXT NOT NULL,
      amount_minor INTEGER NOT NULL,
      settled_outside_minor INTEGER NOT NULL DEFAULT 0,
      open_minor INTEGER NOT NULL,
      payment_reference TEXT,
      reference_scheme TEXT,
      source_file INTEGER NOT NULL REFERENCES ingested_file(id),
      source_line INTEGER
    );
    CREATE INDEX open_item_customer ON open_item(customer_id);
    CREATE INDEX open_item_reference ON open_item(payment_reference);

    CREATE TABLE payment (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      bank_reference TEXT NOT NULL UNIQUE,
      booking_date TEXT NOT NULL,
      value_date TEXT NOT NULL,
      currency TEXT NOT NULL,
      amount_minor INTEGER NOT NULL,
      unallocated_minor INTEGER NOT NULL,
      counterparty_name TEXT,
      counterparty_iban TEXT,
      structured_reference TEXT,
      remittance_text TEXT,
      end_to_end_id TEXT,
      source_file INTEGER NOT NULL REFERENCES ingested_file(id),
      source_line INTEGER,
      source_element TEXT
    );

    CREATE TABLE allocation (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      payment_id INTEGER NOT NULL REFERENCES payment(id),
      item_id INTEGER NOT NULL REFERENCES open_item(id),
      currency TEXT NOT NULL,
      amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
      rule TEXT NOT NULL,
      confidence INTEGER NOT NULL CHECK (confidence BETWEEN 0 AND 100),
      explanation TEXT NOT NULL,
      allocated_on TEXT NOT NULL,
      run_id INTEGER REFERENCES run(id)
    );

    CREATE TABLE reminder_batch (
      id TEXT PRIMARY KEY,
      as_of TEXT NOT NULL,
      run_id INTEGER REFERENCES run(id),
      written_at TEXT
    );

    CREATE TABLE dunning_event (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      item_id INTEGER NOT NULL REFERENCES open_item(id),
      level INTEGER NOT NULL,
      level_name TEXT NOT NULL,
      batch_id TEXT NOT NULL REFERENCES reminder_batch(id),
      reminded_on TEXT NOT NULL,
      days_overdue INTEGER NOT NULL,
      currency TEXT NOT NULL,
      open_minor INTEGER NOT NULL,
      fee_minor INTEGER NOT NULL,
      interest_minor INTEGER NOT NULL,
      channel TEXT NOT NULL,
      explanation TEXT NOT NULL,
      UNIQUE (item_id, level)
    );

    CREATE TABLE item_history (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      item_id INTEGER NOT NULL REFERENCES open_item(id),
      happened_on TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      event TEXT NOT NULL,
      amount_minor INTEGER,
      open_after_minor INTEGER NOT NULL,
      detail TEXT NOT NULL,
      file_id INTEGER REFERENCES ingested_file(id),
      run_id INTEGER REFERENCES run(id)
    );
    CREATE INDEX item_history_item ON item_history(item_id);
    CREATE TRIGGER item_history_append_only_update BEFORE UPDATE ON item_history
      BEGIN SELECT RAISE(ABORT, 'item_history is append-only'); END;
    CREATE TRIGGER item_history_append_only_delete BEFORE DELETE ON item_history
      BEGIN SELECT RAISE(ABORT, 'item_history is append-only'); END;
    """

  private static let v2 = """
    ALTER TABLE customer ADD COLUMN segment TEXT;
    ALTER TABLE customer ADD COLUMN credit_limit_minor INTEGER;
    ALTER TABLE customer ADD COLUMN credit_limit_currency TEXT;
    ALTER TABLE open_item ADD COLUMN source_mapping TEXT;
    CREATE INDEX open_item_mapping ON open_item(source_mapping);

    CREATE TABLE credit_assessment (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      customer_id TEXT NOT NULL,
      score INTEGER,
      limit_minor INTEGER,
      currency TEXT,
      assessed_on TEXT NOT NULL,
      source_file INTEGER NOT NULL REFERENCES ingested_file(id),
      source_line INTEGER,
      UNIQUE (customer_id, assessed_on, score, limit_minor)
    );
    CREATE INDEX credit_assessment_customer ON credit_assessment(customer_id, assessed_on);
    """

  private static let v3 = """
    ALTER TABLE open_item ADD COLUMN due_date_basis TEXT;
    ALTER TABLE open_item ADD COLUMN type_code TEXT;
    ALTER TABLE open_item ADD COLUMN preceding_number TEXT;
    ALTER TABLE open_item ADD COLUMN linked_item_id INTEGER REFERENCES open_item(id);
    ALTER TABLE open_item ADD COLUMN dunning_hold TEXT;
    ALTER TABLE open_item ADD COLUMN dunnable_from TEXT;
    ALTER TABLE open_item ADD COLUMN source_element TEXT;
    ALTER TABLE open_item ADD COLUMN provenance TEXT;
    ALTER TABLE open_item ADD COLUMN number_key TEXT;
    CREATE INDEX open_item_number_key ON open_item(number_key);
    ALTER TABLE open_item ADD COLUMN preceding_key TEXT;
    ALTER TABLE open_item ADD COLUMN payment_reference_text TEXT;
    CREATE INDEX open_item_preceding ON open_item(preceding_number);
    CREATE INDEX open_item_preceding_key ON open_item(preceding_key);
    """

  private static let v4 = """
    ALTER TABLE payment ADD COLUMN account TEXT;
    ALTER TABLE payment ADD COLUMN is_reversal INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE payment ADD COLUMN return_reason TEXT;
    ALTER TABLE payment ADD COLUMN transaction_code TEXT;
    ALTER TABLE payment ADD COLUMN mandate_id TEXT;
    ALTER TABLE payment ADD COLUMN ultimate_debtor TEXT;
    """

  /// Reconciliation: allocations are undone, never deleted (`undone_on`); a reversal names the
  /// payment it takes back and how much; write-offs and credit nettings are their own bookings;
  /// known payers say which customer pays from an IBAN and who taught it; a reconciliation
  /// is one booked matching result with its files.
  private static let v5 = """
    CREATE TABLE reconciliation (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      as_of TEXT NOT NULL,
      sequence INTEGER NOT NULL,
      run_id INTEGER REFERENCES run(id),
      trigger TEXT NOT NULL,
      unmatched_json TEXT NOT NULL,
      unmatched_digest TEXT NOT NULL,
      written_at TEXT,
      UNIQUE (as_of, sequence)
    );

    ALTER TABLE allocation ADD COLUMN reconciliation_id INTEGER REFERENCES reconciliation(id);
    ALTER TABLE allocation ADD COLUMN undone_on TEXT;
    ALTER TABLE allocation ADD COLUMN undone_reason TEXT;
    ALTER TABLE allocation ADD COLUMN undone_reconciliation_id INTEGER REFERENCES reconciliation(id);
    CREATE INDEX allocation_payment ON allocation(payment_id);
    CREATE INDEX allocation_item ON allocation(item_id);

    ALTER TABLE payment ADD COLUMN reversed_minor INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE payment ADD COLUMN reversal_of INTEGER REFERENCES payment(id);
    ALTER TABLE payment ADD COLUMN reversal_explanation TEXT;
    ALTER TABLE payment ADD COLUMN manual_only INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE payment ADD COLUMN servicer_reference TEXT;
    CREATE INDEX payment_servicer_reference ON payment(servicer_reference);

    CREATE TABLE write_off (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      item_id INTEGER NOT NULL REFERENCES open_item(id),
      payment_id INTEGER REFERENCES payment(id),
      currency TEXT NOT NULL,
      amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
      reason TEXT NOT NULL,
      written_off_on TEXT NOT NULL,
      reconciliation_id INTEGER REFERENCES reconciliation(id),
      undone_on TEXT,
      undone_reason TEXT,
      undone_reconciliation_id INTEGER REFERENCES reconciliation(id)
    );
    CREATE INDEX write_off_item ON write_off(item_id);

    CREATE TABLE credit_netting (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      credit_item_id INTEGER NOT NULL REFERENCES open_item(id),
      invoice_item_id INTEGER NOT NULL REFERENCES open_item(id),
      currency TEXT NOT NULL,
      amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
      rule TEXT NOT NULL,
      confidence INTEGER NOT NULL CHECK (confidence BETWEEN 0 AND 100),
      explanation TEXT NOT NULL,
      netted_on TEXT NOT NULL,
      reconciliation_id INTEGER REFERENCES reconciliation(id)
    );
    CREATE INDEX credit_netting_credit ON credit_netting(credit_item_id);
    CREATE INDEX credit_netting_invoice ON credit_netting(invoice_item_id);

    CREATE TABLE known_payer (
      iban TEXT NOT NULL,
      customer_id TEXT NOT NULL,
      source TEXT NOT NULL,
      learned_on TEXT NOT NULL,
      payment_id INTEGER REFERENCES payment(id)
    );
    CREATE UNIQUE INDEX known_payer_once
      ON known_payer(iban, customer_id, source, COALESCE(payment_id, 0));
    """

  /// Where a processed file was archived (`inbox/processed/DATE/NAME`, relative to the
  /// workspace), so an item can point at its original document (an e-invoice's XML or PDF); when
  /// a failed file's corrected version was processed (the failure no longer counts); the
  /// snapshots a person confirmed although they close many items.
  private static let v6 = """
    ALTER TABLE ingested_file ADD COLUMN archived_as TEXT;
    ALTER TABLE ingested_file ADD COLUMN resolved_at TEXT;
    CREATE TABLE confirmed_snapshot (
      sha256 TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      confirmed_on TEXT NOT NULL
    );
    """

  /// Bank statements booked although opening balance + booked entries is not their closing
  /// balance (`statements: balanceMismatch: book`): one row per statement, stored in the same
  /// transaction as the file's payments, with the sums and what was off in words.
  private static let v7 = """
    CREATE TABLE unproven_statement (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      file_id INTEGER NOT NULL REFERENCES ingested_file(id),
      account TEXT,
      statement_id TEXT,
      statement_date TEXT,
      currency TEXT NOT NULL,
      opening_minor INTEGER NOT NULL,
      booked_minor INTEGER NOT NULL,
      closing_minor INTEGER NOT NULL,
      difference_minor INTEGER NOT NULL,
      detail TEXT NOT NULL,
      source_line INTEGER,
      source_element TEXT
    );
    CREATE INDEX unproven_statement_file ON unproven_statement(file_id);
    """
}
