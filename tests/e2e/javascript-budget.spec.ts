import { gzipSync } from "node:zlib";
import { expect, test, type APIRequestContext } from "@playwright/test";

// The start page is static text and one client component (the quick exit):
// the smallest page this build can serve, and the baseline for the others.
const BASELINE = "/";
const MAX_RATIO = 1.25;
const PAGES = {
  "question (radios)": "/trin/bekymring?a=1.d1.c1",
  "question (municipality)": "/trin/kommune?a=1.d1.c1.k0.w0.p1.h1.a0",
  "check answers": "/tjek?a=1.d1.c1.k4.w0",
  result: "/resultat?a=1.d1.c1.k0.w0.p1.h1.a0.m751.r1",
};

async function javaScriptGzipBytes(request: APIRequestContext, path: string): Promise<number> {
  const html = await (await request.get(path)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((match) => match[1]!))];
  const sizes = await Promise.all(sources.map(async (src) => gzipSync(await (await request.get(src)).body()).byteLength));
  return sizes.reduce((sum, size) => sum + size, 0);
}

test("each page ships at most 1.25 × the JavaScript of the start page", async ({ request }) => {
  const baseline = await javaScriptGzipBytes(request, BASELINE);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`JavaScript (gzip) of the start page: ${kb(baseline)}`);
  for (const [name, path] of Object.entries(PAGES)) {
    const bytes = await javaScriptGzipBytes(request, path);
    console.log(`JavaScript (gzip) of ${name}: ${kb(bytes)} = ${(bytes / baseline).toFixed(2)} × the start page`);
    expect(bytes / baseline, name).toBeLessThanOrEqual(MAX_RATIO);
  }
});
