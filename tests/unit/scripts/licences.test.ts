import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { licenceReport, type LockPackages } from "@/scripts/licences";

describe("the licence check", () => {
  it("allows every production dependency in package-lock.json", () => {
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: LockPackages };
    const { production, refused } = licenceReport(lock.packages);
    expect(production.length).toBeGreaterThan(100);
    expect(refused).toEqual([]);
  });

  it("refuses a copyleft licence, a missing one and one that does not parse, and ignores development tools", () => {
    const { refused } = licenceReport({
      "": {},
      "node_modules/fine": { license: "MIT" },
      "node_modules/both": { license: "MIT and ISC" },
      "node_modules/either": { license: "(GPL-3.0-only OR MIT)" },
      "node_modules/copyleft": { license: "GPL-3.0-only" },
      "node_modules/network": { license: "AGPL-3.0-or-later" },
      "node_modules/unknown": {},
      "node_modules/garbled": { license: "see LICENSE file" },
      "node_modules/tool": { license: "GPL-3.0-only", dev: true },
    });
    expect(refused.map(({ name }) => name)).toEqual(["copyleft", "garbled", "network", "unknown"]);
  });
});
