import { sspOf } from "./support/directory";
import { expect, test } from "@playwright/test";
import {
  LEAVING_EXTREMISM_ANSWERS,
  NEIGHBOUR_ANSWERS,
  NURSE_ANSWERS,
  PRISON_OFFICER_ANSWERS,
  TEACHER_ANSWERS,
  TEACHER_SUSPECTING_A_CRIME_ANSWERS,
} from "../helpers/personas";

const ROUTE = "/api/v1/route";

// One case per rule, written from the routing rules in docs/domain.md.
const RULE_CASES = [
  { rule: "R0", primary: "EMERGENCY", answers: { acuteDanger: true } },
  { rule: "R1", primary: "POLICE", answers: TEACHER_SUSPECTING_A_CRIME_ANSWERS },
  {
    rule: "R2",
    primary: "INFOHOUSE",
    answers: {
      acuteDanger: false,
      crimeSuspected: "no",
      concern: "travel",
      workplace: "education",
      ageBand: "under18",
      municipalityCode: "751",
    },
  },
  { rule: "R3", primary: "INFOHOUSE", answers: LEAVING_EXTREMISM_ANSWERS },
  {
    rule: "R4",
    primary: "NFC_EXIT",
    answers: {
      acuteDanger: false,
      crimeSuspected: "no",
      concern: "exit_gang",
      workplace: "social_services",
      ageBand: "18to24",
      municipalityCode: "851",
    },
  },
  {
    rule: "R5",
    primary: "STUK",
    answers: { acuteDanger: false, crimeSuspected: "no", concern: "general_prevention", workplace: "education" },
  },
  {
    rule: "R6",
    primary: "MUNICIPALITY",
    answers: {
      acuteDanger: false,
      crimeSuspected: "no",
      concern: "wellbeing",
      workplace: "education",
      ageBand: "under18",
      municipalityCode: "147",
    },
  },
  { rule: "R7", primary: "HOTLINE", answers: { ...TEACHER_ANSWERS, adviceFirst: true } },
  { rule: "R8a", primary: "HOTLINE", answers: NEIGHBOUR_ANSWERS },
  { rule: "R8b", primary: "KRIMINALFORSORGEN", answers: PRISON_OFFICER_ANSWERS },
  { rule: "R8c", primary: "PSP", answers: NURSE_ANSWERS },
  // The teacher in København, whose SSP the directory has a number for.
  { rule: "R8d", primary: "SSP", answers: { ...TEACHER_ANSWERS, municipalityCode: "101" } },
  {
    rule: "R8e",
    primary: "SSP",
    answers: {
      acuteDanger: false,
      crimeSuspected: "no",
      concern: "radicalisation",
      workplace: "health",
      inPrisonOrProbation: false,
      inPsychiatricTreatment: false,
      ageBand: "18to24",
      municipalityCode: "101",
      adviceFirst: false,
    },
  },
  {
    rule: "R8f",
    primary: "INFOHOUSE",
    answers: {
      acuteDanger: false,
      crimeSuspected: "no",
      concern: "radicalisation",
      workplace: "other",
      inPrisonOrProbation: false,
      inPsychiatricTreatment: false,
      ageBand: "25plus",
      municipalityCode: "740",
      adviceFirst: false,
    },
  },
  {
    rule: "R9",
    primary: "INFOHOUSE",
    answers: {
      acuteDanger: false,
      crimeSuspected: "no",
      concern: "radicalisation",
      workplace: "social_services",
      inPrisonOrProbation: false,
      inPsychiatricTreatment: false,
      ageBand: "unknown",
      municipalityCode: "101",
      adviceFirst: false,
    },
  },
] as const;

for (const { rule, primary, answers } of RULE_CASES) {
  test(`${rule}: answers route to ${primary}`, async ({ request }) => {
    const response = await request.post(ROUTE, { data: answers });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.outcome.rule).toBe(rule);
    expect(body.outcome.primary).toBe(primary);
    expect(body.directory).toBe("ok");
    const primaryContacts = body.contacts.filter((contact: { body: string }) => contact.body === primary);
    expect(primaryContacts.length).toBeGreaterThan(0);
    for (const contact of body.contacts) {
      expect(contact.source).toBeTruthy();
      expect(contact.verifiedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(body.reasons.length).toBeGreaterThan(0);
  });
}

test("the teacher's route names SSP, the Info-House of Københavns Politi, the duty to notify and its legal basis", async ({ request }) => {
  const response = await request.post(ROUTE, { data: RULE_CASES.find((c) => c.rule === "R8d")!.answers });
  const body = await response.json();
  expect(body.outcome).toEqual({
    rule: "R8d",
    primary: "SSP",
    also: ["INFOHOUSE", "MUNICIPALITY"],
    duties: ["NOTIFY_MUNICIPALITY", "SHARING_115"],
  });
  const ssp = sspOf("101")!;
  expect(body.contacts.find((c: { body: string }) => c.body === "SSP")).toMatchObject({ phone: ssp.phone, url: ssp.url, fallback: false });
  expect(body.contacts.find((c: { body: string }) => c.body === "INFOHOUSE")).toMatchObject({
    name: "Københavns Politi",
    phone: "114",
    fallback: true,
  });
  expect(body.legalBasis.map((basis: { citation: string }) => basis.citation).join(" ")).toMatch(
    /Barnets lov §\s133.*Retsplejeloven §\s115/,
  );
  expect(body.reasons.join(" ")).toContain("under 18 år");
});

test("English answers come back in English", async ({ request }) => {
  const response = await request.post(ROUTE, { data: { ...RULE_CASES[0].answers, locale: "en" } });
  const body = await response.json();
  expect(body.contacts[0].name).toBe("Emergency services – 112");
});

test("a missing answer the route needs gives 422 with the next field", async ({ request }) => {
  const response = await request.post(ROUTE, { data: { acuteDanger: false, crimeSuspected: "no", concern: "radicalisation" } });
  expect(response.status()).toBe(422);
  expect(await response.json()).toEqual({ error: "incomplete", next: "workplace" });
});

test("an empty body asks for the first question", async ({ request }) => {
  const response = await request.post(ROUTE, { data: {} });
  expect(response.status()).toBe(422);
  expect(await response.json()).toEqual({ error: "incomplete", next: "acuteDanger" });
});

test.describe("bad input gives 400 invalid_input with the path of each problem", () => {
  const cases = [
    { name: "wrong type", data: { acuteDanger: "yes" }, path: ["acuteDanger"] },
    { name: "unknown value", data: { acuteDanger: false, concern: "weather" }, path: ["concern"] },
    { name: "unknown field", data: { acuteDanger: false, name: "Ahmed" }, path: [] },
    { name: "municipality that is not one of the 98", data: { municipalityCode: "999" }, path: ["municipalityCode"] },
    { name: "prototype pollution key", raw: '{"__proto__":{"admin":true},"acuteDanger":true}', path: [] },
    { name: "constructor key", raw: '{"constructor":{"prototype":{"x":1}}}', path: [] },
    { name: "nested arrays", raw: "[".repeat(4000) + "]".repeat(4000), path: [] },
    { name: "not JSON", raw: "acuteDanger=true", path: [] },
    { name: "a JSON string", raw: '"hello"', path: [] },
  ];
  for (const { name, data, raw, path } of cases) {
    test(name, async ({ request }) => {
      const response = await request.post(
        ROUTE,
        raw === undefined ? { data } : { data: raw, headers: { "content-type": "application/json" } },
      );
      expect(response.status()).toBe(400);
      const body = await response.json();
      expect(body.error).toBe("invalid_input");
      expect(body.issues.length).toBeGreaterThan(0);
      expect(body.issues[0].path).toEqual(path);
      expect(typeof body.issues[0].message).toBe("string");
    });
  }
});

test("a body over 16 KB gives 413, also a 10 MB string", async ({ request }) => {
  const justOver = await request.post(ROUTE, { data: { acuteDanger: true, padding: "x".repeat(16 * 1024) } });
  expect(justOver.status()).toBe(413);
  const huge = await request.post(ROUTE, {
    data: JSON.stringify({ concern: "x".repeat(10 * 1024 * 1024) }),
    headers: { "content-type": "application/json" },
  });
  expect(huge.status()).toBe(413);
  expect(await huge.json()).toEqual({ error: "too_large", maxBytes: 16384 });
});

test("the OpenAPI document describes the route", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = await response.json();
  expect(document.openapi).toBe("3.1.0");
  const requestSchema = document.components.schemas.RouteRequest;
  expect(requestSchema.additionalProperties).toBe(false);
  expect(requestSchema.properties.municipalityCode.enum).toHaveLength(98);
  expect(Object.keys(document.paths["/api/v1/route"].post.responses).sort()).toEqual(["200", "400", "413", "415", "422"]);
  expect(Object.keys(document.paths["/api/v1/traening/{code}"].get.responses).sort()).toEqual(["200", "404", "503"]);
  const vote = document.paths["/api/v1/traening/{code}/stemmer"].post;
  expect(Object.keys(vote.responses).sort()).toEqual(["201", "400", "403", "404", "409", "413", "415", "429", "503"]);
  expect(document.components.schemas.Vote.additionalProperties).toBe(false);
});

test("the status answers accept “don't know”, and the OpenAPI document says so and names both duties to notify", async ({ request }) => {
  const document = await (await request.get("/api/v1/openapi.json")).json();
  const status = JSON.stringify(document.components.schemas.RouteRequest.properties.inPrisonOrProbation);
  expect(status).toContain('"boolean"');
  expect(status).toContain('"unknown"');
  expect(JSON.stringify(document.components.schemas.RouteResponse)).toContain("NOTIFY_MUNICIPALITY_GENERAL");

  const teacher = RULE_CASES.find((c) => c.rule === "R8d")!.answers;
  const unsure = await request.post(ROUTE, { data: { ...teacher, inPrisonOrProbation: "unknown", inPsychiatricTreatment: "unknown" } });
  expect(unsure.status()).toBe(200);
  expect((await unsure.json()).outcome).toMatchObject({ rule: "R8d", also: ["INFOHOUSE", "MUNICIPALITY", "KSP", "PSP"] });
});

test("a parent worried about a child has everyone's duty to notify, a teacher the heightened one", async ({ request }) => {
  const wellbeing = { acuteDanger: false, crimeSuspected: "no", concern: "wellbeing", ageBand: "under18", municipalityCode: "751" };
  const parent = await (await request.post(ROUTE, { data: { ...wellbeing, workplace: "private" } })).json();
  expect(parent.outcome.duties).toEqual(["NOTIFY_MUNICIPALITY_GENERAL"]);
  const teacher = await (await request.post(ROUTE, { data: { ...wellbeing, workplace: "education" } })).json();
  expect(teacher.outcome.duties).toEqual(["NOTIFY_MUNICIPALITY"]);
});
