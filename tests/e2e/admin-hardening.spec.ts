// What a stranger can send the administration: control characters, odd invitation tokens, huge bodies, and any
// request while the database is down. Each gets a 4xx or, for the outage, a 503, with a page that says why, and
// changes nothing.
import { request as httpRequest } from "node:http";
import { CONTACT_FIELDS } from "@/lib/admin/contact-schema";
import { ADMIN_ACTIONS } from "@/lib/admin/paths";
import { PORTS } from "@/playwright.config";
import { signedInRequests } from "./support/admin-session";
import { expect, LEAN_TRACE, test } from "./support/fixtures";

test.use(LEAN_TRACE);

const APP = `http://127.0.0.1:${PORTS.app}`;
const ADMIN_APP = `http://127.0.0.1:${PORTS.appWithAdministrators}`;
const NO_DATABASE = `http://127.0.0.1:${PORTS.appWithoutDatabase}`;
const fromSite = (base: string) => ({ Origin: base });

const CONTROL_CHARACTER = {
  da: "Formularen indeholder et tegn, som ikke kan bruges",
  en: "The form contains a character that cannot be used",
};
const INVALID_LINK = "Linket virker ikke. Det er ugyldigt, allerede brugt eller udløbet";
const UNAVAILABLE = { da: "Kataloget kan ikke ændres lige nu", en: "The directory cannot be changed right now" };

/** The status of a POST whose headers declare `declared` bytes and whose body never comes. */
function postDeclaring(base: string, path: string, declared: number, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const post = httpRequest(new URL(path, base), {
      method: "POST",
      headers: { ...fromSite(base), "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(declared), ...headers },
    });
    post.on("response", (response) => {
      response.resume();
      post.destroy();
      resolve(response.statusCode ?? 0);
    });
    post.on("error", reject);
    post.write("email=");
  });
}

test("a NUL byte in the sign-in e-mail gets 400 and a page that says what is wrong, in either language", async ({ request }) => {
  for (const [locale, prefix] of [
    ["da", ""],
    ["en", "/en"],
  ] as const) {
    for (const form of [{ form: { email: "anne@example.dk\u0000", password: "x" } }, { multipart: { email: "\u0000", password: "x" } }]) {
      const response = await request.post(`${APP}${prefix}/admin/handling/log-ind`, { headers: fromSite(APP), ...form, maxRedirects: 0 });
      expect(response.status()).toBe(400);
      expect(response.headers()["content-type"]).toMatch(/^text\/html/);
      expect(await response.text()).toContain(CONTROL_CHARACTER[locale]);
    }
  }
});

test("a NUL byte in any field of the contact form gets 400, and proposes nothing", async () => {
  const admin = await signedInRequests(ADMIN_APP, "haerdning@example.dk");
  const name = "Hærdningsprøve SSP";
  const contact = Object.fromEntries(CONTACT_FIELDS.map((field) => [field, ""]));
  Object.assign(contact, { body: "SSP", unit: "municipality:860", nameDa: name, nameEn: name, phone: "33 66 33 66" });
  Object.assign(contact, { source: "https://hjoerring.dk", verifiedAt: "2026-01-05", verifiedBy: "Redaktionen" });
  for (const field of CONTACT_FIELDS) {
    const response = await admin.post("/admin/handling/gem-kontakt", {
      form: { ...contact, [field]: `${contact[field]}\u0000` },
      maxRedirects: 0,
    });
    expect(response.status(), field).toBe(400);
    expect(await response.text()).toContain(CONTROL_CHARACTER.da);
  }
  expect(await (await admin.get("/admin/aendringer")).text()).not.toContain(name);
  expect(await (await admin.get("/admin/eksport/kontakter.csv")).text()).not.toContain(name);
  await admin.dispose();
});

test("an invitation token with a euro sign, a NUL or CR/LF gets the page that says the link is not valid, or 400", async ({ request }) => {
  for (const token of ["%E2%82%AC", "%00", "%0d%0a", "%0d%0aSet-Cookie:%20x=1"]) {
    const page = await request.get(`${APP}/admin/invitation/${token}`);
    expect(page.status(), token).toBe(200);
    expect(await page.text()).toContain(INVALID_LINK);
  }
  for (const token of ["€", "\r\nSet-Cookie: x=1", "a".repeat(44)]) {
    const accepted = await request.post(`${APP}/admin/handling/accepter-invitation`, {
      headers: fromSite(APP),
      form: { token, password: "Sommerferie på Ærø 2026", repeat: "Sommerferie på Ærø 2026" },
    });
    expect(accepted.status(), token).toBe(200);
    expect(accepted.url()).toBe(`${APP}/admin/invitation/ugyldig`);
    expect(await accepted.text()).toContain(INVALID_LINK);
  }
  const nul = await request.post(`${APP}/admin/handling/accepter-invitation`, { headers: fromSite(APP), form: { token: "\u0000" } });
  expect(nul.status()).toBe(400);
});

test("a body over the limit gets 413 before it is read, and a stranger 401 before any of it is read", async ({ request }) => {
  expect(await postDeclaring(APP, "/admin/handling/log-ind", 300 * 1024 * 1024)).toBe(413);
  expect(await postDeclaring(APP, "/en/admin/handling/accepter-invitation", 65 * 1024)).toBe(413);
  expect(await postDeclaring(APP, "/admin/handling/gem-kontakt", 300 * 1024 * 1024)).toBe(401);
  expect(await postDeclaring(APP, "/admin/handling/importer", 300 * 1024 * 1024, { Cookie: "henvis_admin=x" })).toBe(401);
  const large = await request.post(`${APP}/admin/handling/log-ind`, {
    headers: fromSite(APP),
    form: { email: "anne@example.dk", password: "x".repeat(70 * 1024) },
  });
  expect(large.status()).toBe(413);
  expect(await large.text()).toContain("Formularen er for stor");
});

test("while the database cannot be reached, every page and action of the administration answers 503 with a page that says so", async ({
  request,
}) => {
  test.setTimeout(120_000);
  const pages = ["", "/log-ind", "/log-ind/kode", "/kontakter", "/kontakter/ssp-101", "/kontakter/ny", "/aendringer", "/revisionslog"];
  pages.push("/sundhed", "/import-eksport", "/konti", `/invitation/${"a".repeat(43)}`);
  const statuses = new Map<number, number>();
  for (const [locale, prefix] of [
    ["da", ""],
    ["en", "/en"],
  ] as const) {
    for (const cookie of [{}, { Cookie: "henvis_admin=x" }] as Record<string, string>[]) {
      const headers = { ...fromSite(NO_DATABASE), ...cookie };
      const requests = [
        ...pages.map((page) => () => request.get(`${NO_DATABASE}${prefix}/admin${page}`, { headers })),
        // Without a session, the download and the signed-in administrators' actions answer 401 before they need the database.
        ...("Cookie" in cookie ? [() => request.get(`${NO_DATABASE}${prefix}/admin/eksport/kontakter.csv`, { headers })] : []),
        ...Object.values(ADMIN_ACTIONS)
          .filter((action) => "Cookie" in cookie || ["log-ind", "kode", "accepter-invitation"].includes(action))
          .map(
            (action) => () =>
              request.post(`${NO_DATABASE}${prefix}/admin/handling/${action}`, { headers, form: { token: "a".repeat(43) } }),
          ),
      ];
      for (const send of requests) {
        const response = await send();
        const label = `${response.url()} ${JSON.stringify(cookie)}`;
        statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
        expect(response.status(), label).toBe(503);
        expect(await response.text(), label).toContain(UNAVAILABLE[locale]);
      }
    }
  }
  console.info(`admin requests without a database: ${[...statuses].map(([status, count]) => `${status}×${count}`).join(", ")}`);
});
