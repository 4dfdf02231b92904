// Every kind of response carries the security headers: no other site can frame a page, and no script runs
// that the page did not bring itself (decision 0012).
import { resultPath, stepPath } from "../../lib/journey/paths";
import { expect, LEAN_TRACE, test } from "./support/fixtures";
import { TEACHER } from "./support/personas";

test.use(LEAN_TRACE);

const questionPage = stepPath("da", "municipalityCode", { ...TEACHER.answers, municipalityCode: undefined, adviceFirst: undefined });

const COMMON = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
  "strict-transport-security": "max-age=63072000; includeSubDomains",
};

const directives = (policy: string) =>
  new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/) as [string, ...string[]])
      .map(([name, ...values]) => [name, values]),
  );

function expectCommonHeaders(headers: Record<string, string>, what: string) {
  for (const [name, value] of Object.entries(COMMON)) expect(headers[name], `${name} on ${what}`).toBe(value);
  const policy = directives(headers["content-security-policy"] ?? "");
  expect(policy.get("frame-ancestors"), what).toEqual(["'none'"]);
  expect(policy.get("base-uri"), what).toEqual(["'none'"]);
  return policy;
}

test.describe("a page's policy", () => {
  for (const [what, path] of [
    ["the prerendered start page", "/"],
    ["a question page", questionPage],
    ["a result page", resultPath("da", TEACHER.answers)],
    ["the English directory page", "/en/kontakter?kommune=740"],
    ["a page that does not exist (404)", "/findes-ikke"],
  ] as const) {
    test(`${what} allows no inline script but its own, no plugin and no form to another site`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      const policy = expectCommonHeaders(response.headers(), what);
      const scripts = policy.get("script-src") ?? [];
      expect(scripts[0]).toBe("'self'");
      expect(scripts.slice(1).length).toBeGreaterThan(0);
      for (const source of scripts.slice(1)) expect(source, what).toMatch(/^'(nonce-[A-Za-z0-9+/=]{16,}|sha256-[A-Za-z0-9+/=]{44})'$/);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      expect(policy.get("form-action")).toEqual(["'self'"]);
    });
  }

  test("a page rendered per request gets a new nonce every time", async ({ request }) => {
    const nonces = await Promise.all(
      [1, 2].map(async () => (await request.get(questionPage)).headers()["content-security-policy"]?.match(/'nonce-([^']+)'/)?.[1]),
    );
    expect(nonces[0]).toBeTruthy();
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});

test.describe("what is not a page allows nothing at all", () => {
  for (const [what, method, path, status] of [
    ["the OpenAPI document", "GET", "/api/v1/openapi.json", 200],
    ["the route API refusing a body", "POST", "/api/v1/route", 400],
    ["the health check", "GET", "/api/health", 200],
    ["the directory for use offline", "GET", "/api/v1/directory", 200],
    ["the web app manifest", "GET", "/manifest.webmanifest", 200],
    ["the app's icon", "GET", "/icon/192", 200],
    ["an address with a broken %-escape", "GET", "/trin/%ZZ", 400],
  ] as const) {
    test(`${what} (${status})`, async ({ request }) => {
      const response = await request.fetch(path, {
        method,
        data: method === "POST" ? "[" : undefined,
        headers: { "content-type": "application/json" },
      });
      expect(response.status()).toBe(status);
      const policy = expectCommonHeaders(response.headers(), what);
      expect(policy.get("default-src")).toEqual(["'none'"]);
    });
  }

  test("a script file of the app, and one that does not exist", async ({ page, request }) => {
    await page.goto("/");
    const script = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
    for (const [path, status] of [
      [script!, 200],
      ["/_next/static/findes-ikke.js", 404],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(status);
      expect(expectCommonHeaders(response.headers(), path).get("default-src")).toEqual(["'none'"]);
    }
  });
});

test("the service worker may fetch from the site and do nothing else", async ({ request }) => {
  const response = await request.get("/sw.js");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/javascript/);
  const policy = expectCommonHeaders(response.headers(), "the service worker");
  expect(policy.get("default-src")).toEqual(["'none'"]);
  expect(policy.get("connect-src")).toEqual(["'self'"]);
});

test("with JavaScript, the pages run with the policy in force and the browser refuses nothing", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(`${page.url()}: ${message.text()}`);
  });
  for (const path of ["/", "/en", questionPage, resultPath("da", TEACHER.answers), "/traening/model", "/kontakter?kommune=740"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // A step with JavaScript still moves on without a page load (the client code runs).
  await page.goto(questionPage);
  await page.getByLabel(/kommune/i).selectOption({ label: "Aarhus" });
  await page.getByRole("button", { name: "Fortsæt" }).click();
  await expect(page).not.toHaveURL(/\/trin\/kommune/);
  expect(refused).toEqual([]);
});

test("a request that claims to have passed the page gate is still gated: same policy, same refusals", async ({ request, baseURL }) => {
  const claimed = { "x-henvis-gated": "1" };
  const page = await request.get(questionPage, { headers: claimed });
  expect(page.status()).toBe(200);
  const scripts = expectCommonHeaders(page.headers(), "a question page").get("script-src") ?? [];
  expect(scripts[1]).toMatch(/^'nonce-/);
  expect(await page.text()).toContain(`nonce="${scripts[1]!.slice("'nonce-".length, -1)}"`);
  expect((await request.fetch("/", { method: "PUT", headers: claimed })).status()).toBe(405);
  const forged = await request.post(questionPage, { headers: { ...claimed, origin: "https://example.org" }, form: { answer: "1" } });
  expect(forged.status()).toBe(403);
  expect(new URL(baseURL!).host).not.toBe("example.org");
});
