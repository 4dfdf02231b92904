import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// `prisma generate` needs no schema engine, but the CLI downloads one unless
// this variable names a file. Point it at a stub so generate works offline.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL("./prisma/offline-schema-engine.sh", import.meta.url));

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
