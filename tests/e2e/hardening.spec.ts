// Requests anyone can send get a clear 4xx with the security headers, never a 500 (issue: hardening).
import type { APIRequestContext } from "@playwright/test";
import { stepPath } from "../../lib/journey/paths";
import { PORTS } from "../../playwright.config";
import { expect, LEAN_TRACE, test } from "./support/fixtures";
import { rawRequest } from "./support/raw-request";

test.use(LEAN_TRACE);

const questionPage = stepPath("da", "crimeSuspected", { acuteDanger: false });

/** The id of the server action the question page's form posts to. */
async function actionId(request: APIRequestContext) {
  const html = await (await request.get(questionPage)).text();
  return html.match(/name="\$ACTION_ID_([0-9a-f]+)"/)![1]!;
}

const formBody = (id: string) =>
  `--x\r\nContent-Disposition: form-data; name="$ACTION_ID_${id}"\r\n\r\n\r\n--x\r\nContent-Disposition: form-data; name="answer"\r\n\r\nno\r\n--x--\r\n`;

test("an address with a broken %-escape gets 400 with the security headers, on pages and the API alike", async ({ request }) => {
  for (const path of ["/%", "/%ff", "/trin/%ZZ", "/api/%ZZ", "/api/v1/traening/%E0%A4%A/stemmer"]) {
    for (const method of ["GET", "POST"]) {
      const response = await request.fetch(path, {
        method,
        headers: { "Content-Type": "application/json" },
        data: method === "POST" ? "{}" : undefined,
      });
      expect(response.status(), `${method} ${path}`).toBe(400);
      expect(response.headers()["x-frame-options"], path).toBe("DENY");
    }
  }
});

test("a page answers 405 to a method it does not take, and says which it takes", async ({ request }) => {
  for (const method of ["PUT", "DELETE", "PATCH", "PROPFIND", "OPTIONS"]) {
    const response = await request.fetch("/", { method });
    expect(response.status(), method).toBe(405);
    expect(response.headers()["allow"]).toBe("GET, HEAD, POST");
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  }
});

test("TRACE and TRACK, which Next.js cannot take, are refused with 405 before they reach it", async ({ request }) => {
  for (const path of ["/", "/api/v1/route", "/trin/kommune"]) {
    const response = await request.fetch(path, { method: "TRACE" });
    expect(response.status(), path).toBe(405);
    expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
  }
  expect((await request.fetch("/", { method: "TRACK" })).status()).toBeLessThan(500);
});

test("a form post from another site, or from an origin the browser hides, is refused with 403", async ({ request, baseURL }) => {
  const id = await actionId(request);
  for (const origin of ["http://evil.example", "null", "::::", `${baseURL}.evil.example`]) {
    const response = await request.post(questionPage, {
      headers: { Origin: origin, "Next-Action": id, "Content-Type": "multipart/form-data; boundary=x" },
      data: formBody(id),
      maxRedirects: 0,
    });
    expect(response.status(), origin).toBe(403);
  }
});

test("a post to a page whose body is not form data is refused with 400, and a real form post still works", async ({ request, baseURL }) => {
  const id = await actionId(request);
  const forged = await request.post(questionPage, {
    headers: { Origin: baseURL!, "Next-Action": id, "Content-Type": "text/plain" },
    data: "[]",
  });
  expect(forged.status()).toBe(400);
  const real = await request.post(questionPage, {
    headers: { Origin: baseURL!, "Content-Type": "multipart/form-data; boundary=x" },
    data: formBody(id),
    maxRedirects: 0,
  });
  expect(real.status()).toBeLessThan(400);
});

test("the APIs answer 415 to a body that is not sent as JSON", async ({ request }) => {
  for (const path of ["/api/v1/route", "/api/v1/traening/ABCDEF/stemmer"]) {
    const response = await request.post(path, { headers: { "Content-Type": "text/plain" }, data: '{"acuteDanger":true}' });
    expect(response.status(), path).toBe(415);
    expect(await response.json()).toEqual({ error: "unsupported_media_type", expected: "application/json" });
  }
});

test("an error body gives back at most a short part of an unknown key", async ({ request }) => {
  const key = "k".repeat(15_000);
  const response = await request.post("/api/v1/route", { data: { [key]: 1 } });
  expect(response.status()).toBe(400);
  const text = await response.text();
  expect(text.length).toBeLessThan(400);
  expect(text).toContain("k".repeat(40));
});

test("a forwarded host header comes back in no header of the start pages", async ({ request }) => {
  for (const path of ["/", "/en"]) {
    const response = await request.get(path, { headers: { "X-Forwarded-Host": "evil.example" } });
    expect(response.status()).toBe(200);
    expect(JSON.stringify(response.headersArray()), path).not.toContain("evil.example");
  }
});

test("a forged x-henvis-gated header and an /api/../ path do not skip the page gate", async ({ baseURL }) => {
  const port = Number(new URL(baseURL!).port);
  for (const path of [`/api/..${questionPage}`, `/api/%2e%2e${questionPage}`, `/api/v1/..\\..${questionPage}`]) {
    const page = await rawRequest(port, { path, headers: { "x-henvis-gated": "1" } });
    expect(page.status, path).toBe(200);
    expect(page.headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-/);
    expect(page.headers["x-frame-options"], path).toBe("DENY");
    const put = await rawRequest(port, { method: "PUT", path, headers: { "x-henvis-gated": "1" } });
    expect(put.status, `PUT ${path}`).toBe(405);
  }
});

test("a form posted from the same host over another scheme is refused with 403", async ({ request, baseURL }) => {
  const id = await actionId(request);
  const otherScheme = baseURL!.replace(/^http:/, "https:");
  const response = await request.post(questionPage, {
    headers: { Origin: otherScheme, "Next-Action": id, "Content-Type": "multipart/form-data; boundary=x" },
    data: formBody(id),
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
});

test("a forwarded host or scheme from a client that is not a trusted proxy does not make another site's form its own", async ({
  request,
}) => {
  // This server trusts no proxy, as a server does by default.
  const base = `http://127.0.0.1:${PORTS.appWithoutDatabase}`;
  const id = await actionId(request);
  const response = await request.post(`${base}${questionPage}`, {
    headers: {
      Origin: "https://evil.example",
      "X-Forwarded-Host": "evil.example",
      "X-Forwarded-Proto": "https",
      "Next-Action": id,
      "Content-Type": "multipart/form-data; boundary=x",
    },
    data: formBody(id),
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
});

test("a page's form post that cannot be read, or is over 64 kB, is refused with a 4xx and a clear message", async ({ baseURL }) => {
  const port = Number(new URL(baseURL!).port);
  const form = { Origin: baseURL!, "Content-Type": "multipart/form-data; boundary=x" };
  for (const path of ["/", questionPage, "/en/tjek"]) {
    const broken = await rawRequest(port, { method: "POST", path, headers: form, body: "--x\r\nContent-Disposition: form-da" });
    expect(broken.status, path).toBe(400);
    expect(broken.body).toContain("The form could not be read");
  }
  const field = `--x\r\nContent-Disposition: form-data; name="answer"\r\n\r\n${"a".repeat(2 * 1024 * 1024)}\r\n--x--\r\n`;
  const declared = await rawRequest(port, {
    method: "POST",
    path: "/",
    headers: { ...form, "Content-Length": String(field.length) },
    body: field,
  });
  expect(declared.status).toBe(413);
  expect(declared.body).toContain("at most 64 kB");
  const streamed = await rawRequest(port, { method: "POST", path: "/", headers: { ...form, "Transfer-Encoding": "chunked" }, body: field });
  expect(streamed.status).toBe(413);
});
