import { describe, expect, it } from "vitest";
import { createDb, pingDatabase } from "@/lib/db.server";
import { DatabaseConfigError, readDatabaseConfig } from "@/lib/db/database-config";
import { oneLineError } from "@/lib/db/one-line-error";

describe("DATABASE_URL", () => {
  it("means the embedded database in .data/pglite when unset or empty", () => {
    for (const value of [undefined, "", "  "]) {
      const config = readDatabaseConfig({ DATABASE_URL: value });
      expect(config.kind).toBe("pglite");
      expect(config.kind === "pglite" && config.dataDir.endsWith(".data/pglite")).toBe(true);
    }
  });

  it("takes a PostgreSQL URL as it is", () => {
    expect(readDatabaseConfig({ DATABASE_URL: "postgresql://app@db.example:5432/henvis" })).toEqual({
      kind: "postgres",
      url: "postgresql://app@db.example:5432/henvis",
    });
  });

  it.each([
    ["not a url", /DATABASE_URL is not a valid URL/],
    ["mysql://root@localhost/db", /DATABASE_URL uses the scheme "mysql"/],
    ["file:./dev.db", /DATABASE_URL uses the scheme "file"/],
  ])("rejects %s with one line naming the variable", (value, message) => {
    const read = () => readDatabaseConfig({ DATABASE_URL: value });
    expect(read).toThrow(DatabaseConfigError);
    expect(read).toThrow(message);
    try {
      read();
    } catch (error) {
      expect(oneLineError(error)).not.toContain("\n");
    }
  });
});

describe("an unreachable database server", () => {
  it("is reported on one line that names DATABASE_URL", async () => {
    const { db, close } = createDb(readDatabaseConfig({ DATABASE_URL: "postgresql://henvis@127.0.0.1:9/none" }));
    try {
      const error = await pingDatabase(db).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeDefined();
      const line = oneLineError(error);
      expect(line).toMatch(/^DATABASE_URL points at a server that cannot be reached/);
      expect(line).toContain("127.0.0.1:9");
      expect(line).not.toContain("\n");
    } finally {
      await close();
    }
  });
});
