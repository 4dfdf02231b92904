// The handler of the form a worker reports a wrong contact with: who may post, how much is read, and what a broken,
// hostile or repeated post gets. A refused post stores nothing.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as sendReport } from "@/app/[locale]/kontakter/meld-fejl/send/route";
import type { Db } from "@/lib/db.server";
import type * as DbModule from "@/lib/db.server";
import { REPORT_LIMITS } from "@/lib/directory/reports/report-sending.server";
import { MAX_FORM_BYTES } from "@/lib/security/form-body";
import { testDatabase, testDatabaseTargets } from "@/tests/helpers/test-database";

const current = vi.hoisted(() => ({ db: undefined as unknown as Db }));
vi.mock("@/lib/db.server", async (original) => ({ ...(await original<typeof DbModule>()), getDb: () => current.db }));

const SITE = "http://127.0.0.1:3000";
const params = { params: Promise.resolve({ locale: "da" }) };

function post(fields: Record<string, string> | string, headers: Record<string, string> = {}) {
  return new NextRequest(new URL("/kontakter/meld-fejl/send", SITE), {
    method: "POST",
    body: typeof fields === "string" ? fields : new URLSearchParams(fields).toString(),
    headers: { Origin: SITE, Host: new URL(SITE).host, "Content-Type": "application/x-www-form-urlencoded", ...headers },
  });
}

const GOOD = { target: "contact:ssp-159", reason: "NO_ANSWER", suggestedChannel: "", suggestedSource: "" };

describe.each(testDatabaseTargets())("the report form's handler on $name", ({ create }) => {
  const database = testDatabase(create);
  const stored = () => database.db.contactReport.count();
  beforeAll(() => {
    current.db = database.db;
  });

  it("refuses a post from another site or without an Origin (403), too large (413) or not a readable form (400), storing nothing", async () => {
    const before = await stored();
    expect((await sendReport(post(GOOD, { Origin: "https://example.com" }), params)).status).toBe(403);
    const withoutOrigin = new NextRequest(new URL("/kontakter/meld-fejl/send", SITE), {
      method: "POST",
      body: new URLSearchParams(GOOD).toString(),
      headers: { Host: new URL(SITE).host, "Content-Type": "application/x-www-form-urlencoded" },
    });
    const refused = await sendReport(withoutOrigin, params);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("Intet er sendt");
    expect((await sendReport(post("x".repeat(MAX_FORM_BYTES + 1)), params)).status).toBe(413);
    expect((await sendReport(post(JSON.stringify(GOOD), { "Content-Type": "multipart/form-data; boundary=x" }), params)).status).toBe(400);
    expect((await sendReport(post({ ...GOOD, suggestedChannel: "39 57\u0000 57 05" }), params)).status).toBe(400);
    expect(await stored()).toBe(before);
  });

  it("sends a form with a problem back to the form, with the problem said and what was typed kept", async () => {
    const before = await stored();
    const response = await sendReport(post({ ...GOOD, reason: "", suggestedChannel: "39 57 57 00" }), params);
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!, SITE);
    expect(location.pathname).toBe("/kontakter/meld-fejl/contact%3Assp-159");
    expect(location.searchParams.get("fejl")).toBe("reason:reason,suggestedSource:sourceNeeded");
    expect(location.searchParams.get("suggestedChannel")).toBe("39 57 57 00");
    expect(await stored()).toBe(before);
  });

  it("answers 404 for a contact it does not hold, and stores a good report with a receipt", async () => {
    expect((await sendReport(post({ ...GOOD, target: "contact:ssp-999" }), params)).status).toBe(404);
    expect((await sendReport(post({ ...GOOD, target: "anything" }), params)).status).toBe(404);
    const before = await stored();
    const response = await sendReport(post(GOOD, { "X-Forwarded-For": "192.0.2.10" }), params);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/kontakter/meld-fejl/sendt");
    expect(await stored()).toBe(before + 1);
  });

  it("answers 429 with Retry-After and a way on once a client has sent its reports for the hour", async () => {
    const client = { "X-Forwarded-For": "198.51.100.20" };
    for (let sent = 0; sent < REPORT_LIMITS.perClient; sent++) expect((await sendReport(post(GOOD, client), params)).status).toBe(303);
    const before = await stored();
    const refused = await sendReport(post(GOOD, client), params);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.text()).toContain("41 74 90 90");
    expect(await stored()).toBe(before);
  });
});
