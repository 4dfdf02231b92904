-- Each audit event carries the hash of the event before it, so that an event changed or deleted by someone who
-- can get past the append-only trigger (the owner of the table can disable it) shows as a broken link:
-- `npm run audit:verify` recomputes every hash in Node.js (lib/admin/audit-chain.ts) and names the first one.
-- No semicolon may appear in this file outside the end of a statement, comments included: the PostgreSQL driver
-- adapter splits a migration at every semicolon. Function bodies write it as \073 (see the directory_version
-- migration).

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT;

-- What an event's hash covers: the previous hash, then each column as its byte length, a colon and its text, or
-- "-" for NULL, each followed by a line feed. The time is written in one fixed format, whatever the session's
-- DateStyle. SHA-256 of that text in UTF-8, as 64 hex digits.
CREATE FUNCTION "audit_event_hash"("previous" TEXT, "event" "AuditEvent") RETURNS TEXT LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(
    "previous" || chr(10) || (
      SELECT string_agg(COALESCE(octet_length("field")::text || ':' || "field", '-') || chr(10), '' ORDER BY "position")
      FROM unnest(ARRAY[
        "event"."id"::text,
        to_char("event"."at", 'YYYY-MM-DD"T"HH24:MI:SS.MS'),
        "event"."actorEmail",
        "event"."action",
        "event"."subject",
        "event"."before"::text,
        "event"."after"::text
      ]) WITH ORDINALITY AS "column"("field", "position")
    ),
    'UTF8')), 'hex')
$$;

-- On insert, under a lock held to the end of the transaction (the key is "audit" in ASCII), so that events are
-- chained one at a time and in the order of their ids: the id is one more than the last event's (the column's
-- default is taken before any trigger runs, so it would not follow that order), the time is the database's own
-- (in UTC, as Prisma reads it), and the hashes follow the last event's. Whatever the insert gave is replaced.
-- The last event is read from the trigger's own table by name, so that a temporary table of the same name in
-- the session cannot stand in for it. A transaction that read the table before the lock (REPEATABLE READ) gets
-- an id that is taken and fails rather than forking the chain.
CREATE FUNCTION "audit_event_chain"() RETURNS trigger LANGUAGE plpgsql AS
  E'DECLARE "last" RECORD\073 BEGIN PERFORM pg_advisory_xact_lock(418581817716)\073 EXECUTE format(\'SELECT "id", "hash" FROM %I.%I ORDER BY "id" DESC LIMIT 1\', TG_TABLE_SCHEMA, TG_TABLE_NAME) INTO "last"\073 NEW."id" := COALESCE("last"."id", 0) + 1\073 NEW."at" := date_trunc(\'milliseconds\', clock_timestamp() AT TIME ZONE \'UTC\')\073 NEW."prevHash" := COALESCE("last"."hash", repeat(\'0\', 64))\073 NEW."hash" := "audit_event_hash"(NEW."prevHash", NEW)\073 RETURN NEW\073 END\073';

-- The events already written are chained in the order of their ids, starting from 64 zeros.
ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";
DO E'DECLARE "event" "AuditEvent"\073 "previous" TEXT := repeat(\'0\', 64)\073 BEGIN FOR "event" IN SELECT * FROM "AuditEvent" ORDER BY "id" LOOP UPDATE "AuditEvent" SET "prevHash" = "previous", "hash" = "audit_event_hash"("previous", "event") WHERE "id" = "event"."id" RETURNING "hash" INTO "previous"\073 END LOOP\073 END\073';
ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only";

ALTER TABLE "AuditEvent" ALTER COLUMN "hash" SET NOT NULL, ALTER COLUMN "prevHash" SET NOT NULL;

CREATE TRIGGER "AuditEvent_chain" BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_chain"();
