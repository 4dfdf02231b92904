import { beforeEach, describe, expect, it } from "vitest";
import { GENESIS_HASH } from "@/lib/admin/audit-chain";
import { verifyAuditChain } from "@/lib/admin/audit-chain.server";
import { audit, type AuditEntry } from "@/lib/admin/audit.server";
import type { Db } from "@/lib/db.server";
import { applyMigrations, readMigrationList, withSchemaEngine } from "@/lib/db/schema-engine.server";
import { testDatabase, testDatabaseTargets, withTestDatabase } from "@/tests/helpers/test-database";

// Each audit event holds the hash of the one before it, so that the owner of the table, who can switch the
// append-only trigger off, cannot change or delete an event without `npm run audit:verify` naming where.

const ENTRIES: AuditEntry[] = [
  { actorEmail: "anne@example.dk", action: "signIn" },
  { actorEmail: null, action: "signInFailed", subject: "unknownAccount" },
  {
    actorEmail: "anne@example.dk",
    action: "contactEdited",
    subject: "ssp-101",
    before: { phone: "33 66 33 66" },
    after: { phone: "33 66 33 67" },
  },
  { actorEmail: "bo@example.dk", action: "changeApproved", subject: "ændring 😀", after: [{ note: "Åbent 8–16", n: 2.5 }] },
  { actorEmail: "anne@example.dk", action: "signOut" },
];

/** What the table's owner can do: switch the append-only trigger off, run the statements, and switch it on again. */
async function pastTheTrigger(db: Db, ...statements: string[]) {
  await db.$executeRawUnsafe('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"');
  for (const sql of statements) await db.$executeRawUnsafe(sql);
  await db.$executeRawUnsafe('ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"');
}

const headOf = async (db: Db) => (await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } })).hash;

describe.each(testDatabaseTargets())("the audit log's hash chain on $name", ({ create }) => {
  const database = testDatabase(create, { contents: "migrated" });
  let ids: string[];

  // Each test starts from a log of ENTRIES written through the app's own `audit`.
  beforeEach(async () => {
    await database.db.$executeRawUnsafe('ALTER TABLE "AuditEvent" DISABLE TRIGGER USER');
    await database.db.$executeRawUnsafe('TRUNCATE "AuditEvent"');
    await database.db.$executeRawUnsafe('ALTER TABLE "AuditEvent" ENABLE TRIGGER USER');
    for (const entry of ENTRIES) await audit(database.db, entry);
    ids = (await database.db.auditEvent.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((event) => event.id.toString());
  });

  it("is intact after the app's own writes, with the last event's hash as its head", async () => {
    expect(await verifyAuditChain(database.db)).toEqual({ kind: "intact", events: ENTRIES.length, head: await headOf(database.db) });
    expect(await headOf(database.db)).toMatch(/^[0-9a-f]{64}$/);
    expect(await headOf(database.db)).not.toBe(GENESIS_HASH);
  });

  it("names the event after a row deleted with the append-only trigger switched off", async () => {
    await pastTheTrigger(database.db, `DELETE FROM "AuditEvent" WHERE "id" = ${ids[2]}`);
    expect(await verifyAuditChain(database.db)).toEqual({ kind: "broken", id: ids[3], problem: "missingBefore", intactBefore: 2 });
  });

  it("names the new first event when the first is deleted", async () => {
    await pastTheTrigger(database.db, `DELETE FROM "AuditEvent" WHERE "id" = ${ids[0]}`);
    expect(await verifyAuditChain(database.db)).toEqual({ kind: "broken", id: ids[1], problem: "missingBefore", intactBefore: 0 });
  });

  it("names an edited row as changed", async () => {
    await pastTheTrigger(database.db, `UPDATE "AuditEvent" SET "after" = '{"phone": "70 70 70 70"}' WHERE "id" = ${ids[2]}`);
    expect(await verifyAuditChain(database.db)).toEqual({ kind: "broken", id: ids[2], problem: "changed", intactBefore: 2 });
  });

  it("names the event after an edited row whose hash was computed again", async () => {
    await pastTheTrigger(
      database.db,
      `UPDATE "AuditEvent" SET "actorEmail" = 'someone@else.dk' WHERE "id" = ${ids[1]}`,
      `UPDATE "AuditEvent" AS e SET "hash" = "audit_event_hash"(e."prevHash", e) WHERE "id" = ${ids[1]}`,
    );
    expect(await verifyAuditChain(database.db)).toEqual({ kind: "broken", id: ids[2], problem: "missingBefore", intactBefore: 2 });
  });

  it("cannot show events deleted from its end by itself, but a head hash noted before does", async () => {
    const noted = await headOf(database.db);
    await pastTheTrigger(database.db, `DELETE FROM "AuditEvent" WHERE "id" = ${ids.at(-1)}`);
    expect(await verifyAuditChain(database.db)).toMatchObject({ kind: "intact", events: ENTRIES.length - 1 });
    expect(await verifyAuditChain(database.db, noted)).toMatchObject({ kind: "notedHashGone", events: ENTRIES.length - 1 });
  });

  it("replaces the id, time and hashes an insert gives, so that no insert can choose its place in the chain", async () => {
    const forged = await database.db.auditEvent.create({
      data: { id: 1_000_000, at: new Date("2001-01-01T00:00:00Z"), action: "signIn", prevHash: GENESIS_HASH, hash: "f".repeat(64) },
    });
    expect(forged.id.toString()).toBe(String(Number(ids.at(-1)) + 1));
    expect(forged.at.getUTCFullYear()).toBeGreaterThan(2001);
    expect(forged.prevHash).not.toBe(GENESIS_HASH);
    expect(await verifyAuditChain(database.db)).toEqual({ kind: "intact", events: ENTRIES.length + 1, head: forged.hash });
  });

  it("stays intact with 50 events written at once in separate transactions, in the order of their ids and times", async () => {
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        database.db.$transaction(async (tx) => {
          await tx.$queryRaw`SELECT 1`;
          await audit(tx, { actorEmail: `admin${n}@example.dk`, action: "signIn" });
        }),
      ),
    );
    console.info(`50 parallel audit events written in ${Math.round(performance.now() - started)} ms`);
    expect(await verifyAuditChain(database.db)).toMatchObject({ kind: "intact", events: ENTRIES.length + 50 });
    const times = (await database.db.auditEvent.findMany({ orderBy: { id: "asc" } })).map((event) => event.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("chains the events written before the chain existed, when the migration runs", async () => {
    await withTestDatabase(create, { contents: "empty" }, async ({ db: old, factory }) => {
      const migrations = readMigrationList();
      const before = migrations.migrationDirectories.filter((migration) => !migration.path.endsWith("_audit_hash_chain"));
      expect(before.length).toBe(migrations.migrationDirectories.length - 1);
      await withSchemaEngine(factory, (engine) =>
        engine.applyMigrations({
          migrationsList: { ...migrations, migrationDirectories: before },
          filters: { externalTables: [], externalEnums: [] },
        }),
      );
      await old.$executeRawUnsafe(
        `INSERT INTO "AuditEvent" ("actorEmail", "action", "subject", "after") VALUES ('anne@example.dk', 'signIn', NULL, NULL), (NULL, 'signInFailed', 'unknownAccount', '{"å": [1, 2.50]}')`,
      );
      await applyMigrations(factory);
      expect(await verifyAuditChain(old)).toEqual({ kind: "intact", events: 2, head: await headOf(old) });
      await audit(old, { actorEmail: "anne@example.dk", action: "signOut" });
      expect(await verifyAuditChain(old)).toMatchObject({ kind: "intact", events: 3 });
    });
  });
});
