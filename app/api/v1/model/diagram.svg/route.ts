import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { NextRequest } from "next/server";
import { modelDownload } from "../../../../../lib/training/diagram/model-download";
import { DIAGRAM_LOCALE_PARAM } from "@/lib/training/paths";
import { statechartSvgName } from "@/lib/training/diagram/statechart-layout";
import { DEFAULT_LOCALE, isLocale, LOCALES } from "@/machines/locale";

// The page's diagram, rendered to a file by `npm run export:model` (React's static renderer is not allowed in the
// app's server code); tests/model/export-fresh.test.ts keeps the file equal to what the component draws.
export function GET(request: NextRequest) {
  const asked = request.nextUrl.searchParams.get(DIAGRAM_LOCALE_PARAM) ?? DEFAULT_LOCALE;
  if (!isLocale(asked)) {
    return new Response(`${DIAGRAM_LOCALE_PARAM} must be one of: ${LOCALES.join(", ")}\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const svg = readFileSync(join(process.cwd(), "docs", "model", statechartSvgName(asked)), "utf8");
  return modelDownload(svg, "image/svg+xml; charset=utf-8", `henvis-model-${asked}.svg`);
}
