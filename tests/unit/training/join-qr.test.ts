import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { JOIN_QR_OPTIONS, joinQrSvg } from "@/lib/training/room/join-qr";

const JOIN_URL = "https://henvis.example.dk/traening/deltag/K7M3QX";

/**
 * The dark modules an SVG of the qrcode package draws, read back from its path ("M4 4.5h7m1 0h1…": each h is a run
 * of dark modules on the row the M or m moved to), as "x,y" without the quiet zone around the code.
 */
function darkModulesDrawn(svg: string): Set<string> {
  const path = /<path stroke="[^"]+" d="([^"]+)"/.exec(svg)?.[1];
  if (!path) throw new Error("The SVG draws no modules");
  const dark = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, command, first, second] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    const [a, b] = [Number(first), Number(second)];
    if (command === "M") [x, y] = [a, b];
    else if (command === "m") [x, y] = [x + a, y + b];
    else {
      for (let column = x; column < x + a; column++)
        dark.add(`${column - JOIN_QR_OPTIONS.margin},${Math.floor(y) - JOIN_QR_OPTIONS.margin}`);
      x += a;
    }
  }
  return dark;
}

/** The dark modules of the QR code of `text`, as the qrcode package encodes it. */
function darkModulesOf(text: string): Set<string> {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: JOIN_QR_OPTIONS.errorCorrectionLevel });
  const dark = new Set<string>();
  for (let row = 0; row < modules.size; row++)
    for (let column = 0; column < modules.size; column++) if (modules.get(row, column)) dark.add(`${column},${row}`);
  return dark;
}

describe("the QR code to join a training session", () => {
  it("draws exactly the modules of the join address with its code", async () => {
    const drawn = darkModulesDrawn(await joinQrSvg(JOIN_URL));
    expect(drawn.size).toBeGreaterThan(100);
    expect(drawn).toEqual(darkModulesOf(JOIN_URL));
    expect(drawn).not.toEqual(darkModulesOf(JOIN_URL.replace("K7M3QX", "K7M3QY")));
  });

  it("is SVG markup of paths alone, which the page's policy lets through: no script, no image from elsewhere", async () => {
    const svg = await joinQrSvg(JOIN_URL);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg.replace(/<\/?(svg|path)\b[^>]*>/g, "").trim()).toBe("");
    expect(svg).not.toContain(JOIN_URL);
  });
});
