-- The record's data exactly as the source submitted it, before normalisation: what the hub made of a
-- value ("2024/3/1" -> "2024-03-01") can always be shown beside what it was sent. Nullable: rows written
-- before this column existed, and records queued before the upgrade, have no original.
-- Not part of the fingerprint or the version: the same content sent in another form changes nothing.
ALTER TABLE credit_record ADD COLUMN original_payload VARCHAR;
