// What the administration's form handlers do with a request before and after they read its body: who may send
// one, how much of it is read, and what a broken or hostile form gets. Each answer is checked against the
// database: a refused request changes nothing.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as acceptInvitation } from "@/app/[locale]/admin/handling/accepter-invitation/route";
import { POST as saveContact } from "@/app/[locale]/admin/handling/gem-kontakt/route";
import { POST as importDirectory } from "@/app/[locale]/admin/handling/importer/route";
import { POST as signIn } from "@/app/[locale]/admin/handling/log-ind/route";
import { createAccount } from "@/lib/admin/accounts.server";
import { MAX_FORM_BYTES } from "@/lib/security/form-body";
import { SESSION_COOKIE } from "@/lib/admin/admin-request.server";
import { openSession } from "@/lib/admin/sessions.server";
import { createDb, type Db } from "@/lib/db.server";
import type * as DbModule from "@/lib/db.server";
import { readDatabaseConfig } from "@/lib/db/database-config";
import { startStallingProxy } from "@/tests/helpers/stalling-proxy";
import { testDatabase, testDatabaseTargets } from "@/tests/helpers/test-database";

// The handlers take the app's one client from getDb(): here, the test's database.
const current = vi.hoisted(() => ({ db: undefined as unknown as Db }));
vi.mock("@/lib/db.server", async (original) => ({ ...(await original<typeof DbModule>()), getDb: () => current.db }));

const SITE = "http://127.0.0.1:3000";
const PASSWORD = "Sommerferie på Ærø 2026";
const CHUNK = 16 * 1024;
const params = { params: Promise.resolve({ locale: "da" }) };

/** A body of zeros, `chunks` chunks long, that counts the bytes the handler pulled from it. */
function countedZeros(chunks: number) {
  const counter = { pulled: 0 };
  let left = chunks;
  // With no queue, a chunk is made only when the handler asks for one.
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (left-- === 0) return controller.close();
        counter.pulled += CHUNK;
        controller.enqueue(new Uint8Array(CHUNK));
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

function post(path: string, body: BodyInit, headers: Record<string, string> = {}) {
  return new NextRequest(new URL(path, SITE), {
    method: "POST",
    body,
    headers: { Origin: SITE, Host: new URL(SITE).host, ...headers },
    duplex: "half",
  } as ConstructorParameters<typeof NextRequest>[1]);
}

const urlencoded = (fields: Record<string, string>) => ({
  body: new URLSearchParams(fields).toString(),
  headers: { "Content-Type": "application/x-www-form-urlencoded" },
});

const NEW_CONTACT = {
  body: "SSP",
  unit: "municipality:101",
  nameDa: "SSP København, nyt nummer",
  nameEn: "SSP Copenhagen, new number",
  phone: "33 66 33 66",
  email: "",
  url: "",
  hoursDa: "",
  hoursEn: "",
  notes: "",
  source: "https://www.kk.dk/ssp",
  sourceDate: "",
  verifiedAt: "2026-01-05",
  verifiedBy: "Redaktionen",
  nextReviewAt: "",
};

describe.each(testDatabaseTargets())("the administration's form handlers on $name", ({ create }) => {
  const database = testDatabase(create, {
    prepare: async (db) => {
      await createAccount(db, { email: "anne@example.dk", password: PASSWORD, role: "NATIONAL" });
    },
  });
  let cookie: string;

  beforeAll(async () => {
    current.db = database.db;
    const anne = await database.db.adminAccount.findUniqueOrThrow({ where: { email: "anne@example.dk" } });
    cookie = `${SESSION_COOKIE}=${await openSession(database.db, anne.id, true)}`;
  });

  /** What a refused request could have changed. */
  const counts = async () => ({
    attempts: await database.db.signInAttempt.count(),
    sessions: await database.db.adminSession.count(),
    changes: await database.db.directoryChange.count(),
    contacts: await database.db.contact.count(),
    audit: await database.db.auditEvent.count(),
  });

  it("answers a post without a session 401 without reading its body, whatever length it declares", async () => {
    const { stream, counter } = countedZeros(400);
    const response = await saveContact(
      post("/admin/handling/gem-kontakt", stream, {
        "Content-Type": "multipart/form-data; boundary=x",
        "Content-Length": String(300 * 1024 * 1024),
      }),
      params,
    );
    expect(response.status).toBe(401);
    expect(await response.text()).toContain("Du er ikke logget ind");
    expect(counter.pulled).toBe(0);
  });

  it("answers 413 to a form over 64 kB, by its Content-Length before reading and while streaming after at most that much, and takes a larger file to import", async () => {
    const before = await counts();
    const declared = countedZeros(400);
    const tooLong = await signIn(
      post("/admin/handling/log-ind", declared.stream, {
        "Content-Type": "application/x-www-form-urlencoded",
        "Content-Length": String(MAX_FORM_BYTES + 1),
      }),
      params,
    );
    expect(tooLong.status).toBe(413);
    expect(declared.counter.pulled).toBe(0);

    const streamed = countedZeros(400);
    const endless = await saveContact(
      post("/admin/handling/gem-kontakt", streamed.stream, { "Content-Type": "multipart/form-data; boundary=x", Cookie: cookie }),
      params,
    );
    expect(endless.status).toBe(413);
    expect(await endless.text()).toContain("Formularen er for stor");
    console.info(`streamed form: ${streamed.counter.pulled} bytes pulled of ${400 * CHUNK}, limit ${MAX_FORM_BYTES}`);
    expect(streamed.counter.pulled).toBeLessThanOrEqual(MAX_FORM_BYTES + CHUNK);
    expect(await counts()).toEqual(before);

    const file = new FormData();
    file.set("fil", new File([`id,nameDa\n${"x".repeat(200 * 1024)}\n`], "kontakter.csv", { type: "text/csv" }));
    const imported = await importDirectory(post("/admin/handling/importer", file, { Cookie: cookie }), params);
    expect(imported.status).toBe(303);
    expect(imported.headers.get("Location")).toMatch(/^\/admin\/import-eksport\?/);
  });

  it("answers 400 with a page that says so to a body that is not a form, whatever its Content-Type says", async () => {
    for (const [type, body] of [
      ["multipart/form-data; boundary=x", "--y\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--y--"],
      ["multipart/form-data", "--x--"],
      ["text/plain", "email=anne@example.dk"],
    ]) {
      const response = await signIn(post("/admin/handling/log-ind", body!, { "Content-Type": type! }), params);
      expect(response.status, type).toBe(400);
      expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
      expect(await response.text()).toContain("<h1>Formularen kunne ikke læses</h1>");
    }
  });

  it("answers 400 to a NUL in the sign-in e-mail or in a contact's field, and changes nothing", async () => {
    const before = await counts();
    const nulEmail = urlencoded({ email: "anne@example.dk\u0000", password: PASSWORD });
    const signedIn = await signIn(post("/admin/handling/log-ind", nulEmail.body, nulEmail.headers), params);
    expect(signedIn.status).toBe(400);
    expect(signedIn.headers.get("Content-Type")).toMatch(/^text\/html/);
    expect(await signedIn.text()).toContain("Formularen indeholder et tegn, som ikke kan bruges");

    for (const name of ["nameDa", "notes", "verifiedBy"]) {
      const contact = urlencoded({ ...NEW_CONTACT, [name]: `${NEW_CONTACT.nameDa}\u0000` });
      const saved = await saveContact(post("/admin/handling/gem-kontakt", contact.body, { ...contact.headers, Cookie: cookie }), params);
      expect(saved.status, name).toBe(400);
    }
    expect(await counts()).toEqual(before);

    const en = await signIn(post("/admin/handling/log-ind", nulEmail.body, nulEmail.headers), {
      params: Promise.resolve({ locale: "en" }),
    });
    expect(await en.text()).toContain("The form contains a character that cannot be used");
  });

  it("sends an invitation token of any other shape to the page that says the link is not valid, never into a header", async () => {
    const before = await counts();
    for (const token of ["€", "abc\r\nSet-Cookie: x=1", "a".repeat(42), `${"a".repeat(43)}/`, "../log-ind"]) {
      const form = urlencoded({ token, password: PASSWORD, repeat: PASSWORD });
      const response = await acceptInvitation(post("/admin/handling/accepter-invitation", form.body, form.headers), params);
      expect(response.status, token).toBe(303);
      expect(response.headers.get("Location"), token).toBe("/admin/invitation/ugyldig");
    }
    expect(await counts()).toEqual(before);
  });
});

describe.each([
  ["cannot be reached", async () => ({ port: 9, close: async () => {} })],
  ["accepts connections and never answers", () => startStallingProxy()],
])("the administration's form handlers while the database %s", (_, listen) => {
  let close: () => Promise<void>;
  beforeAll(async () => {
    const database = await listen();
    const unreachable = createDb(readDatabaseConfig({ DATABASE_URL: `postgresql://henvis@127.0.0.1:${database.port}/down` }), "requests");
    current.db = unreachable.db;
    close = async () => {
      await unreachable.close();
      await database.close();
    };
  });
  afterAll(() => close());

  it("answer 503 with a page that says the directory cannot be changed right now", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const form = urlencoded({ email: "anne@example.dk", password: PASSWORD });
    const anonymous = await signIn(post("/admin/handling/log-ind", form.body, form.headers), params);
    const withCookie = await saveContact(
      post("/admin/handling/gem-kontakt", urlencoded(NEW_CONTACT).body, { ...form.headers, Cookie: `${SESSION_COOKIE}=x` }),
      { params: Promise.resolve({ locale: "en" }) },
    );
    expect(anonymous.status).toBe(503);
    expect(await anonymous.text()).toContain("Kataloget kan ikke ændres lige nu");
    expect(withCookie.status).toBe(503);
    expect(await withCookie.text()).toContain("The directory cannot be changed right now");
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^admin: database unavailable: /));
    warn.mockRestore();
  });
});
