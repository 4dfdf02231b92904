import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createAdapterFactory } from "../../lib/db/adapter-factory.server";
import { MIGRATIONS_DIR, pendingSchemaChangeSql } from "../../lib/db/schema-engine.server";

const name = process.argv[2]
  ?.trim()
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_");
if (!name) {
  console.error("Usage: npm run db:migration:create -- <name>   (for example add_opening_hours)");
  process.exit(2);
}

// The shadow database is an in-memory PGlite: no server and no network needed.
const shadow = createAdapterFactory({ kind: "pglite", dataDir: "memory://" });
try {
  const sql = await pendingSchemaChangeSql(shadow.factory);
  if (!sql.trim()) {
    console.log("prisma/schema.prisma matches the migrations: nothing to create.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql. Review it, then run npm run db:migrate.`);
  }
} finally {
  await shadow.close();
}
