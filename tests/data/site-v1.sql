-- A site database as schema version 1 wrote it (before sort keys and the change log).
-- tst_migration loads it into a fresh file, sets PRAGMA user_version=1 and application_id,
-- and opens it with the current store, which must upgrade it step by step.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE objects ( id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, class TEXT NOT NULL, parent_id INTEGER REFERENCES objects(id), rdn TEXT NOT NULL, dn TEXT NOT NULL, dn_key TEXT NOT NULL UNIQUE, usn_created INTEGER NOT NULL, usn_changed INTEGER NOT NULL, when_created TEXT NOT NULL, when_changed TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX objects_parent ON objects(parent_id);
CREATE TABLE attrs ( object_id INTEGER NOT NULL REFERENCES objects(id) ON DELETE CASCADE, name TEXT NOT NULL, idx INTEGER NOT NULL, value TEXT NOT NULL, PRIMARY KEY (object_id, name, idx)) WITHOUT ROWID;
INSERT INTO meta(key, value) VALUES ('usn', '6');
INSERT INTO meta(key, value) VALUES ('organization', 'OLDORG');
INSERT INTO meta(key, value) VALUES ('site', 'OLDSITE');
INSERT INTO objects VALUES (1, '{6f1a3c2e-0b7d-4d8e-9a51-1c2b3d4e5f60}', 'organization', NULL, 'OLDORG', '/o=OLDORG', '/o=oldorg', 1, 1, '2025-01-02T10:00:00Z', '2025-01-02T10:00:00Z', 0);
INSERT INTO objects VALUES (2, '{6f1a3c2e-0b7d-4d8e-9a51-1c2b3d4e5f61}', 'site', 1, 'OLDSITE', '/o=OLDORG/ou=OLDSITE', '/o=oldorg/ou=oldsite', 2, 2, '2025-01-02T10:00:00Z', '2025-01-02T10:00:00Z', 0);
INSERT INTO objects VALUES (3, '{6f1a3c2e-0b7d-4d8e-9a51-1c2b3d4e5f62}', 'recipients-container', 2, 'Recipients', '/o=OLDORG/ou=OLDSITE/cn=Recipients', '/o=oldorg/ou=oldsite/cn=recipients', 3, 3, '2025-01-02T10:00:00Z', '2025-01-02T10:00:00Z', 0);
INSERT INTO objects VALUES (4, '{6f1a3c2e-0b7d-4d8e-9a51-1c2b3d4e5f63}', 'mailbox', 3, 'EveZ', '/o=OLDORG/ou=OLDSITE/cn=Recipients/cn=EveZ', '/o=oldorg/ou=oldsite/cn=recipients/cn=evez', 4, 6, '2025-01-02T10:00:00Z', '2025-03-04T08:30:00Z', 0);
INSERT INTO objects VALUES (5, '{6f1a3c2e-0b7d-4d8e-9a51-1c2b3d4e5f64}', 'mailbox', 3, 'AdamB', '/o=OLDORG/ou=OLDSITE/cn=Recipients/cn=AdamB', '/o=oldorg/ou=oldsite/cn=recipients/cn=adamb', 5, 5, '2025-01-02T10:00:00Z', '2025-01-02T10:00:00Z', 0);
INSERT INTO attrs VALUES (3, 'Display-Name', 0, 'Recipients');
INSERT INTO attrs VALUES (4, 'Display-Name', 0, 'Élodie Zola');
INSERT INTO attrs VALUES (4, 'Mail-Nickname', 0, 'EveZ');
INSERT INTO attrs VALUES (4, 'Proxy-Addresses', 0, 'SMTP:evez@old.example');
INSERT INTO attrs VALUES (4, 'Proxy-Addresses', 1, 'MS:OLDORG/OLDSITE/EVEZ');
INSERT INTO attrs VALUES (5, 'Display-Name', 0, 'Adam Brown');
INSERT INTO attrs VALUES (5, 'Mail-Nickname', 0, 'AdamB');
INSERT INTO attrs VALUES (5, 'Hide-From-Address-Book', 0, 'TRUE');
