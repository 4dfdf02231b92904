import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/admin/audit-chain.server";
import { audit } from "@/lib/admin/audit.server";
import { createAccount } from "@/lib/admin/accounts.server";
import { createDb } from "@/lib/db.server";
import { grantAppRole } from "@/lib/db/app-role.server";
import { DatabaseConfigError, readTaskDatabaseConfig } from "@/lib/db/database-config";
import { loadDirectory } from "@/lib/directory/directory-queries.server";
import { recordVote, startSession } from "@/lib/training/room/room.server";
import { seededScenarios } from "@/lib/training/scenarios.server";
import { migrateTask, runDatabaseTasks, seedTask } from "@/prisma/scripts/database-task";
import { runStatement, serverDatabaseTargets, testDatabase } from "@/tests/helpers/test-database";

// On PostgreSQL the tables belong to the role that migrates (MIGRATION_DATABASE_URL); the app serves as
// DATABASE_URL's user, a role that owns nothing, so that it cannot switch off the audit log's triggers.

const OWNER = "postgresql://henvis_owner:secret@db.internal:5432/henvis";
const APP = "postgresql://henvis_app:other@db.internal:5432/henvis";

describe("MIGRATION_DATABASE_URL", () => {
  it("is where the tasks connect, and DATABASE_URL's user is the role they grant the app", () => {
    expect(readTaskDatabaseConfig({ MIGRATION_DATABASE_URL: OWNER, DATABASE_URL: APP })).toEqual({
      config: { kind: "postgres", url: OWNER },
      appRole: "henvis_app",
    });
  });

  it("leaves the tasks on DATABASE_URL, or the embedded database, with no role to grant when unset", () => {
    expect(readTaskDatabaseConfig({ DATABASE_URL: APP })).toEqual({ config: { kind: "postgres", url: APP } });
    expect(readTaskDatabaseConfig({})).toMatchObject({ config: { kind: "pglite" } });
  });

  it.each([
    [{ MIGRATION_DATABASE_URL: OWNER }, /MIGRATION_DATABASE_URL is set but DATABASE_URL is not/],
    [{ MIGRATION_DATABASE_URL: "mysql://root@db/henvis", DATABASE_URL: APP }, /MIGRATION_DATABASE_URL uses the scheme "mysql"/],
    [{ MIGRATION_DATABASE_URL: OWNER, DATABASE_URL: APP.replace(/\/henvis$/, "/other") }, /must name the same database/],
    [{ MIGRATION_DATABASE_URL: OWNER, DATABASE_URL: APP.replace("db.internal", "db2.internal") }, /must name the same database/],
    [{ MIGRATION_DATABASE_URL: OWNER, DATABASE_URL: OWNER.replace("secret", "x") }, /name the same user/],
    [{ MIGRATION_DATABASE_URL: OWNER, DATABASE_URL: "postgresql://db.internal:5432/henvis" }, /DATABASE_URL names no user/],
  ])("refuses %j with one line naming the problem", (env, message) => {
    const read = () => readTaskDatabaseConfig(env);
    expect(read).toThrow(DatabaseConfigError);
    expect(read).toThrow(message);
  });
});

// PostgreSQL's words for a statement the role may not run.
const REFUSED = /must be owner|permission denied/;

for (const server of serverDatabaseTargets())
  describe("the app's own role on PostgreSQL", () => {
    const role = `henvis_app_${randomBytes(4).toString("hex")}`;
    // Roles belong to the server, not to the test's database: dropped after the database, which holds its grants.
    afterAll(() => runStatement(process.env.DATABASE_URL!, `DROP ROLE IF EXISTS ${role}`));
    // Empty: the tasks below migrate and seed it as its owner.
    const owner = testDatabase(server.create, { contents: "empty" });
    let ownerUrl: string;
    let app: ReturnType<typeof createDb>;
    let tables: string[];

    beforeAll(async () => {
      if (owner.config.kind !== "postgres") throw new Error("expected a PostgreSQL target");
      ownerUrl = owner.config.url;
      await runStatement(ownerUrl, `CREATE ROLE ${role} LOGIN`);
      const appUrl = new URL(ownerUrl);
      appUrl.username = role;
      const env = { MIGRATION_DATABASE_URL: ownerUrl, DATABASE_URL: appUrl.toString() };
      expect(await runDatabaseTasks("database", [migrateTask, seedTask], env)).toBe(true);
      app = createDb({ kind: "postgres", url: appUrl.toString() }, "requests");
      await audit(app.db, { actorEmail: "anne@example.dk", action: "signIn" });
      tables = (
        await app.db.$queryRaw<{ name: string }[]>`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`
      ).map((table) => table.name);
    }, 120_000);

    afterAll(() => app?.close());

    it("cannot switch off, drop or replace the audit log's triggers, nor change, delete or empty the log", async () => {
      const events = await app.db.auditEvent.count();
      for (const sql of [
        'ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"',
        'ALTER TABLE "AuditEvent" DISABLE TRIGGER USER',
        'DROP TRIGGER "AuditEvent_chain" ON "AuditEvent"',
        `CREATE OR REPLACE FUNCTION "audit_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN OLD${"\\073"} END${"\\073"}'`,
        'UPDATE "AuditEvent" SET "action" = \'signOut\'',
        'DELETE FROM "AuditEvent"',
        'TRUNCATE "AuditEvent"',
      ]) {
        await expect(app.db.$executeRawUnsafe(sql), sql).rejects.toThrow(REFUSED);
      }
      expect(await app.db.auditEvent.count()).toBe(events);
      expect(await verifyAuditChain(app.db)).toMatchObject({ kind: "intact", events });
    });

    it("can neither alter, drop nor empty any table, nor create one", async () => {
      expect(tables).toEqual(expect.arrayContaining(["AuditEvent", "Contact", "AdminAccount", "DirectoryVersion", "_prisma_migrations"]));
      for (const table of tables) {
        for (const sql of [`ALTER TABLE "${table}" ADD COLUMN "x" INTEGER`, `DROP TABLE "${table}"`, `TRUNCATE "${table}"`]) {
          await expect(app.db.$executeRawUnsafe(sql), sql).rejects.toThrow(REFUSED);
        }
      }
      await expect(app.db.$executeRawUnsafe('CREATE TABLE "Mine" ("id" INTEGER)')).rejects.toThrow(REFUSED);
      await expect(app.db.$queryRawUnsafe('SELECT * FROM "_prisma_migrations"')).rejects.toThrow(REFUSED);
    });

    it("does the app's work: reads the directory, writes accounts, contacts, votes and audit events", async () => {
      expect((await loadDirectory(app.db)).contacts.length).toBeGreaterThan(0);
      const versionNow = async () => (await app.db.directoryVersion.findUniqueOrThrow({ where: { id: 1 } })).version;
      const version = await versionNow();
      const created = await createAccount(app.db, { email: "bo@example.dk", password: "Sommerferie på Ærø 2026", role: "NATIONAL" });
      expect(created).toMatchObject({ ok: true });
      const contact = await app.db.contact.findFirstOrThrow({ where: { retiredAt: null } });
      await app.db.contact.update({ where: { id: contact.id }, data: { notes: "Checked by phone" } });
      expect(await versionNow()).toBeGreaterThan(version);
      const session = await startSession({ db: app.db, scenarioSlug: seededScenarios()[0]!.slug, now: new Date(), lifetimeMs: 60_000 });
      const vote = { question: "first" as const, choice: "SSP" as const, voter: "voter0000000000000000a" };
      expect(await recordVote({ db: app.db, code: session!.code, vote, now: new Date() })).toBe("counted");
      expect(await verifyAuditChain(app.db)).toMatchObject({ kind: "intact" });
    });

    it("refuses to grant a role that could create objects, or one that does not exist", async () => {
      await runStatement(ownerUrl, `GRANT CREATE ON SCHEMA public TO ${role}`);
      await expect(grantAppRole(owner.db, role)).rejects.toThrow(/may create objects in the schema/);
      await runStatement(ownerUrl, `REVOKE CREATE ON SCHEMA public FROM ${role}`);
      await expect(grantAppRole(owner.db, `${role}_missing`)).rejects.toThrow(/does not exist/);
      await expect(grantAppRole(owner.db, role)).resolves.toMatch(/granted/);
    });
  });
