import { existsSync } from "node:fs";
import { expect, it } from "vitest";
import { JOURNEY_ROUTES } from "@/lib/journey/routes";

it("names each page of the journey as its folder under app/[locale]/ is named", () => {
  const pages = Object.values(JOURNEY_ROUTES).map((route) => (route === JOURNEY_ROUTES.question ? `${route}/[slug]` : route));
  expect(pages.filter((page) => !existsSync(`app/[locale]/${page}/page.tsx`))).toEqual([]);
});
