import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db.server";
import type { AdapterFactory } from "@/lib/db/adapter-factory.server";
import { createAdapterFactory } from "@/lib/db/adapter-factory.server";
import { applyMigrations, pendingSchemaChangeSql } from "@/lib/db/schema-engine.server";
import { seedDirectory } from "@/lib/directory/seed.server";
import { testDatabaseTargets, type TestDatabase } from "@/tests/helpers/test-databases";

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
  let target: TestDatabase;
  let db: Db;
  let factory: AdapterFactory;
  let close: () => Promise<void>;

  beforeAll(async () => {
    target = await create();
    ({ db, factory, close } = createDb(target.config));
  });

  afterAll(async () => {
    await close();
    await target.drop();
  });

  it("applies the committed migrations once, then finds nothing pending", async () => {
    const first = await applyMigrations(factory);
    expect(first.length).toBeGreaterThan(0);
    expect(await applyMigrations(factory)).toEqual([]);
    const recorded = await db.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM _prisma_migrations`;
    expect(recorded.map((row) => row.migration_name).sort()).toEqual([...first].sort());
  });

  it("seeds 98 municipalities, 12 police districts and 5 regions", async () => {
    await seedDirectory(db);
    expect(await db.municipality.count()).toBe(98);
    expect(await db.policeDistrict.count()).toBe(12);
    expect(await db.region.count()).toBe(5);
  });

  it("maps every municipality to one police district and one region, matching each district's sourced count", async () => {
    const municipalities = await db.municipality.findMany({ select: { code: true, region: true, policeDistrict: true } });
    for (const municipality of municipalities) {
      expect(municipality.region, municipality.code).not.toBeNull();
      expect(municipality.policeDistrict, municipality.code).not.toBeNull();
    }
    const districts = await db.policeDistrict.findMany({ include: { _count: { select: { municipalities: true } } } });
    for (const district of districts) {
      expect(district._count.municipalities, district.name).toBe(district.municipalitiesCount);
    }
  });

  it("keeps a source and a verified date on every record", async () => {
    const { regions, districts, municipalities, contacts } = await directorySnapshot(db);
    for (const record of [...regions, ...districts, ...municipalities, ...contacts]) {
      expect(record.source.length).toBeGreaterThan(10);
      expect(record.verifiedAt).toBeInstanceOf(Date);
    }
  });

  it("changes nothing when seeded a second time", async () => {
    const before = await directorySnapshot(db);
    await seedDirectory(db);
    expect(await directorySnapshot(db)).toEqual(before);
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
