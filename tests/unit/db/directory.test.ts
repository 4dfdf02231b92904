import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db.server";
import { createAdapterFactory } from "@/lib/db/adapter-factory.server";
import { applyMigrations, pendingSchemaChangeSql } from "@/lib/db/schema-engine.server";
import { seedDirectory } from "@/lib/directory/seed.server";
import { testDatabase, testDatabaseTargets } from "@/tests/helpers/test-database";

async function directorySnapshot(db: Db) {
  const [regions, districts, municipalities, contacts] = await Promise.all([
    db.region.findMany({ orderBy: { id: "asc" } }),
    db.policeDistrict.findMany({ orderBy: { id: "asc" } }),
    db.municipality.findMany({ orderBy: { code: "asc" } }),
    db.contact.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { regions, districts, municipalities, contacts };
}

describe.each(testDatabaseTargets())("the directory on $name", ({ create }) => {
  const database = testDatabase(create, { contents: "empty" });

  it("applies the committed migrations once, then finds nothing pending", async () => {
    const first = await applyMigrations(database.factory);
    expect(first.length).toBeGreaterThan(0);
    expect(await applyMigrations(database.factory)).toEqual([]);
    const recorded = await database.db.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM _prisma_migrations`;
    expect(recorded.map((row) => row.migration_name).sort()).toEqual([...first].sort());
  });

  it("seeds 98 municipalities, 12 police districts and 5 regions", async () => {
    await seedDirectory(database.db);
    expect(await database.db.municipality.count()).toBe(98);
    expect(await database.db.policeDistrict.count()).toBe(12);
    expect(await database.db.region.count()).toBe(5);
  });

  it("maps every municipality to one police district and one region, matching each district's sourced count", async () => {
    const municipalities = await database.db.municipality.findMany({ select: { code: true, region: true, policeDistrict: true } });
    for (const municipality of municipalities) {
      expect(municipality.region, municipality.code).not.toBeNull();
      expect(municipality.policeDistrict, municipality.code).not.toBeNull();
    }
    const districts = await database.db.policeDistrict.findMany({ include: { _count: { select: { municipalities: true } } } });
    for (const district of districts) {
      expect(district._count.municipalities, district.name).toBe(district.municipalitiesCount);
    }
  });

  it("keeps a source and a verified date on every record", async () => {
    const { regions, districts, municipalities, contacts } = await directorySnapshot(database.db);
    for (const record of [...regions, ...districts, ...municipalities, ...contacts]) {
      expect(record.source.length).toBeGreaterThan(10);
      expect(record.verifiedAt).toBeInstanceOf(Date);
    }
  });

  it("changes nothing when seeded a second time", async () => {
    const before = await directorySnapshot(database.db);
    await seedDirectory(database.db);
    expect(await directorySnapshot(database.db)).toEqual(before);
  });
});

// The WebAssembly schema engine diffs on an in-memory PGlite: 10 s on a quiet machine, over 30 s on a busy one.
const SCHEMA_DIFF_TIMEOUT_MS = 120_000;

describe("the migrations", () => {
  it(
    "match prisma/schema.prisma (create a migration after every schema change)",
    async () => {
      const shadow = createAdapterFactory({ kind: "pglite", dataDir: "memory://" });
      try {
        expect(await pendingSchemaChangeSql(shadow.factory)).toBe("");
      } finally {
        await shadow.close();
      }
    },
    SCHEMA_DIFF_TIMEOUT_MS,
  );
});
