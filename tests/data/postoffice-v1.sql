-- An emulated postoffice as schema version 1 wrote it (before dirsync, template fields, the
-- seen index and the system log). tst_postoffice_migration loads it into a fresh file, sets PRAGMA
-- user_version=1 and the postoffice's application_id, and opens it with the current store, which
-- must upgrade it step by step.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE users (key TEXT PRIMARY KEY, mailbox TEXT NOT NULL, full_name TEXT NOT NULL, full_key TEXT NOT NULL UNIQUE);
CREATE TABLE user_fields (key TEXT NOT NULL REFERENCES users(key) ON DELETE CASCADE, prompt TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (key, prompt)) WITHOUT ROWID;
CREATE TABLE routes (target_key TEXT PRIMARY KEY, target TEXT NOT NULL, via TEXT);
CREATE TABLE queue (seq INTEGER PRIMARY KEY, message_id TEXT NOT NULL, direction TEXT NOT NULL CHECK (direction IN ('in', 'out')), next_hop TEXT, sender TEXT NOT NULL, recipient TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL, attachment BLOB, attachment_name TEXT, submitted TEXT NOT NULL, hops INTEGER NOT NULL, report INTEGER NOT NULL, UNIQUE (message_id, direction));
CREATE INDEX queue_next_hop ON queue(direction, next_hop, seq);
CREATE TABLE mail (id INTEGER PRIMARY KEY, mailbox_key TEXT NOT NULL, message_id TEXT NOT NULL, sender TEXT NOT NULL, recipient TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL, attachment BLOB, attachment_name TEXT, submitted TEXT NOT NULL, delivered TEXT NOT NULL, read INTEGER NOT NULL DEFAULT 0, report INTEGER NOT NULL, UNIQUE (mailbox_key, message_id));
CREATE TABLE seen (message_id TEXT PRIMARY KEY, at TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE external (address_key TEXT PRIMARY KEY, address TEXT NOT NULL, full_name TEXT NOT NULL, source TEXT NOT NULL);
INSERT INTO meta(key, value) VALUES ('network', 'OLDNET'), ('postoffice', 'PO9'), ('admin-password', 'Clear-Admin-Pw9');
INSERT INTO users(key, mailbox, full_name, full_key) VALUES ('ADMIN', 'ADMIN', 'Postoffice Administrator', 'postoffice administrator'), ('EZOLA', 'EZOLA', 'Élodie Zola', 'élodie zola');
INSERT INTO user_fields(key, prompt, value) VALUES ('EZOLA', 'Department', 'Sales');
INSERT INTO routes(target_key, target, via) VALUES ('OLDNET/PO8', 'OLDNET/PO8', NULL);
INSERT INTO queue(message_id, direction, next_hop, sender, recipient, subject, body, attachment, attachment_name, submitted, hops, report) VALUES ('<m1@po9>', 'out', 'OLDNET/PO8', 'OLDNET/PO9/EZOLA', 'OLDNET/PO8/BOB', 'Waiting', 'held since version 1', NULL, NULL, '2020-01-02T03:04:05.000Z', 1, 0);
INSERT INTO mail(mailbox_key, message_id, sender, recipient, subject, body, attachment, attachment_name, submitted, delivered, read, report) VALUES ('EZOLA', '<m0@po8>', 'OLDNET/PO8/BOB', 'OLDNET/PO9/EZOLA', 'Hello', 'from version 1', NULL, NULL, '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:01Z', 0, 0);
INSERT INTO seen(message_id, at) VALUES ('<m0@po8>;1', '2020-01-01T00:00:01Z');
INSERT INTO external(address_key, address, full_name, source) VALUES ('OLDNET/PO8/BOB', 'OLDNET/PO8/BOB', 'Bob Brown', 'manual');
