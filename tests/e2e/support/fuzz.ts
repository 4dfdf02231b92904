// What the fuzz runs share: the seed (FUZZ_SEED replays a run), text of every odd kind, and the run itself, which
// fails on any 5xx or any payload given back unescaped, and prints the seed and the statuses it saw.
import fc from "fast-check";
import { expect } from "./fixtures";

export const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
export const RUNS = 1000;
const PARALLEL = 8;

// A payload the page would run if it were given back unescaped; its escaped form is harmless.
const MARKUP = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "<svg onload=alert(1)>", "javascript:alert(1)"];
const REFLECTION = /<script>alert\(1\)<\/script>|<img src=x onerror|<svg onload/;

export const oddText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    ...MARKUP,
    "__proto__",
    "constructor",
    "prototype",
    "\u0000",
    "\uFEFF",
    "‮",
    "💥".repeat(50),
    "%",
    "%ff",
    "%ZZ",
    "%E0%A4%A",
  ),
  fc.string({ minLength: 2000, maxLength: 20_000 }),
);

async function inParallel<T>(items: T[], work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

export async function fuzz<T>(kind: string, cases: T[], send: (input: T) => Promise<{ status: number; text: string }>) {
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  await inParallel(cases, async (input) => {
    const { status, text } = await send(input);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (status >= 500) failures.push(`${status} for ${JSON.stringify(input).slice(0, 200)}`);
    else if (REFLECTION.test(text)) failures.push(`unescaped reflection for ${JSON.stringify(input).slice(0, 200)}`);
  });
  const counts = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
  console.info(`fuzz ${kind}: ${cases.length} requests with seed ${SEED} (FUZZ_SEED=${SEED} replays them): ${counts.join(", ")}`);
  expect(failures).toEqual([]);
}
