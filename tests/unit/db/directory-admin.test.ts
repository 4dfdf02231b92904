import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { createAccount } from "@/lib/admin/accounts.server";
import { contactFieldsSchema, type ContactFields } from "@/lib/admin/contact-schema";
import { decideChange } from "@/lib/admin/change-decisions.server";
import { findContact, findVersionedContact, pendingChanges, proposeImport, saveContactEdit } from "@/lib/admin/directory-admin.server";
import type { DirectoryContact } from "@/lib/admin/directory-csv";
import { readSession, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, type SignedInAdmin } from "@/lib/admin/sessions.server";
import { giveSecondFactor, pendingEnrolment, signInWithPassword } from "@/lib/admin/sign-in.server";
import type { Db } from "@/lib/db.server";
import { loadDirectory } from "@/lib/directory/directory-queries.server";
import { testDatabase, testDatabaseTargets } from "@/tests/helpers/test-database";

const PASSWORD = "Sommerferie på Ærø 2026";
const code = (secret: string, at = Date.now()) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at });

/** Signs in with password and TOTP (enrolling at the first sign-in) and returns the signed-in administrator. */
async function signIn(
  db: Db,
  email: string,
  client = "client-a",
): Promise<{ admin: SignedInAdmin; secret: string; recoveryCodes: string[] }> {
  const first = await signInWithPassword(db, { email, password: PASSWORD, client });
  if (first.kind !== "secondFactor") throw new Error(`password step: ${first.kind}`);
  const half = await readSession(db, first.token);
  if (half?.stage !== "secondFactor") throw new Error("no half session");
  const account = await db.adminAccount.findUniqueOrThrow({ where: { email } });
  const enrolment = account.totpSecret ? undefined : await pendingEnrolment(db, half);
  const secret = account.totpSecret ?? enrolment!.secret;
  // Each sign-in needs a code of a later time step than the last one accepted.
  const step = (account.totpLastStep ?? Math.floor(Date.now() / 30_000) - 1) + 1;
  const now = step * 30_000 + 1_000;
  const second = await giveSecondFactor(db, half, { code: code(secret, now), client, now });
  if (second.kind !== "signedIn") throw new Error(`second factor: ${second.kind}`);
  const full = await readSession(db, second.token);
  if (full?.stage !== "signedIn") throw new Error("not signed in");
  return { admin: full.admin, secret, recoveryCodes: enrolment?.recoveryCodes ?? [] };
}

const fieldsOf = (contact: DirectoryContact, change: Partial<Record<keyof ContactFields, string>>): ContactFields =>
  contactFieldsSchema.parse({ ...contact, ...change });

describe.each(testDatabaseTargets())("directory administration on $name", ({ create }) => {
  const database = testDatabase(create, {
    prepare: async (db) => {
      for (const [email, role, municipalityCodes] of [
        ["anne@example.dk", "NATIONAL", []],
        ["bo@example.dk", "NATIONAL", []],
        ["kbh@example.dk", "MUNICIPALITY_EDITOR", ["101"]],
        ["aarhus@example.dk", "MUNICIPALITY_EDITOR", ["751"]],
      ] as const) {
        const created = await createAccount(db, { email, password: PASSWORD, role, municipalityCodes: [...municipalityCodes] });
        expect(created).toMatchObject({ ok: true });
      }
      // A new account approves nothing in its first day: these have been administrators for longer.
      await db.adminAccount.updateMany({ data: { createdAt: new Date(Date.now() - 2 * 24 * 60 * 60 * 1000) } });
    },
  });

  it("keeps the audit log append-only: the app's own connection cannot update, delete or truncate it", async () => {
    await database.db.auditEvent.create({ data: { actorEmail: "anne@example.dk", action: "signIn" } });
    await expect(database.db.auditEvent.updateMany({ data: { action: "signOut" } })).rejects.toThrow(/append-only/);
    await expect(database.db.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(database.db.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(/append-only/);
    expect(await database.db.auditEvent.count({ where: { action: "signIn", actorEmail: "anne@example.dk" } })).toBeGreaterThan(0);
  });

  it("stores the password as an argon2id hash and refuses a common password", async () => {
    const account = await database.db.adminAccount.findUniqueOrThrow({ where: { email: "anne@example.dk" } });
    expect(account.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const weak = await createAccount(database.db, { email: "c@example.dk", password: "password1234", role: "NATIONAL" });
    expect(weak).toEqual({ ok: false, problem: "passwordCommon" });
    expect(await database.db.adminAccount.count({ where: { email: "c@example.dk" } })).toBe(0);
  });

  it("signs in only with the password and a code from the enrolled secret; a code works once, a recovery code once", async () => {
    const { secret, recoveryCodes } = await signIn(database.db, "anne@example.dk");
    expect(await signInWithPassword(database.db, { email: "anne@example.dk", password: "wrong password!", client: "c" })).toEqual({
      kind: "wrong",
    });

    const again = await signInWithPassword(database.db, { email: "anne@example.dk", password: PASSWORD, client: "c" });
    const half = again.kind === "secondFactor" ? await readSession(database.db, again.token) : undefined;
    if (half?.stage !== "secondFactor") throw new Error("no half session");
    const account = await database.db.adminAccount.findUniqueOrThrow({ where: { email: "anne@example.dk" } });
    const usedCode = code(secret, account.totpLastStep! * 30_000);
    expect(await giveSecondFactor(database.db, half, { code: usedCode, client: "c" })).toEqual({ kind: "wrong" });

    expect(recoveryCodes).toHaveLength(10);
    expect(await giveSecondFactor(database.db, half, { code: recoveryCodes[3]!.toUpperCase(), client: "c" })).toMatchObject({
      kind: "signedIn",
    });
    const later = await signInWithPassword(database.db, { email: "anne@example.dk", password: PASSWORD, client: "c" });
    const laterHalf = later.kind === "secondFactor" ? await readSession(database.db, later.token) : undefined;
    if (laterHalf?.stage !== "secondFactor") throw new Error("no half session");
    expect(await giveSecondFactor(database.db, laterHalf, { code: recoveryCodes[3]!, client: "c" })).toEqual({ kind: "wrong" });
    expect(await database.db.auditEvent.count({ where: { action: "secondFactorEnrolled", actorEmail: "anne@example.dk" } })).toBe(1);
  });

  it("answers a half-signed-in session only for the second factor, and ends sessions after idling or the absolute limit", async () => {
    const first = await signInWithPassword(database.db, { email: "bo@example.dk", password: PASSWORD, client: "c" });
    expect(first.kind).toBe("secondFactor");
    const half = await readSession(database.db, first.kind === "secondFactor" ? first.token : "");
    expect(half?.stage).toBe("secondFactor");

    const second = await signInWithPassword(database.db, { email: "bo@example.dk", password: PASSWORD, client: "c" });
    const token = second.kind === "secondFactor" ? second.token : "";
    const session = (await readSession(database.db, token))!;
    const account = await database.db.adminAccount.findUniqueOrThrow({ where: { email: "bo@example.dk" } });
    const secret =
      account.totpSecret ?? (await pendingEnrolment(database.db, session as Extract<typeof session, { stage: "secondFactor" }>)).secret;
    const done = await giveSecondFactor(database.db, session as Extract<typeof session, { stage: "secondFactor" }>, {
      code: code(secret),
      client: "c",
    });
    const full = done.kind === "signedIn" ? done.token : "";
    const now = Date.now();
    expect((await readSession(database.db, full, new Date(now + SESSION_IDLE_MS - 60_000)))?.stage).toBe("signedIn");
    expect(await readSession(database.db, full, new Date(now + SESSION_ABSOLUTE_MS + 60_000))).toBeUndefined();
    expect(
      await database.db.adminSession.count({ where: { tokenHash: { not: "" }, accountId: account.id, secondFactorAt: { not: null } } }),
    ).toBe(0);
  });

  it("keeps a new phone number waiting until a second administrator with scope approves it, then shows it to workers", async () => {
    const { admin: editor } = await signIn(database.db, "kbh@example.dk", "editor-client");
    const { admin: national } = await signIn(database.db, "bo@example.dk", "national-client");
    const { contact: live, version } = (await findVersionedContact(database.db, "ssp-101"))!;
    const saved = await saveContactEdit(
      database.db,
      editor,
      "ssp-101",
      fieldsOf(live, { phone: "+45 33 66 33 66", hoursDa: "Hverdage kl. 8–16" }),
      version,
    );
    expect(saved).toEqual({ kind: "saved", live: false, pending: true });

    const meanwhile = (await findContact(database.db, "ssp-101"))!;
    expect(meanwhile.phone).toBe(live.phone);
    expect(meanwhile.hoursDa).toBe(live.hoursDa);
    const [change] = await pendingChanges(database.db, "ssp-101");
    expect(change!.items[0]!.after.phone).toBe("33 66 33 66");

    expect(await decideChange(database.db, editor, change!.id, true)).toBe("ownChange");
    expect(await decideChange(database.db, national, change!.id, true)).toBe("approved");
    expect((await findContact(database.db, "ssp-101"))!.phone).toBe("33 66 33 66");
    const workerView = await loadDirectory(database.db);
    expect(workerView.contacts.find((contact) => contact.municipalityCode === "101" && contact.body === "SSP")?.phone).toBe("33 66 33 66");
    expect(await database.db.auditEvent.count({ where: { action: "changeApproved", subject: change!.id } })).toBe(1);
  });

  it("refuses an editor outside their municipality, and an approval that a later change has overtaken", async () => {
    const { admin: aarhus } = await signIn(database.db, "aarhus@example.dk", "aarhus-client").catch(() => ({ admin: undefined }));
    const aarhusEditor = aarhus ?? {
      id: "x",
      email: "aarhus@example.dk",
      role: "MUNICIPALITY_EDITOR" as const,
      policeDistrictId: null,
      municipalityCodes: ["751"],
    };
    const { contact: copenhagen, version } = (await findVersionedContact(database.db, "ssp-101"))!;
    expect(await saveContactEdit(database.db, aarhusEditor, "ssp-101", fieldsOf(copenhagen, { phone: "70 70 70 70" }), version)).toEqual({
      kind: "forbidden",
    });

    const { admin: editor } = await signIn(database.db, "kbh@example.dk", "editor-client-2");
    const { admin: national } = await signIn(database.db, "anne@example.dk", "national-client-2");
    await saveContactEdit(database.db, editor, "ssp-101", fieldsOf(copenhagen, { phone: "70 10 20 30" }), version);
    const [first] = await pendingChanges(database.db, "ssp-101");
    expect(await decideChange(database.db, aarhusEditor, first!.id, true)).toBe("forbidden");
    await saveContactEdit(database.db, editor, "ssp-101", fieldsOf(copenhagen, { phone: "70 10 20 40" }), version);
    const second = (await pendingChanges(database.db, "ssp-101")).find((change) => change.id !== first!.id)!;
    expect(await decideChange(database.db, national, second.id, true)).toBe("approved");
    expect(await decideChange(database.db, national, first!.id, true)).toBe("changedSince");
    expect((await findContact(database.db, "ssp-101"))!.phone).toBe("70 10 20 40");
  });

  it("applies an imported change set in one transaction: an item that cannot apply leaves every contact as it was", async () => {
    const { admin: author } = await signIn(database.db, "anne@example.dk", "import-author");
    const { admin: approver } = await signIn(database.db, "bo@example.dk", "import-approver");
    const first = (await findContact(database.db, "ssp-147"))!;
    const newContact = { ...first, id: "ssp-147-new", phone: "70 11 22 33" };
    const taken = { ...first, id: "ssp-101" };
    await proposeImport(database.db, author, [
      { kind: "edit", contactId: first.id, before: first, after: { ...first, phone: "70 99 88 77" } },
      { kind: "create", contactId: newContact.id, before: null, after: newContact },
      { kind: "create", contactId: taken.id, before: null, after: taken },
    ]);
    const [change] = (await pendingChanges(database.db)).filter((pending) => pending.kind === "import");
    expect(await decideChange(database.db, approver, change!.id, true)).toBe("changedSince");
    expect((await findContact(database.db, "ssp-147"))!.phone).toBe(first.phone);
    expect(await findContact(database.db, "ssp-147-new")).toBeUndefined();
  });

  it("refuses to propose an import that creates a contact in a police district that does not exist, and stores nothing", async () => {
    const { admin: author } = await signIn(database.db, "anne@example.dk", "unknown-unit-author");
    const live = (await findContact(database.db, "ssp-147"))!;
    const stray = { ...live, id: "infohus-findes-ikke", body: "INFOHOUSE", unit: "district:findes-ikke" } as const;
    const [changes, events] = [await database.db.directoryChange.count(), await database.db.auditEvent.count()];
    const outcome = await proposeImport(database.db, author, [
      { kind: "edit", contactId: live.id, before: live, after: { ...live, phone: "70 99 88 77" } },
      { kind: "create", contactId: stray.id, before: null, after: stray },
    ]);
    expect(outcome).toEqual({ kind: "unknownUnit" });
    expect(await database.db.directoryChange.count()).toBe(changes);
    expect(await database.db.auditEvent.count()).toBe(events);
  });
});
