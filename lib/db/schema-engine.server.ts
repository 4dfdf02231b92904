import { readdirSync, readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { AdapterFactory } from "./adapter-factory.server";

export const MIGRATIONS_DIR = path.resolve("prisma", "migrations");
export const SCHEMA_PATH = path.resolve("prisma", "schema.prisma");

const NO_FILTER = { externalTables: [], externalEnums: [] };

/** Reads prisma/migrations in Prisma's own layout (<name>/migration.sql). */
export function readMigrationList(dir = MIGRATIONS_DIR): MigrationList {
  const lockPath = path.join(dir, "migration_lock.toml");
  const names = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

export function readSchemaFiles() {
  return { files: [{ path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, "utf8") }] };
}

let engineClass: Promise<typeof SchemaEngine> | undefined;

// The package's entry imports the .wasm file as an ES module, which Node 20
// only does behind a flag; instantiating it by hand works in every runtime.
function loadSchemaEngine(): Promise<typeof SchemaEngine> {
  engineClass ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      "./schema_engine_bg.js": engineBindings as unknown as WebAssembly.ModuleImports,
    });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return engineBindings.SchemaEngine;
  })();
  return engineClass;
}

/** Runs `work` on Prisma's WebAssembly schema engine over the given adapter. */
export async function withSchemaEngine<T>(factory: AdapterFactory, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const schema = readSchemaFiles();
  const Engine = await loadSchemaEngine();
  const engine = await Engine.new(
    { datamodels: schema.files.map((file) => [file.path, file.content]) },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}

export async function applyMigrations(factory: AdapterFactory): Promise<string[]> {
  return withSchemaEngine(factory, async (engine) => {
    const output = await engine.applyMigrations({ migrationsList: readMigrationList(), filters: NO_FILTER });
    return output.appliedMigrationNames;
  });
}

/** SQL that takes a database from the committed migrations to the current schema ("" when none). */
export async function pendingSchemaChangeSql(shadowFactory: AdapterFactory): Promise<string> {
  return withSchemaEngine(shadowFactory, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...readMigrationList() },
      to: { tag: "schemaDatamodel", ...readSchemaFiles() },
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    } as Parameters<SchemaEngine["diff"]>[0]);
    return result.exitCode === 2 ? (result.stdout ?? "") : "";
  });
}
