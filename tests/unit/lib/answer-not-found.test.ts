import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { answeringNotFoundWithPage } from "@/lib/security/answer-not-found";
import { notFoundKindOf } from "@/lib/not-found/not-found-kinds";

const PAGE = "<!DOCTYPE html><html><head><title>Siden findes ikke – Henvis</title></head><body><h1>Siden findes ikke</h1></body></html>";

// The build's prerendered page, as the production server reads it.
vi.mock("@/lib/security/not-found-document", () => ({
  notFoundDocument: (pathname: string) => ({ path: `/ikke-fundet/${notFoundKindOf(pathname)}`, html: PAGE }),
}));

/** What Next.js does with a response: a status, a content type, and the body in pieces. */
type Answer = { status: number; type: string };
const NEXT_BODY = ['<!DOCTYPE html><html id="__next_error__"><body><div hidden>', "</div></body></html>"];

function answerAsNext(response: ServerResponse, { status, type }: Answer) {
  response.statusCode = status;
  response.setHeader("Content-Type", type);
  response.setHeader("Content-Security-Policy", "script-src 'self' 'nonce-abc'");
  response.flushHeaders();
  response.write(NEXT_BODY[0]);
  response.end(NEXT_BODY[1]);
}

let base = "";
const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  answeringNotFoundWithPage(request, response, url.pathname);
  answerAsNext(response, { status: Number(url.searchParams.get("status")), type: url.searchParams.get("type") ?? "" });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const HTML = "text/html; charset=utf-8";

describe("a missing page on the production server", () => {
  it("gets the prerendered not-found page in place of Next.js's empty document, still 404, with that page's policy", async () => {
    const response = await fetch(`${base}/xyz?status=404&type=${encodeURIComponent(HTML)}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(PAGE);
    expect(response.headers.get("content-security-policy")).not.toContain("nonce-abc");
  });

  it("answers a HEAD request with the same status and no body", async () => {
    const response = await fetch(`${base}/xyz?status=404&type=${encodeURIComponent(HTML)}`, { method: "HEAD" });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(PAGE)));
  });

  it("answers the not-found page's own address with 404 as well", async () => {
    const response = await fetch(`${base}/en/ikke-fundet/side?status=200&type=${encodeURIComponent(HTML)}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(PAGE);
  });

  it("leaves a page that exists and a 404 that is not HTML as Next.js answered them", async () => {
    for (const [status, type] of [
      [200, HTML],
      [404, "text/x-component"],
    ] as const) {
      const response = await fetch(`${base}/trin/akut-fare?status=${status}&type=${encodeURIComponent(type)}`);
      expect(response.status).toBe(status);
      expect(await response.text()).toBe(NEXT_BODY.join(""));
      expect(response.headers.get("content-security-policy")).toContain("nonce-abc");
    }
  });
});

describe("which not-found page answers an address", () => {
  it("is the join code's, the control link's, the training case's or the general one", () => {
    expect(notFoundKindOf("/traening/deltag/ZZZZZZ")).toBe("kode");
    expect(notFoundKindOf("/traening/styr/abc")).toBe("styring");
    expect(notFoundKindOf("/traening/findes-ikke")).toBe("sag");
    expect(notFoundKindOf("/trin/findes-ikke")).toBe("side");
    expect(notFoundKindOf("/xyz")).toBe("side");
  });
});
