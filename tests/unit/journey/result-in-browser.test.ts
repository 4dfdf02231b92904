import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DANISH_TIME_ZONE, todayInDenmark } from "@/lib/dates";
import { loadDirectory } from "@/lib/directory/directory-queries.server";
import { directorySnapshotSchema } from "@/lib/directory/directory-snapshot";
import { MUNICIPALITY_CODES } from "@/lib/directory/municipality-codes";
import type { ResolvedContacts } from "@/lib/directory/resolve-contacts";
import { resolveContacts } from "@/lib/directory/resolve-contacts.server";
import { resolveFromSnapshot } from "@/lib/directory/snapshot-lookup";
import { journeyOf } from "@/lib/journey/journey";
import { resultPage } from "@/lib/journey/journey-pages";
import { bodiesToResolve } from "@/lib/result/result-content";
import { ResultPageView } from "@/lib/result/result-page-view";
import type { Locale } from "@/machines/locale";
import type { Answers } from "@/machines/vocabulary";
import da from "@/messages/da.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { NURSE_ANSWERS, PRISON_OFFICER_ANSWERS, TEACHER_ANSWERS } from "@/tests/helpers/personas";
import { testDatabase, testDatabaseTargets } from "@/tests/helpers/test-database";
import { simplePathsToFinal, type Path } from "@/tests/model/chart-graph";

// With JavaScript, the browser renders the result from its copy of the directory (the JSON the directory API sends);
// without, the server renders it from the database. For every route the three personas' roles can take, in each
// municipality and both languages, the two must give the same page.

const MESSAGES = { da, en } as const;
const LOCALES: Locale[] = ["da", "en"];
const PERSONAS = { teacher: TEACHER_ANSWERS, nurse: NURSE_ANSWERS, "prison officer": PRISON_OFFICER_ANSWERS };

function answersOf(path: Path): Answers {
  const answers: Answers = {};
  for (const step of path.steps) if (step.event.type === "answer.submitted") Object.assign(answers, step.event.answers);
  return answers;
}

/** Every route a worker in the persona's role can take, apart from the municipality. */
function routesOf(persona: Answers): Answers[] {
  const routes = simplePathsToFinal(false)
    .paths.map(answersOf)
    .filter((answers) => answers.workplace === persona.workplace && answers.municipalityCode !== undefined)
    .map(({ municipalityCode: _municipality, ...route }) => route);
  return [...new Map(routes.map((route) => [JSON.stringify(route), route])).values()];
}

function routeOutcome(answers: Answers) {
  const { replay } = journeyOf(answers);
  if (replay.status !== "complete") throw new Error(`incomplete route ${JSON.stringify(answers)}`);
  return replay.outcome;
}

const pageHtml = (answers: Answers, locale: Locale, resolved: ResolvedContacts) => {
  const journey = journeyOf(answers);
  const page = resultPage({ locale, journey, intact: true });
  if (page.kind !== "result") throw new Error(`no result for ${JSON.stringify(answers)}`);
  const provider: ComponentProps<typeof NextIntlClientProvider> = {
    locale,
    messages: MESSAGES[locale],
    timeZone: DANISH_TIME_ZONE,
    children: createElement(ResultPageView, { locale, journey, page, resolved, today: todayInDenmark() }),
  };
  return renderToStaticMarkup(createElement(NextIntlClientProvider, provider));
};

describe.each(testDatabaseTargets())("the result in the browser on $name", ({ create }) => {
  const database = testDatabase(create);

  it.each(Object.entries(PERSONAS))(
    "is the server's result for every route of the %s, in each of the 98 municipalities and both languages",
    async (_name, persona) => {
      const sent = JSON.stringify({ asOf: todayInDenmark(), ...(await loadDirectory(database.db)) });
      const copy = directorySnapshotSchema.parse(JSON.parse(sent));
      const routes = routesOf(persona);
      expect(routes.length).toBeGreaterThan(1);
      const compared = new Set<string>();
      for (const municipalityCode of MUNICIPALITY_CODES) {
        for (const locale of LOCALES) {
          for (const route of routes) {
            const answers = { ...route, municipalityCode };
            const bodies = bodiesToResolve(routeOutcome(answers));
            const key = `${bodies.join()} ${municipalityCode} ${locale}`;
            if (compared.has(key)) continue;
            compared.add(key);
            const fromServer = await resolveContacts({ db: () => database.db, bodies, municipalityCode, locale });
            const inBrowser = resolveFromSnapshot(copy, bodies, municipalityCode, locale);
            expect(inBrowser, key).toEqual(fromServer);
          }
          // The persona's own page, whole: its contacts, duties and texts.
          const answers = { ...persona, municipalityCode };
          const bodies = bodiesToResolve(routeOutcome(answers));
          const fromServer = await resolveContacts({ db: () => database.db, bodies, municipalityCode, locale });
          const inBrowser = resolveFromSnapshot(copy, bodies, municipalityCode, locale);
          expect(pageHtml(answers, locale, inBrowser), `${municipalityCode} ${locale}`).toBe(pageHtml(answers, locale, fromServer));
        }
      }
      console.info(`${routes.length} routes: ${compared.size} resolutions (bodies, municipality, language) compared`);
    },
    120_000,
  );
});
