import { describe, expect, it } from "vitest";
import { acceptInvitation, approveActivation, changeAccount, inviteAccount } from "@/lib/admin/accounts.server";
import { verifyAuditChain } from "@/lib/admin/audit-chain.server";
import { decideChange } from "@/lib/admin/change-decisions.server";
import { contactFieldsSchema, type ContactFields } from "@/lib/admin/contact-schema";
import { findVersionedContact, pendingChanges, saveContactEdit } from "@/lib/admin/directory-admin.server";
import type { DirectoryContact } from "@/lib/admin/directory-csv";
import type { SignedInAdmin } from "@/lib/admin/sessions.server";
import { signInWithPassword } from "@/lib/admin/sign-in.server";
import type { Db } from "@/lib/db.server";
import { loadDirectory } from "@/lib/directory/directory-queries.server";
import { administrator, datedBack, TEST_PASSWORD } from "@/tests/helpers/administrators";
import { testDatabase, testDatabaseTargets } from "@/tests/helpers/test-database";

// What a worker reads changes only with two independent people: every field a worker sees or a warning depends
// on waits for a second administrator, who is neither the author, nor invited by or the inviter of the author,
// nor an account in its first day; and a national account made in the app is itself such a change.

const fieldsOf = (contact: DirectoryContact, change: Partial<Record<keyof ContactFields, string>>): ContactFields =>
  contactFieldsSchema.parse({ ...contact, ...change });

/** Copenhagen's SSP as a worker's page reads it. */
const copenhagenSsp = async (db: Db) =>
  (await loadDirectory(db)).contacts.find((contact) => contact.body === "SSP" && contact.municipalityCode === "101");

/** Accepts an invitation as the invited person would, and returns the account as a session would carry it. */
async function invitedAndAccepted(
  db: Db,
  invitedBy: SignedInAdmin,
  email: string,
  scope: { role: "NATIONAL" | "MUNICIPALITY_EDITOR"; municipalityCodes?: string[] },
) {
  const invited = await inviteAccount(db, { email, ...scope }, invitedBy);
  if (!invited.ok) throw new Error(invited.problem);
  expect(await acceptInvitation(db, invited.token, TEST_PASSWORD)).toMatchObject({ ok: true });
  const account = await db.adminAccount.findUniqueOrThrow({ where: { email } });
  return datedBack(db, account.id, 2);
}

describe.each(testDatabaseTargets())("four eyes on $name", ({ create }) => {
  const people = {} as Record<"anne" | "bo" | "carl" | "kbh" | "fresh", SignedInAdmin>;
  const database = testDatabase(create, {
    prepare: async (db) => {
      people.anne = await administrator(db, "anne@example.dk", "NATIONAL");
      people.bo = await administrator(db, "bo@example.dk", "NATIONAL");
      people.carl = await administrator(db, "carl@example.dk", "NATIONAL");
      people.kbh = await administrator(db, "kbh@example.dk", "MUNICIPALITY_EDITOR", { municipalityCodes: ["101"] });
      people.fresh = await administrator(db, "ny@example.dk", "NATIONAL", { ageDays: 0 });
    },
  });

  it("keeps another number in the name and hours, another source and far review dates from workers until a second administrator approves", async () => {
    const { db } = database;
    const { contact, version } = (await findVersionedContact(db, "ssp-101"))!;
    const shownBefore = await copenhagenSsp(db);
    const poisoned = {
      nameDa: "SSP København – ring 70 70 70 70",
      nameEn: "SSP Copenhagen – call 70 70 70 70",
      hoursDa: "Ring hellere 70 70 70 70 eller skriv til ssp@example.com",
      hoursEn: "Rather call 70 70 70 70",
      source: "https://example.com/ssp",
      sourceDate: "2026-12",
      verifiedAt: "2026-12-01",
      nextReviewAt: "2099-01-01",
    };
    const saved = await saveContactEdit(
      db,
      people.kbh,
      "ssp-101",
      fieldsOf(contact, { ...poisoned, notes: "Tjekket i telefonen" }),
      version,
    );
    expect(saved).toEqual({ kind: "saved", live: true, pending: true });

    const shown = await copenhagenSsp(db);
    expect(shown).toEqual(shownBefore);
    const now = (await findVersionedContact(db, "ssp-101"))!.contact;
    expect(now).toEqual({ ...contact, notes: "Tjekket i telefonen" });
    const [change] = await pendingChanges(db, "ssp-101");
    expect(change!.items[0]!.after).toMatchObject(poisoned);

    expect(await decideChange(db, people.bo, change!.id, true)).toBe("approved");
    expect(await verifyAuditChain(db)).toMatchObject({ kind: "intact" });
    expect(await copenhagenSsp(db)).toMatchObject({ nameDa: poisoned.nameDa, hoursDa: poisoned.hoursDa, source: poisoned.source });
  });

  it("saves internal notes at once and nothing else", async () => {
    const { db } = database;
    const { contact, version } = (await findVersionedContact(db, "ssp-147"))!;
    expect(await saveContactEdit(db, people.kbh, "ssp-147", fieldsOf(contact, { notes: "Kun til os" }), version)).toEqual({
      kind: "forbidden",
    });
    expect(await saveContactEdit(db, people.anne, "ssp-147", fieldsOf(contact, { notes: "Kun til os" }), version)).toEqual({
      kind: "saved",
      live: true,
      pending: false,
    });
    expect(await pendingChanges(db, "ssp-147")).toEqual([]);
  });

  it("does not let a national administrator approve their own change through an account they invite", async () => {
    const { db } = database;
    const { contact, version } = (await findVersionedContact(db, "child-notification-751"))!;
    await saveContactEdit(db, people.anne, "child-notification-751", fieldsOf(contact, { phone: "70 70 70 70" }), version);
    const [change] = await pendingChanges(db, "child-notification-751");

    const invited = await inviteAccount(db, { email: "anne.privat@example.dk", role: "NATIONAL" }, people.anne);
    if (!invited.ok) throw new Error(invited.problem);
    expect(await acceptInvitation(db, invited.token, TEST_PASSWORD)).toEqual({ ok: false, problem: "invitationInvalid" });
    const account = await db.adminAccount.findUniqueOrThrow({ where: { email: "anne.privat@example.dk" } });
    const second = await datedBack(db, account.id, 2);
    expect(await approveActivation(db, people.anne, second.id)).toBe("ownChange");
    expect(await decideChange(db, second, change!.id, true)).toBe("invitedBy");

    expect(await approveActivation(db, people.bo, second.id)).toBe("activated");
    expect(await acceptInvitation(db, invited.token, TEST_PASSWORD)).toMatchObject({ ok: true });
    expect((await signInWithPassword(db, { email: "anne.privat@example.dk", password: TEST_PASSWORD, client: "c" })).kind).toBe(
      "secondFactor",
    );
    expect(await decideChange(db, second, change!.id, true)).toBe("invitedBy");
    expect((await findVersionedContact(db, "child-notification-751"))!.contact.phone).toBe(contact.phone);
    expect(await decideChange(db, people.carl, change!.id, true)).toBe("approved");
  });

  it("does not let the inviter approve the invited editor's change, nor a new account anything in its first day", async () => {
    const { db } = database;
    const editor = await invitedAndAccepted(db, people.anne, "kbh2@example.dk", {
      role: "MUNICIPALITY_EDITOR",
      municipalityCodes: ["101"],
    });
    const { contact, version } = (await findVersionedContact(db, "ssp-101"))!;
    await saveContactEdit(db, editor, "ssp-101", fieldsOf(contact, { phone: "70 20 30 40" }), version);
    const [change] = await pendingChanges(db, "ssp-101");
    expect(await decideChange(db, people.anne, change!.id, true)).toBe("invitedBy");
    expect(await decideChange(db, people.fresh, change!.id, true)).toBe("tooNew");
    expect(await decideChange(db, editor, change!.id, true)).toBe("ownChange");
    expect((await findVersionedContact(db, "ssp-101"))!.contact.phone).toBe(contact.phone);
    expect(await decideChange(db, people.bo, change!.id, true)).toBe("approved");
  });

  it("enables a national account again only when a second national administrator approves it", async () => {
    const { db } = database;
    expect(await changeAccount(db, people.anne, people.carl.id, "disable")).toBe("changed");
    expect(await changeAccount(db, people.anne, people.carl.id, "enable")).toBe("awaitingApproval");
    expect(await signInWithPassword(db, { email: "carl@example.dk", password: TEST_PASSWORD, client: "c" })).toEqual({ kind: "wrong" });
    expect(await approveActivation(db, people.anne, people.carl.id)).toBe("ownChange");
    expect(await approveActivation(db, people.fresh, people.carl.id)).toBe("tooNew");
    expect(await approveActivation(db, people.bo, people.carl.id)).toBe("activated");
    expect((await signInWithPassword(db, { email: "carl@example.dk", password: TEST_PASSWORD, client: "c" })).kind).toBe("secondFactor");
    expect(
      await db.auditEvent.count({ where: { action: "accountActivated", subject: "carl@example.dk", actorEmail: "bo@example.dk" } }),
    ).toBe(1);
  });

  it("answers an approved change that names a unit that does not exist with a message, and changes nothing", async () => {
    const { db } = database;
    const { contact } = (await findVersionedContact(db, "ssp-101"))!;
    const stray = { ...contact, id: "infohouse-atlantis", body: "INFOHOUSE" as const, unit: "district:atlantis" as const };
    // As a change stored before imports checked their units was.
    await db.directoryChange.create({
      data: {
        kind: "import",
        items: [{ kind: "create", contactId: stray.id, before: null, after: stray }],
        contactIds: [stray.id],
        units: [stray.unit],
        authorId: people.anne.id,
        authorEmail: people.anne.email,
      },
    });
    const [change] = await pendingChanges(db, stray.id);
    expect(await decideChange(db, people.bo, change!.id, true)).toBe("unknownUnit");
    expect(await findVersionedContact(db, stray.id)).toBeUndefined();
    expect(await pendingChanges(db, stray.id)).toHaveLength(1);
  });
});
