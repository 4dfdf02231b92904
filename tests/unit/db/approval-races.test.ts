import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/admin/audit-chain.server";
import { decideChange } from "@/lib/admin/change-decisions.server";
import { contactFieldsSchema } from "@/lib/admin/contact-schema";
import { findVersionedContact, pendingChanges, saveContactEdit } from "@/lib/admin/directory-admin.server";
import type { SignedInAdmin } from "@/lib/admin/sessions.server";
import type { Db } from "@/lib/db.server";
import { administrator, liveAndAudited } from "@/tests/helpers/administrators";
import { testDatabase, testDatabaseTargets } from "@/tests/helpers/test-database";

// Writes that meet: of two conflicting approvals exactly one wins, an edit never silently undoes an approved
// number, and the live contact always equals the last write the audit log shows. Each race is fired with
// Promise.all, so that on PostgreSQL the two transactions really run side by side.

const ROUNDS = { approvals: 8, editAndApproval: 10 };

/** Proposes a new phone number for the contact, as the editor, from the version they read. */
async function proposePhone(db: Db, editor: SignedInAdmin, id: string, phone: string) {
  const { contact, version } = (await findVersionedContact(db, id))!;
  const saved = await saveContactEdit(db, editor, id, contactFieldsSchema.parse({ ...contact, phone }), version);
  expect(saved).toEqual({ kind: "saved", live: false, pending: true });
  const changes = await pendingChanges(db, id);
  return changes.find((change) => change.items[0]!.after.phone === phone)!.id;
}

describe.each(testDatabaseTargets())("racing writes on $name", ({ create }) => {
  const people = {} as Record<"anne" | "bo" | "kbh", SignedInAdmin>;
  const database = testDatabase(create, {
    prepare: async (db) => {
      people.anne = await administrator(db, "anne@example.dk", "NATIONAL");
      people.bo = await administrator(db, "bo@example.dk", "NATIONAL");
      people.kbh = await administrator(db, "kbh@example.dk", "MUNICIPALITY_EDITOR", { municipalityCodes: ["101"] });
    },
  });

  it("approves exactly one of two conflicting phone changes approved at the same moment", async () => {
    const { db } = database;
    for (let round = 0; round < ROUNDS.approvals; round++) {
      const first = await proposePhone(db, people.kbh, "ssp-101", `70 10 00 ${String(10 + round)}`);
      const second = await proposePhone(db, people.kbh, "ssp-101", `70 20 00 ${String(10 + round)}`);
      const outcomes = await Promise.all([decideChange(db, people.anne, first, true), decideChange(db, people.bo, second, true)]);
      expect([...outcomes].sort(), `round ${round}`).toEqual(["approved", "changedSince"]);
      const winner = outcomes[0] === "approved" ? `70 10 00 ${String(10 + round)}` : `70 20 00 ${String(10 + round)}`;
      const { live, audited } = await liveAndAudited(db, "ssp-101");
      expect(live.phone, `round ${round}`).toBe(winner);
      expect(audited, `round ${round}`).toEqual(live);
      await Promise.all((await pendingChanges(db, "ssp-101")).map((change) => decideChange(db, people.anne, change.id, false)));
    }
  });

  it("never lets an edit saved at the moment of an approval undo the approved number", async () => {
    const { db } = database;
    let bothWon = 0;
    for (let round = 0; round < ROUNDS.editAndApproval; round++) {
      const phone = `70 30 00 ${String(10 + round)}`;
      const change = await proposePhone(db, people.kbh, "ssp-101", phone);
      const { contact, version } = (await findVersionedContact(db, "ssp-101"))!;
      const notes = `Runde ${round}`;
      const [decision, edit] = await Promise.all([
        decideChange(db, people.anne, change, true),
        saveContactEdit(db, people.kbh, "ssp-101", contactFieldsSchema.parse({ ...contact, notes }), version),
      ]);
      const { live, audited } = await liveAndAudited(db, "ssp-101");
      expect(audited, `round ${round}`).toEqual(live);
      expect(decision === "approved" || edit.kind === "saved", `round ${round}: something was written`).toBe(true);
      if (decision === "approved") expect(live.phone, `round ${round}`).toBe(phone);
      else expect(decision, `round ${round}`).toBe("changedSince");
      if (edit.kind === "saved") expect(live.notes, `round ${round}`).toBe(notes);
      else expect(edit, `round ${round}`).toEqual({ kind: "changedSince", version: expect.any(Number) });
      if (decision === "approved" && edit.kind === "saved") bothWon++;
      await Promise.all((await pendingChanges(db, "ssp-101")).map((pending) => decideChange(db, people.bo, pending.id, false)));
    }
    expect(await verifyAuditChain(db)).toMatchObject({ kind: "intact" });
    console.log(`edit and approval at once: both applied in ${bothWon} of ${ROUNDS.editAndApproval} rounds (the edit came first)`);
  });
});
