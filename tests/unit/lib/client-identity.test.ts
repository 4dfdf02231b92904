import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/security/client-address";
import { isReadableForm, MAX_FORM_BYTES, readFormBody, withBody } from "@/lib/security/form-body";
import { acceptClientHeaders } from "@/lib/security/request-headers";
import { clientOf, trustedProxies } from "@/lib/security/trusted-proxies";
import { normalisedTarget } from "@/lib/web-address";

describe("who the client is", () => {
  const none = trustedProxies(undefined);
  const caddy = trustedProxies("172.16.0.0/12, ::1");

  it("is the connection's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    for (const forged of ["203.0.113.1", "198.51.100.7, 203.0.113.9", undefined]) {
      expect(clientOf("192.0.2.10", forged, none)).toBe("192.0.2.10");
    }
    expect(clientOf("::ffff:192.0.2.10", "203.0.113.1", none)).toBe("192.0.2.10");
  });

  it("behind a trusted proxy, is the right-most X-Forwarded-For entry that is not a trusted proxy", () => {
    expect(clientOf("172.18.0.5", "203.0.113.1", caddy)).toBe("203.0.113.1");
    // A client that writes its own X-Forwarded-For only adds entries on the left of the one the proxy appended.
    expect(clientOf("172.18.0.5", "10.9.9.9, 198.51.100.4, 192.0.2.77", caddy)).toBe("192.0.2.77");
    expect(clientOf("::1", "192.0.2.77, 172.18.0.9", caddy)).toBe("192.0.2.77");
    expect(clientOf("172.18.0.5", undefined, caddy)).toBe("172.18.0.5");
  });

  it("stops the server at start on a TRUSTED_PROXIES entry that is not an address or a range", () => {
    for (const setting of ["caddy", "10.0.0.0/33", "10.0.0.1/8/1", "::1/129", "10.0.0.0/x"]) {
      expect(() => trustedProxies(setting), setting).toThrow(/TRUSTED_PROXIES/);
    }
  });

  it("is what the app reads back from X-Forwarded-For", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "192.0.2.77" }))).toBe("192.0.2.77");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.5, 192.0.2.77" }))).toBe("192.0.2.77");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});

describe("the headers a client sends", () => {
  const sent = () => ({
    "x-henvis-gated": "1",
    "x-henvis-anything": "x",
    "content-security-policy": "script-src *",
    "x-next-intl-locale": "en",
    "x-middleware-subrequest": "proxy",
    "x-forwarded-for": "203.0.113.1",
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "https",
    "x-real-ip": "203.0.113.2",
    accept: "text/html",
  });

  it("lose the server's internal headers and, from anyone but a trusted proxy, the proxy's", () => {
    const headers = sent();
    acceptClientHeaders(headers, "192.0.2.10", false);
    expect(headers).toEqual({ accept: "text/html", "x-forwarded-for": "192.0.2.10" });
  });

  it("keep a trusted proxy's forwarded host and scheme, never the internal ones", () => {
    const headers = sent();
    acceptClientHeaders(headers, "203.0.113.1", true);
    expect(headers).toEqual({
      accept: "text/html",
      "x-forwarded-for": "203.0.113.1",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-real-ip": "203.0.113.2",
    });
  });
});

describe("a request's path", () => {
  it("is resolved as Next.js routes it, so that /api/../<page> is gated as the page", () => {
    const cases: [string, string | undefined][] = [
      ["/api/../trin/alder", "/trin/alder"],
      ["/api/%2e%2e/trin/alder", "/trin/alder"],
      ["/api/.%2E/trin/alder?svar=1", "/trin/alder?svar=1"],
      ["/api\\..\\trin", "/trin"],
      ["//trin//alder", "/trin/alder"],
      ["/../../etc", "/etc"],
      ["/trin/alder?next=/api/../x", "/trin/alder?next=/api/../x"],
      ["/api/v1/route", "/api/v1/route"],
      ["*", undefined],
      ["http://evil.example/", undefined],
    ];
    for (const [target, expected] of cases) expect(normalisedTarget(target), target).toBe(expected);
  });
});

/** A request whose body arrives in the given chunks. */
function requestWith(chunks: Buffer[], headers: Record<string, string> = {}): IncomingMessage {
  const request = new IncomingMessage(new Socket());
  request.headers = headers;
  queueMicrotask(() => {
    for (const chunk of chunks) request.push(chunk);
    // As Node.js's parser does once the body has arrived.
    request.complete = true;
    request.push(null);
  });
  return request;
}

describe("a page's form post", () => {
  const boundary = "multipart/form-data; boundary=x";

  it("is refused by its Content-Length or as it streams past the limit, before the rest is read", async () => {
    expect(await readFormBody(requestWith([], { "content-length": String(2 * 1024 * 1024) }))).toBe("tooLarge");
    const chunk = Buffer.alloc(16 * 1024, "a");
    const pushed = Array.from({ length: 64 }, () => chunk);
    expect(await readFormBody(requestWith(pushed))).toBe("tooLarge");
    const small = Buffer.from("answer=no");
    expect(await readFormBody(requestWith([small], { "content-length": String(small.length) }))).toEqual(small);
    expect(MAX_FORM_BYTES).toBe(64 * 1024);
  });

  it("must parse as multipart form data when it says it is", async () => {
    const good = Buffer.from('--x\r\nContent-Disposition: form-data; name="answer"\r\n\r\nno\r\n--x--\r\n');
    expect(await isReadableForm(good, boundary)).toBe(true);
    for (const broken of ["--x\r\nbroken", "not multipart at all", ""]) {
      expect(await isReadableForm(Buffer.from(broken), boundary), broken).toBe(false);
    }
    expect(await isReadableForm(Buffer.from("answer=no"), "application/x-www-form-urlencoded")).toBe(true);
  });

  it("is handed on with the bytes read, and reading them leaves the connection open for the answer", async () => {
    const body = Buffer.from("answer=no");
    const original = requestWith([body], { "content-length": String(body.length), "content-type": "application/x-www-form-urlencoded" });
    const read = await readFormBody(original);
    const replay = withBody(original, read as Buffer);
    const chunks: Buffer[] = [];
    for await (const chunk of replay) chunks.push(chunk as Buffer);
    await new Promise((resolve) => setImmediate(resolve));
    expect(Buffer.concat(chunks).toString()).toBe("answer=no");
    expect(replay.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(replay.socket.destroyed).toBe(false);
  });
});
