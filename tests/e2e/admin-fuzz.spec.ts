// Generated posts to every form handler of the administration: multipart bodies with random or broken boundaries,
// urlencoded bodies with NUL and odd %-escapes, random content types, declared lengths far over the limit, random
// cookies; from a stranger, and from a signed-in editor. None may get a 5xx. The seed is printed; FUZZ_SEED=<seed>
// replays a run.
import { request as httpRequest } from "node:http";
import fc from "fast-check";
import { CONTACT_FIELDS } from "@/lib/admin/contact-schema";
import { MAX_IMPORT_BYTES } from "@/lib/admin/directory-csv";
import { ADMIN_ACTIONS } from "@/lib/admin/paths";
import { MAX_FORM_BYTES } from "@/lib/security/form-body";
import { PORTS } from "@/playwright.config";
import { signedInRequests } from "./support/admin-session";
import { LEAN_TRACE, test } from "./support/fixtures";
import { fuzz, oddText, RUNS, SEED } from "./support/fuzz";

test.use(LEAN_TRACE);
test.describe.configure({ timeout: 240_000 });

const APP = `http://127.0.0.1:${PORTS.app}`;
const ADMIN_APP = `http://127.0.0.1:${PORTS.appWithAdministrators}`;

// A stranger may post anywhere; the signed-in editor leaves out signing out (which would end the session) and the
// forms that count failed sign-ins, which the administration's other tests make on the same server.
const ANONYMOUS_ACTIONS: string[] = [ADMIN_ACTIONS.signIn, ADMIN_ACTIONS.secondFactor, ADMIN_ACTIONS.acceptInvitation];
const SIGNED_OUT: string[] = [ADMIN_ACTIONS.signOut, ADMIN_ACTIONS.signOutEverywhere];
const SIGNED_IN_ACTIONS = Object.values(ADMIN_ACTIONS).filter(
  (action) => !ANONYMOUS_ACTIONS.includes(action) && !SIGNED_OUT.includes(action),
);

const FIELD_NAMES = [
  "email",
  "password",
  "code",
  "token",
  "repeat",
  "id",
  "change",
  "account",
  "role",
  "district",
  "municipalities",
  "fil",
];
const ODD_ESCAPES = ["%", "%f", "%ff", "%00", "%0d%0a", "%E2%82%AC", "%E0%A4%A", "%C0%80", "%u0000", "+", "&", "=", "&&=="];
const CONTROL = ["\u0000", "a\u0000b", "\u0001", "\u001f", "\u007f", "\r\n", "\t", "\uFEFF", "\uD800"];

const fieldName = fc.oneof(fc.constantFrom(...FIELD_NAMES, ...CONTACT_FIELDS), oddText);
const fieldValue = fc.oneof(oddText, fc.constantFrom(...CONTROL), fc.constantFrom(...ODD_ESCAPES));

const urlencoded = fc
  .array(fc.tuple(fieldName, fieldValue, fc.constantFrom("encoded", "raw", "odd")), { maxLength: 12 })
  .map((pairs) =>
    pairs
      .map(([name, value, how]) =>
        how === "encoded" ? new URLSearchParams([[name, value]]).toString() : how === "raw" ? `${name}=${value}` : `${name}=${value}%`,
      )
      .join("&"),
  )
  .map((body) => ({ contentType: "application/x-www-form-urlencoded", body }));

const boundary = fc.oneof(fc.stringMatching(/^[A-Za-z0-9'()+_,./:=?-]{1,70}$/), fc.constantFrom("", "x", '"x"', "x y", "-".repeat(200)));
const part = fc.record({
  name: fieldName,
  value: fieldValue,
  filename: fc.option(oddText, { nil: undefined }),
  type: fc.option(oddText, { nil: undefined }),
});
const multipart = fc
  .record({
    declared: boundary,
    used: fc.option(boundary, { nil: undefined }),
    parts: fc.array(part, { maxLength: 6 }),
    closed: fc.boolean(),
    newline: fc.constantFrom("\r\n", "\n", ""),
  })
  .map(({ declared, used, parts, closed, newline }) => {
    const separator = `--${used ?? declared}`;
    const body = parts
      .map(({ name, value, filename, type }) => {
        const disposition = `Content-Disposition: form-data; name="${name}"${filename === undefined ? "" : `; filename="${filename}"`}`;
        return [separator, disposition, ...(type === undefined ? [] : [`Content-Type: ${type}`]), "", value].join(newline);
      })
      .join(newline);
    return {
      contentType: `multipart/form-data; boundary=${declared}`,
      body: `${body}${newline}${closed ? `${separator}--${newline}` : ""}`,
    };
  });

const anyType = fc
  .record({
    contentType: fc.oneof(
      fc.constantFrom(
        "",
        "text/plain",
        "application/json",
        "multipart/form-data",
        "multipart/form-data; boundary=",
        "multipart/mixed; boundary=x",
      ),
      fc.constantFrom(
        "application/x-www-form-urlencoded; charset=utf-16le",
        "application/x-www-form-urlencoded; charset=x",
        "MULTIPART/FORM-DATA; boundary=x",
      ),
      oddText,
    ),
    body: fc.oneof(oddText, fc.string({ unit: "binary" })),
  })
  .map(({ contentType, body }) => ({ contentType, body }));

// A length over every handler's limit, the import's included: the server rightly waits for the rest of a body
// it may take.
const OVER_EVERY_LIMIT = MAX_IMPORT_BYTES + MAX_FORM_BYTES + 1;
const post = fc.record({
  signedIn: fc.boolean(),
  action: fc.nat(),
  english: fc.boolean(),
  form: fc.oneof(urlencoded, multipart, anyType),
  oversize: fc.oneof({ weight: 8, arbitrary: fc.constant("none" as const) }, fc.constantFrom("declared" as const, "sent" as const)),
  declaredBytes: fc.integer({ min: OVER_EVERY_LIMIT, max: 2 ** 31 }),
  cookie: fc.oneof(
    fc.constant(undefined),
    oddText.map((text) => `henvis_admin=${text}`),
    oddText,
  ),
  origin: fc.oneof({ weight: 8, arbitrary: fc.constant("site") }, fc.constantFrom("none", "http://evil.example", "null")),
});
type Post = typeof post extends fc.Arbitrary<infer T> ? T : never;

// Node.js refuses to send a header value with CR, LF, NUL or a character above U+00FF.
const headerValue = (text: string) => text.replace(/[^\t\x20-\x7e\x80-\xff]/g, "?");

/** Sends one generated post with Node.js's client, which sends the Content-Length it is given. */
function send(generated: Post, session: string): Promise<{ status: number; text: string }> {
  const { signedIn, action, english, form, oversize, declaredBytes, cookie, origin } = generated;
  const actions = signedIn ? SIGNED_IN_ACTIONS : Object.values(ADMIN_ACTIONS);
  const base = signedIn ? ADMIN_APP : APP;
  const path = `${english ? "/en" : ""}/admin/handling/${actions[action % actions.length]}`;
  const body = Buffer.from(oversize === "sent" ? form.body.padEnd(MAX_FORM_BYTES + 1, "x") : form.body);
  const headers: Record<string, string> = {
    "Content-Length": String(oversize === "declared" ? declaredBytes : body.byteLength),
    ...(form.contentType ? { "Content-Type": headerValue(form.contentType) } : {}),
    ...(origin === "none" ? {} : { Origin: origin === "site" ? base : origin }),
  };
  const cookies = [signedIn ? session : undefined, cookie === undefined ? undefined : headerValue(cookie)].filter(Boolean);
  if (cookies.length > 0) headers.Cookie = cookies.join("; ");
  return new Promise((resolve, reject) => {
    const request = httpRequest(new URL(path, base), { method: "POST", headers, agent: false, timeout: 30_000 });
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") });
      });
    });
    request.on("timeout", () => request.destroy(new Error(`no answer within 30 s to ${path}`)));
    request.on("error", reject);
    // A body shorter than its declared length: the server must answer without waiting for the rest.
    request.write(oversize === "declared" ? body.subarray(0, Math.min(body.byteLength, declaredBytes)) : body);
    if (oversize !== "declared") request.end();
  });
}

test(`${RUNS} generated posts to the administration's form handlers`, async () => {
  const editor = await signedInRequests(ADMIN_APP, "fuzz@example.dk");
  const { cookies } = await editor.storageState();
  const session = cookies.find((cookie) => cookie.name === "henvis_admin");
  if (!session) throw new Error("the editor has no session cookie");
  await editor.dispose();
  const cases = fc.sample(post, { seed: SEED, numRuns: RUNS });
  await fuzz("admin form posts", cases, (generated) => send(generated, `${session.name}=${session.value}`));
});
