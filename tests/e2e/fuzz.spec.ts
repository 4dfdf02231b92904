// Generated requests of every odd kind: none may get a 5xx, and no page may give back a payload unescaped.
// The seed is printed; FUZZ_SEED=<seed> replays a run.
import fc from "fast-check";
import { LEAN_TRACE, test } from "./support/fixtures";
import { fuzz, oddText, RUNS, SEED } from "./support/fuzz";

test.use(LEAN_TRACE);
test.describe.configure({ timeout: 240_000 });

const ANSWER_KEYS = [
  "acuteDanger",
  "crimeSuspected",
  "concern",
  "workplace",
  "ageBand",
  "inPsychiatricTreatment",
  "inPrisonOrProbation",
  "municipalityCode",
  "adviceFirst",
  "locale",
];

const apiBody = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc
    .dictionary(fc.oneof(fc.constantFrom(...ANSWER_KEYS, "__proto__", "constructor"), oddText), fc.jsonValue())
    .map((value) => JSON.stringify(value)),
  fc
    .record(Object.fromEntries(ANSWER_KEYS.map((key) => [key, fc.oneof(fc.jsonValue(), oddText)])), { requiredKeys: [] })
    .map((value) => JSON.stringify(value)),
  oddText,
);

const PAGES = [
  "",
  "/en",
  "/trin/kommune",
  "/trin/forbrydelse",
  "/tjek",
  "/resultat",
  "/kontakter",
  "/kontakter/meld-fejl/contact:ssp-159",
  "/kontakter/meld-fejl",
  "/tegn-paa-bekymring",
  "/traening",
  "/traening/naboens-soen",
  "/traening/naboens-soen/svar",
  "/traening/deltag",
  "/traening/projektor",
  "/en/traening/model",
];
const QUERY_KEYS = ["a", "kommune", "rolle", "regel", "forst", "fra", "sprog", "fejl", "reason", "suggestedChannel", "x"];

const pageUrl = fc
  .tuple(
    fc.constantFrom(...PAGES),
    fc.array(
      oddText.map((text) => encodeURIComponent(text).slice(0, 300)),
      { maxLength: 2 },
    ),
    fc.array(
      fc.tuple(fc.constantFrom(...QUERY_KEYS), fc.oneof(oddText, fc.constantFrom("1.d1.c1.k0.w0.p1.h1.a0.m751.r1", "1.d1", "2.zz", "1."))),
      { maxLength: 3 },
    ),
    fc.boolean(),
  )
  .map(([page, segments, query, raw]) => {
    const path = `/${[page, ...segments].join("/").replace(/^\/+/, "")}`;
    const search = query.map(([key, value]) => `${key}=${raw ? value.replace(/[#\s]/g, "") : encodeURIComponent(value)}`).join("&");
    return search ? `${path}?${search}` : path;
  });

test(`${RUNS} generated bodies for the route API`, async ({ request }) => {
  const cases = fc.sample(apiBody, { seed: SEED, numRuns: RUNS });
  await fuzz("API bodies", cases, async (body) => {
    const response = await request.post("/api/v1/route", { headers: { "Content-Type": "application/json" }, data: body });
    return { status: response.status(), text: await response.text() };
  });
});

test(`${RUNS} generated page addresses and URL states`, async ({ request }) => {
  const cases = fc.sample(pageUrl, { seed: SEED, numRuns: RUNS });
  await fuzz("page addresses", cases, async (url) => {
    const response = await request.get(url, { maxRedirects: 0 });
    return { status: response.status(), text: await response.text() };
  });
});
