import "server-only";
import type { Db } from "../db.server";

// The app serves as a role that owns nothing, so that it can neither switch off the audit log's triggers nor alter
// or drop a table: it may read and write rows, and only read and append audit events. The triggers run as the
// app's role: the directory's version counter is a table it may update, and the audit chain reads the log.

const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

type RoleFacts = { schema: string; exists: boolean; superuser: boolean; ownerMember: boolean; mayCreate: boolean; owns: number };

async function roleFacts(db: Db, role: string): Promise<RoleFacts> {
  const [facts] = await db.$queryRaw<RoleFacts[]>`
    SELECT current_schema() AS "schema", r."rolname" IS NOT NULL AS "exists",
      COALESCE(r."rolsuper", false) AS "superuser",
      COALESCE(pg_has_role(r."oid", current_user, 'MEMBER'), false) AS "ownerMember",
      COALESCE(has_schema_privilege(r."oid", current_schema(), 'CREATE'), false) AS "mayCreate",
      (SELECT count(*)::int FROM pg_class c WHERE c."relowner" = r."oid") AS "owns"
    FROM (SELECT 1) AS "one" LEFT JOIN pg_roles r ON r."rolname" = ${role}`;
  return facts!;
}

/** Why the role cannot be the app's, or null when it can. */
function unfitness(role: string, facts: RoleFacts): string | null {
  if (!facts.exists)
    return `the app's role ${role} (DATABASE_URL's user) does not exist: create it with CREATE ROLE ${quoted(role)} LOGIN PASSWORD '...'`;
  if (facts.superuser) return `the app's role ${role} is a superuser: it could switch off the audit log's triggers`;
  if (facts.ownerMember) return `the app's role ${role} is, or is a member of, the role that owns the tables: it could alter them`;
  if (facts.mayCreate)
    return `the app's role ${role} may create objects in the schema: REVOKE CREATE ON SCHEMA ... FROM PUBLIC, ${quoted(role)}`;
  if (facts.owns > 0) return `the app's role ${role} owns ${facts.owns} tables, indexes or sequences: it must own nothing`;
  return null;
}

/**
 * Grants the app's role what the app needs on every table of the schema, and nothing more; run as the owner after
 * each migration, so that new tables are covered. Refuses a role that could get round it.
 */
export async function grantAppRole(db: Db, role: string): Promise<string> {
  const facts = await roleFacts(db, role);
  const problem = unfitness(role, facts);
  if (problem) throw new Error(problem);
  const to = quoted(role);
  const inSchema = quoted(facts.schema);
  await db.$transaction(
    [
      `REVOKE ALL ON ALL TABLES IN SCHEMA ${inSchema} FROM ${to}`,
      `REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${inSchema} FROM ${to}`,
      `GRANT USAGE ON SCHEMA ${inSchema} TO ${to}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${inSchema} TO ${to}`,
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${inSchema} TO ${to}`,
      `REVOKE UPDATE, DELETE ON ${inSchema}."AuditEvent" FROM ${to}`,
      `REVOKE ALL ON ${inSchema}."_prisma_migrations" FROM ${to}`,
    ].map((statement) => db.$executeRawUnsafe(statement)),
  );
  return `granted ${role} what the app needs`;
}
