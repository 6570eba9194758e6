import GRDB

/// The read models live beside the log in the same file. They are disposable: when this
/// build's shape differs from the file's, they are dropped and rebuilt from the log.
enum ReadModelSchema {
    /// Bump when a table below changes shape or meaning.
    /// 6: `rm_admission` renamed `rm_admission_policies`, so it no longer reads as `rm_admissions`.
    /// 7: `rm_notifications.message` (English text) became `notice` (the facts, as JSON), worded when read.
    /// 8: `rm_notifications.opened_at`, set when a notification is opened on its own.
    /// 9: `rm_orders` keeps the order's delivery address and note.
    /// 10: `rm_accounts.name_key`, indexed, so a sign-up finds a look-alike name without a scan.
    /// 11: a processor failure is told as one, not as a decline: `rm_orders.payment_note` and
    ///     `rm_notifications` (`paymentFailed`), for old failures too (``PaymentDeclineCause``).
    /// 12: `rm_orders_store_placed`, so an owner's past orders are read a page at a time, newest first.
    static let version = 12

    static let tables = [
        "rm_accounts", "rm_favourites", "rm_stores", "rm_menu", "rm_orders", "rm_notifications",
        "rm_checkpoint", "rm_pending_payments", "rm_kitchen_queue", "rm_admission_policies",
        "rm_admissions", "rm_holds_to_release",
    ]
    /// Tables earlier versions made under names no longer used, dropped with the rest when an old
    /// file is rebuilt so they do not linger in it.
    static let retiredTables = ["rm_admission"]

    static func prepare(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS rm_meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL)")
        let current = try Int.fetchOne(db, sql: "SELECT value FROM rm_meta WHERE key = 'schema'")
        guard current != version else { return }
        for table in tables + retiredTables { try db.execute(sql: "DROP TABLE IF EXISTS \(table)") }
        try create(db)
        try db.execute(sql: "INSERT OR REPLACE INTO rm_meta(key, value) VALUES ('schema', ?)", arguments: [version])
    }

    static func create(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE rm_checkpoint(name TEXT PRIMARY KEY, position INTEGER NOT NULL);
                INSERT INTO rm_checkpoint(name, position) VALUES ('read_models', 0);

                CREATE TABLE rm_accounts(
                  account_id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, signed_up_at REAL NOT NULL,
                  notifications_read_upto INTEGER NOT NULL DEFAULT 0, name_key TEXT NOT NULL DEFAULT '');
                CREATE INDEX rm_accounts_name_key ON rm_accounts(name_key);

                CREATE TABLE rm_favourites(
                  account_id TEXT NOT NULL, store_id TEXT NOT NULL, since REAL NOT NULL,
                  PRIMARY KEY(account_id, store_id));

                CREATE TABLE rm_stores(
                  store_id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, name TEXT NOT NULL, category TEXT NOT NULL,
                  address TEXT NOT NULL, hours TEXT NOT NULL, opens_at INTEGER NOT NULL, closes_at INTEGER NOT NULL,
                  minimum_order INTEGER NOT NULL, delivery_fee INTEGER NOT NULL, mode TEXT NOT NULL,
                  prep_minutes INTEGER NOT NULL, busy_extra_minutes INTEGER NOT NULL, auto_cancel_minutes INTEGER NOT NULL,
                  rating_sum INTEGER NOT NULL DEFAULT 0, rating_count INTEGER NOT NULL DEFAULT 0,
                  registered_at REAL NOT NULL);
                CREATE INDEX rm_stores_name ON rm_stores(name);
                CREATE INDEX rm_stores_owner ON rm_stores(owner_id);

                CREATE TABLE rm_menu(
                  store_id TEXT NOT NULL, item_id TEXT NOT NULL, seq INTEGER NOT NULL, name TEXT NOT NULL,
                  price INTEGER NOT NULL, description TEXT NOT NULL, sold_out INTEGER NOT NULL,
                  PRIMARY KEY(store_id, item_id));

                CREATE TABLE rm_orders(
                  order_id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, store_id TEXT NOT NULL, store_name TEXT NOT NULL,
                  owner_id TEXT NOT NULL, rider_id TEXT, status TEXT NOT NULL, item_count INTEGER NOT NULL,
                  summary TEXT NOT NULL, subtotal INTEGER NOT NULL, delivery_fee INTEGER NOT NULL, total INTEGER NOT NULL,
                  auto_cancel_minutes INTEGER NOT NULL, card TEXT, placed_at REAL NOT NULL, paid_at REAL, deadline_at REAL, confirmed_at REAL, cook_minutes INTEGER,
                  delivery_started_at REAL, travel_minutes INTEGER, picked_up_at REAL, delivered_at REAL,
                  closed_at REAL, close_reason TEXT, refunded INTEGER NOT NULL DEFAULT 0, payment_note TEXT,
                  review_rating INTEGER, review_text TEXT, reviewed_at REAL, reply_text TEXT, replied_at REAL,
                  updated_position INTEGER NOT NULL, delivery_address TEXT, delivery_note TEXT);
                CREATE INDEX rm_orders_store ON rm_orders(store_id, status);
                CREATE INDEX rm_orders_store_placed ON rm_orders(store_id, placed_at, order_id);
                CREATE INDEX rm_orders_customer ON rm_orders(customer_id, placed_at);
                CREATE INDEX rm_orders_deadline ON rm_orders(status, deadline_at);
                CREATE INDEX rm_orders_rider ON rm_orders(rider_id, status);

                CREATE TABLE rm_notifications(
                  position INTEGER PRIMARY KEY, account_id TEXT NOT NULL, order_id TEXT NOT NULL, status TEXT NOT NULL,
                  notice TEXT NOT NULL, created_at REAL NOT NULL, opened_at REAL);
                CREATE INDEX rm_notifications_account ON rm_notifications(account_id, position);

                -- The payment outbox: one row per request not yet answered, so the worker never scans the log.
                CREATE TABLE rm_pending_payments(
                  order_id TEXT PRIMARY KEY, idempotency_key TEXT NOT NULL, requested_at REAL NOT NULL,
                  position INTEGER NOT NULL);
                CREATE INDEX rm_pending_payments_fifo ON rm_pending_payments(position);

                -- Orders that ended (cancelled) while a payment request was unanswered: the gateway may hold an
                -- authorisation on the card. The payment worker voids it by the request's key, then removes the row.
                CREATE TABLE rm_holds_to_release(
                  order_id TEXT PRIMARY KEY, idempotency_key TEXT NOT NULL, ended_at REAL NOT NULL, position INTEGER NOT NULL);

                -- Each store's waiting queue, in the order payments were approved (log position).
                CREATE TABLE rm_kitchen_queue(
                  order_id TEXT PRIMARY KEY, store_id TEXT NOT NULL, position INTEGER NOT NULL, queued_at REAL NOT NULL);
                CREATE INDEX rm_kitchen_queue_fifo ON rm_kitchen_queue(store_id, position);

                -- Each store's admission policy, if it limits admission; absent means unlimited.
                CREATE TABLE rm_admission_policies(store_id TEXT PRIMARY KEY, kitchen_capacity INTEGER, orders_per_minute INTEGER);

                -- When each queued order was let in, so the per-minute limit counts a rolling window.
                CREATE TABLE rm_admissions(order_id TEXT PRIMARY KEY, store_id TEXT NOT NULL, admitted_at REAL NOT NULL);
                CREATE INDEX rm_admissions_window ON rm_admissions(store_id, admitted_at);
                """)
    }
}
