extension LedgerMigrations {
  /// Dunning at depth: the schedule a customer (master `policy` and `group` columns) or an item
  /// names; pauses and disputes; promises to pay; payment arrangements with their instalments;
  /// references that cover several items (a letter's RF, an instalment's RF); the documents of
  /// each batch with their status; the second-chance notices sent after returned direct debits.
  static let v8 = """
    ALTER TABLE customer ADD COLUMN group_name TEXT;
    ALTER TABLE customer ADD COLUMN dunning_policy TEXT;
    ALTER TABLE open_item ADD COLUMN dunning_policy TEXT;

    CREATE TABLE dunning_hold (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      item_id INTEGER REFERENCES open_item(id),
      customer_id TEXT REFERENCES customer(id),
      kind TEXT NOT NULL CHECK (kind IN ('pause', 'dispute')),
      reason TEXT NOT NULL,
      since TEXT NOT NULL,
      until TEXT,
      ended_on TEXT,
      end_reason TEXT,
      source TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      CHECK ((item_id IS NULL) <> (customer_id IS NULL))
    );
    CREATE INDEX dunning_hold_item ON dunning_hold(item_id);
    CREATE INDEX dunning_hold_customer ON dunning_hold(customer_id);

    CREATE TABLE payment_promise (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      customer_id TEXT NOT NULL REFERENCES customer(id),
      currency TEXT NOT NULL,
      amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
      promised_by TEXT NOT NULL,
      made_on TEXT NOT NULL,
      state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'kept', 'broken')),
      settled_on TEXT,
      settlement TEXT,
      source TEXT NOT NULL,
      recorded_at TEXT NOT NULL
    );
    CREATE TABLE payment_promise_item (
      promise_id INTEGER NOT NULL REFERENCES payment_promise(id),
      item_id INTEGER NOT NULL REFERENCES open_item(id),
      PRIMARY KEY (promise_id, item_id)
    );

    CREATE TABLE payment_arrangement (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      customer_id TEXT NOT NULL REFERENCES customer(id),
      currency TEXT NOT NULL,
      made_on TEXT NOT NULL,
      every TEXT NOT NULL,
      state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'completed', 'broken')),
      settled_on TEXT,
      settlement TEXT,
      source TEXT NOT NULL,
      recorded_at TEXT NOT NULL
    );
    CREATE TABLE payment_arrangement_item (
      arrangement_id INTEGER NOT NULL REFERENCES payment_arrangement(id),
      item_id INTEGER NOT NULL REFERENCES open_item(id),
      PRIMARY KEY (arrangement_id, item_id)
    );
    CREATE TABLE instalment (
      arrangement_id INTEGER NOT NULL REFERENCES payment_arrangement(id),
      number INTEGER NOT NULL CHECK (number >= 1),
      due_date TEXT NOT NULL,
      amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
      reference TEXT NOT NULL UNIQUE,
      reminded_on TEXT,
      PRIMARY KEY (arrangement_id, number)
    );

    CREATE TABLE shared_reference (
      reference TEXT NOT NULL,
      item_id INTEGER NOT NULL REFERENCES open_item(id),
      origin TEXT NOT NULL,
      PRIMARY KEY (reference, item_id)
    );

    ALTER TABLE reminder_batch ADD COLUMN state TEXT NOT NULL DEFAULT 'written'
      CHECK (state IN ('written', 'awaiting-approval', 'superseded', 'approved'));
    ALTER TABLE reminder_batch ADD COLUMN plan TEXT;

    CREATE TABLE dunning_document (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      batch_id TEXT NOT NULL REFERENCES reminder_batch(id),
      plan_id TEXT NOT NULL,
      customer_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      level INTEGER,
      level_name TEXT,
      channel TEXT NOT NULL,
      currency TEXT NOT NULL,
      total_minor INTEGER NOT NULL,
      reference TEXT,
      file TEXT,
      status TEXT NOT NULL CHECK (status IN ('written', 'failed')),
      reason TEXT,
      pages INTEGER,
      sent_on TEXT NOT NULL,
      explanation TEXT NOT NULL,
      UNIQUE (batch_id, plan_id)
    );
    CREATE INDEX dunning_document_customer ON dunning_document(customer_id, sent_on);
    ALTER TABLE dunning_event ADD COLUMN document_id INTEGER REFERENCES dunning_document(id);

    CREATE TABLE second_chance_notice (
      payment_id INTEGER PRIMARY KEY REFERENCES payment(id),
      document_id INTEGER NOT NULL REFERENCES dunning_document(id)
    );
    """
}
