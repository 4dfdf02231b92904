import { coverageTable, directoryCoverage } from "../lib/directory/coverage";
import { directorySeedProblems } from "../lib/directory/directory-seed";
import { MUNICIPALITY_NAMES } from "../lib/directory/municipality-names";
import type { Answers } from "../machines/vocabulary";

// The directory's coverage: counted from the seed data (the table in docs/sources.md), and, given the
// address of a running server, how often a worker gets a body's own contact rather than a marked fallback,
// counted through the route API for every municipality: `npm run coverage:directory -- http://localhost:3000`.
// It prints figures; it does not pass or fail.
const base = process.argv[2];

const NO_CRIME = { acuteDanger: false, crimeSuspected: "no", concern: "radicalisation" } as const;

const PROFILES: { name: string; answers: Answers }[] = [
  {
    name: "teacher, pupil under 18",
    answers: { ...NO_CRIME, workplace: "education", ageBand: "under18", inPsychiatricTreatment: false, inPrisonOrProbation: false },
  },
  {
    name: "psychiatric nurse, patient",
    answers: { ...NO_CRIME, workplace: "psychiatry", ageBand: "25plus", inPsychiatricTreatment: true, inPrisonOrProbation: false },
  },
  {
    name: "youth worker, 18–24",
    answers: { ...NO_CRIME, workplace: "other", ageBand: "18to24", inPsychiatricTreatment: false, inPrisonOrProbation: false },
  },
  {
    name: "social worker, adult",
    answers: { ...NO_CRIME, workplace: "social_services", ageBand: "25plus", inPsychiatricTreatment: false, inPrisonOrProbation: false },
  },
  {
    name: "prison officer, inmate",
    answers: { ...NO_CRIME, workplace: "prison_probation", ageBand: "25plus", inPsychiatricTreatment: false, inPrisonOrProbation: true },
  },
];

type RouteContact = { body: string; fallback: boolean; phone?: string; email?: string; channel?: string; audience?: string; name: string };
type RouteResponse = { outcome: { primary: string; also: string[] }; contacts: RouteContact[] };

async function route(answers: Answers, municipalityCode: string): Promise<RouteResponse> {
  const response = await fetch(`${base}/api/v1/route`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...answers, municipalityCode, adviceFirst: false }),
  });
  if (!response.ok) throw new Error(`${response.status} from ${base} for ${municipalityCode}: ${await response.text()}`);
  return (await response.json()) as RouteResponse;
}

const hasOwnContact = (result: RouteResponse, body: string) =>
  result.contacts.some((contact) => contact.body === body && !contact.fallback);
const canBePhoned = (result: RouteResponse, body: string) => result.contacts.some((contact) => contact.body === body && contact.phone);

console.log(`Directory coverage in prisma/seed-data\n\n${coverageTable(directoryCoverage(directorySeedProblems().seed))}\n`);
if (!base) process.exit(0);

console.log(`Directory coverage through ${base}/api/v1/route, ${MUNICIPALITY_NAMES.length} municipalities\n`);
console.log("| who | body | own contact | marked fallback | of those, with a number to call |");
console.log("|---|---|---|---|---|");
for (const profile of PROFILES) {
  const results = await Promise.all(MUNICIPALITY_NAMES.map(([code]) => route(profile.answers, code)));
  const bodies = [results[0]!.outcome.primary, ...results[0]!.outcome.also].filter((body) => body !== "PET");
  for (const [index, body] of bodies.entries()) {
    const own = results.filter((result) => hasOwnContact(result, body));
    const fallbacks = results.filter((result) => !own.includes(result));
    const phoned = fallbacks.filter((result) => canBePhoned(result, body)).length;
    const label = index === 0 ? `${profile.name} (first contact)` : "";
    console.log(`| ${label} | ${body} | ${own.length} | ${fallbacks.length} | ${phoned} |`);
  }
}

// What a worker can reach in each municipality, counted from the same answers: the municipality's own number, a
// specific SSP or Info-House contact, the police district's own number, a PSP number that is not 114.
const SHORT = new Set(["112", "114"]);
const resultsFor = (answers: Answers) => Promise.all(MUNICIPALITY_NAMES.map(([code]) => route(answers, code)));
const teacher = await resultsFor(PROFILES[0]!.answers);
const nurse = await resultsFor(PROFILES[1]!.answers);
const police = await resultsFor({ ...NO_CRIME, crimeSuspected: "yes", workplace: "other", ageBand: "25plus" });
const count = (results: RouteResponse[], has: (contact: RouteContact) => boolean) =>
  results.filter((result) => result.contacts.some(has)).length;
const districtsWithNumber = new Set(
  police.flatMap((result) =>
    result.contacts
      .filter((contact) => contact.body === "POLICE" && !contact.fallback && contact.phone && !SHORT.has(contact.phone))
      .map((contact) => contact.name),
  ),
).size;
console.log("\n| what a worker reaches | municipalities |\n|---|---|");
console.log(
  `| the municipality's own number (switchboard or Borgerservice) | ${count(teacher, (contact) => contact.body === "MUNICIPALITY" && contact.channel !== undefined && contact.phone !== undefined)} |`,
);
console.log(
  `| a specific SSP contact with a phone or e-mail | ${count(teacher, (contact) => contact.body === "SSP" && !contact.fallback && Boolean(contact.phone ?? contact.email))} |`,
);
console.log(
  `| a specific SSP or Info-House contact with a phone or e-mail | ${count(teacher, (contact) => ["SSP", "INFOHOUSE"].includes(contact.body) && !contact.fallback && Boolean(contact.phone ?? contact.email))} |`,
);
console.log(
  `| a PSP number that is not 114 (the nurse) | ${count(nurse, (contact) => contact.body === "PSP" && contact.phone !== undefined && !SHORT.has(contact.phone))} |`,
);
console.log(`| police districts with a number of their own | ${districtsWithNumber} of 12 |`);
