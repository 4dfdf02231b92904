import type * as Argon2 from "@node-rs/argon2";
import { describe, expect, it, vi } from "vitest";
import { createAccount, inviteAccount } from "@/lib/admin/accounts.server";
import { readSession } from "@/lib/admin/sessions.server";
import { giveSecondFactor, MAX_CODES_PER_HALF_SESSION, signInWithPassword } from "@/lib/admin/sign-in.server";
import { accountsAtCeiling, ATTEMPT_LIMITS } from "@/lib/admin/throttle.server";
import type { Db } from "@/lib/db.server";
import { testDatabase, testDatabaseTargets } from "@/tests/helpers/test-database";

// Every password check goes through argon2's verify: counting its calls counts the passwords evaluated.
const argon2 = vi.hoisted(() => ({ hashes: [] as string[] }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const actual = await importOriginal<typeof Argon2>();
  return {
    ...actual,
    verify: (hashed: string, password: string) => {
      argon2.hashes.push(hashed);
      return actual.verify(hashed, password);
    },
  };
});

const PASSWORD = "Sommerferie på Ærø 2026";
const WRONG = "not the password at all";
const PARALLEL = 50;

const kinds = (outcomes: { kind: string }[]) =>
  outcomes.reduce<Record<string, number>>((count, { kind }) => ({ ...count, [kind]: (count[kind] ?? 0) + 1 }), {});

async function halfSession(db: Db, email: string, client: string) {
  const first = await signInWithPassword(db, { email, password: PASSWORD, client });
  const half = first.kind === "secondFactor" ? await readSession(db, first.token) : undefined;
  if (half?.stage !== "secondFactor") throw new Error(`password step: ${first.kind}`);
  return half;
}

describe.each(testDatabaseTargets())("throttled sign-in on $name", ({ create }) => {
  const database = testDatabase(create, {
    prepare: async (db) => {
      for (const email of ["race@example.dk", "codes@example.dk", "target@example.dk", "ceiling@example.dk", "timing@example.dk"]) {
        expect(await createAccount(db, { email, password: PASSWORD, role: "NATIONAL" })).toMatchObject({ ok: true });
      }
    },
  });

  it(`checks at most ${ATTEMPT_LIMITS.accountAndClient} of ${PARALLEL} passwords sent at once from one client`, async () => {
    const before = argon2.hashes.length;
    const outcomes = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        signInWithPassword(database.db, { email: "race@example.dk", password: WRONG, client: "attacker" }),
      ),
    );
    const checked = argon2.hashes.length - before;
    console.log(`${PARALLEL} passwords at once: ${checked} checked, outcomes ${JSON.stringify(kinds(outcomes))}`);
    expect(checked).toBeLessThanOrEqual(ATTEMPT_LIMITS.accountAndClient);
    expect(outcomes.filter(({ kind }) => kind === "wrong").length).toBeLessThanOrEqual(ATTEMPT_LIMITS.accountAndClient);
    expect(outcomes.filter(({ kind }) => kind === "throttled").length).toBeGreaterThanOrEqual(PARALLEL - ATTEMPT_LIMITS.accountAndClient);
  });

  it(`checks at most ${MAX_CODES_PER_HALF_SESSION} of ${PARALLEL} codes sent at once on one half-signed-in session, then closes it`, async () => {
    const half = await halfSession(database.db, "codes@example.dk", "phone");
    const outcomes = await Promise.all(
      Array.from({ length: PARALLEL }, () => giveSecondFactor(database.db, half, { code: "000000", client: "phone" })),
    );
    console.log(`${PARALLEL} codes at once: outcomes ${JSON.stringify(kinds(outcomes))}`);
    expect(outcomes.filter(({ kind }) => kind === "wrong").length).toBeLessThanOrEqual(MAX_CODES_PER_HALF_SESSION);
    expect(outcomes.some(({ kind }) => kind === "signedIn")).toBe(false);
    expect(await database.db.adminSession.count({ where: { tokenHash: half.tokenHash } })).toBe(0);
  });

  it("lets the administrator sign in from another client while a stranger's five wrong passwords block only the stranger", async () => {
    for (let attempt = 0; attempt < ATTEMPT_LIMITS.accountAndClient; attempt++) {
      expect((await signInWithPassword(database.db, { email: "target@example.dk", password: WRONG, client: "stranger" })).kind).toBe(
        "wrong",
      );
    }
    const blocked = await signInWithPassword(database.db, { email: "target@example.dk", password: PASSWORD, client: "stranger" });
    expect(blocked.kind).toBe("throttled");
    expect(blocked.kind === "throttled" && blocked.retryAfter).toBeGreaterThan(14 * 60);
    expect((await signInWithPassword(database.db, { email: "target@example.dk", password: PASSWORD, client: "office" })).kind).toBe(
      "secondFactor",
    );
  });

  it("stops one client after 20 failures across accounts, and not another client", async () => {
    for (let attempt = 0; attempt < ATTEMPT_LIMITS.client; attempt++) {
      await signInWithPassword(database.db, { email: `nobody-${attempt}@example.dk`, password: WRONG, client: "one-client" });
    }
    expect((await signInWithPassword(database.db, { email: "timing@example.dk", password: PASSWORD, client: "one-client" })).kind).toBe(
      "throttled",
    );
    expect((await signInWithPassword(database.db, { email: "timing@example.dk", password: PASSWORD, client: "another-client" })).kind).toBe(
      "secondFactor",
    );
  });

  it(`blocks an account for everyone at ${ATTEMPT_LIMITS.accountCeiling} failures from many clients, logs it once and lists it`, async () => {
    const clients = ATTEMPT_LIMITS.accountCeiling / ATTEMPT_LIMITS.accountAndClient;
    for (let client = 0; client < clients; client++) {
      for (let attempt = 0; attempt < ATTEMPT_LIMITS.accountAndClient; attempt++) {
        await signInWithPassword(database.db, { email: "ceiling@example.dk", password: WRONG, client: `botnet-${client}` });
      }
    }
    expect((await signInWithPassword(database.db, { email: "ceiling@example.dk", password: PASSWORD, client: "office" })).kind).toBe(
      "throttled",
    );
    expect(await database.db.auditEvent.count({ where: { action: "signInCeilingReached", actorEmail: "ceiling@example.dk" } })).toBe(1);
    const listed = await accountsAtCeiling(database.db);
    expect(listed.map(({ email }) => email)).toEqual(["ceiling@example.dk"]);
    expect(listed[0]!.until.getTime()).toBeGreaterThan(Date.now() + 14 * 60 * 1000);
  });

  it("checks a real argon2 hash for an unknown address and for an invitation not yet accepted, as for a wrong password", async () => {
    const inviter = await database.db.adminAccount.findUniqueOrThrow({ where: { email: "timing@example.dk" } });
    const invited = await inviteAccount(
      database.db,
      { email: "invited@example.dk", role: "MUNICIPALITY_EDITOR", municipalityCodes: ["101"] },
      inviter,
    );
    expect(invited).toMatchObject({ ok: true });
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!.toFixed(1);
    const timings: Record<string, string> = {};
    for (const email of ["timing@example.dk", "invited@example.dk", "unknown@example.dk"]) {
      const before = argon2.hashes.length;
      const times: number[] = [];
      for (let round = 0; round < 5; round++) {
        const started = performance.now();
        expect((await signInWithPassword(database.db, { email, password: WRONG, client: `timing-${round}` })).kind).toBe("wrong");
        times.push(performance.now() - started);
      }
      expect(argon2.hashes.slice(before), email).toHaveLength(5);
      for (const hashed of argon2.hashes.slice(before)) expect(hashed, email).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      timings[email] = `${median(times)} ms`;
    }
    console.log(`median time to refuse a wrong password: ${JSON.stringify(timings)}`);
  });
});
