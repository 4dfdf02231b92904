import { describe, expect, it } from "vitest";
import { acceptInvitation, changeAccount, createAccount, findInvitation, inviteAccount, listAccounts } from "@/lib/admin/accounts.server";
import { openSession, readSession } from "@/lib/admin/sessions.server";
import { signInWithPassword } from "@/lib/admin/sign-in.server";
import { testDatabase, testDatabaseTargets } from "@/tests/helpers/test-database";

const PASSWORD = "Sommerferie på Ærø 2026";

describe.each(testDatabaseTargets())("administrators' accounts on $name", ({ create }) => {
  const anne = { id: "", email: "anne@example.dk" };
  const database = testDatabase(create, {
    prepare: async (db) => {
      const created = await createAccount(db, { email: "anne@example.dk", password: PASSWORD, role: "NATIONAL" });
      if (created.ok) anne.id = created.id;
    },
  });

  it("refuses an editor without units, or with units that do not exist, and an address already in use", async () => {
    expect(await inviteAccount(database.db, { email: "x@example.dk", role: "MUNICIPALITY_EDITOR", municipalityCodes: [] }, anne)).toEqual({
      ok: false,
      problem: "scopeMissing",
    });
    expect(
      await inviteAccount(database.db, { email: "x@example.dk", role: "DISTRICT_EDITOR", policeDistrictId: "atlantis" }, anne),
    ).toEqual({
      ok: false,
      problem: "scopeUnknown",
    });
    expect(await inviteAccount(database.db, { email: "Anne@Example.dk", role: "NATIONAL" }, anne)).toEqual({
      ok: false,
      problem: "emailTaken",
    });
    expect(await database.db.adminAccount.count()).toBe(1);
  });

  it("lets an invited editor choose a good password once, after which the link is spent", async () => {
    const invited = await inviteAccount(
      database.db,
      { email: "frb@example.dk", role: "MUNICIPALITY_EDITOR", municipalityCodes: ["147", "147"] },
      anne,
    );
    if (!invited.ok) throw new Error(invited.problem);
    expect(await signInWithPassword(database.db, { email: "frb@example.dk", password: "", client: "c" })).toEqual({ kind: "wrong" });
    expect((await listAccounts(database.db)).find((account) => account.email === "frb@example.dk")).toMatchObject({
      status: "invited",
      municipalityCodes: ["147"],
    });

    expect(await acceptInvitation(database.db, invited.token, "password1234")).toEqual({ ok: false, problem: "passwordCommon" });
    expect(await acceptInvitation(database.db, invited.token, PASSWORD)).toMatchObject({ ok: true });
    expect(await findInvitation(database.db, invited.token)).toBeUndefined();
    expect(await acceptInvitation(database.db, invited.token, "En anden god adgangskode 42")).toEqual({
      ok: false,
      problem: "invitationInvalid",
    });
    expect((await signInWithPassword(database.db, { email: "frb@example.dk", password: PASSWORD, client: "c" })).kind).toBe("secondFactor");
    expect(await database.db.auditEvent.count({ where: { action: "invitationAccepted", actorEmail: "frb@example.dk" } })).toBe(1);
  });

  it("disables an account, ending its sessions and its sign-in, and never one's own", async () => {
    const account = await database.db.adminAccount.findUniqueOrThrow({ where: { email: "frb@example.dk" } });
    const token = await openSession(database.db, account.id, true);
    expect(await changeAccount(database.db, anne, account.id, "disable")).toBe("changed");
    expect(await readSession(database.db, token)).toBeUndefined();
    expect(await signInWithPassword(database.db, { email: "frb@example.dk", password: PASSWORD, client: "c2" })).toEqual({ kind: "wrong" });
    expect(await changeAccount(database.db, anne, anne.id, "disable")).toBe("own");
    expect(await changeAccount(database.db, anne, account.id, "enable")).toBe("changed");
    expect((await signInWithPassword(database.db, { email: "frb@example.dk", password: PASSWORD, client: "c3" })).kind).toBe(
      "secondFactor",
    );
  });
});
