import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GUESSABLE_BODIES } from "@/lib/training/guess";
import { roomSummary, summaryCsv, type QuestionTally } from "@/lib/training/room/room-summary";
import type { Scenario } from "@/lib/training/scenario";
import { seededScenarios } from "@/lib/training/scenarios.server";
import type { Locale } from "@/machines/locale";
import { replayAnswers } from "@/machines/replay";
import type { Outcome } from "@/machines/vocabulary";

const scenario = (slug: string) => seededScenarios().find((candidate) => candidate.slug === slug)!;
// A pupil sharing violent propaganda: SSP first, then the Info-House and the municipality, with two duties.
const pupil = scenario("elev-deler-voldelig-propaganda");

function outcomeOf(scenario: Scenario): Outcome {
  const replay = replayAnswers(scenario.answers);
  if (replay.status !== "complete") throw new Error(`${scenario.slug} stops before its route ends`);
  return replay.outcome;
}

const threeVotes: QuestionTally[] = [{ question: "first", tally: { counts: { POLICE: 1, SSP: 2 }, voters: 3 } }];

const summaryOf = (of: Scenario, tallies: QuestionTally[], locale: Locale = "da") =>
  roomSummary({ scenario: of, outcome: outcomeOf(of), tallies, locale });
const csvRows = (of: Scenario, tallies: QuestionTally[], locale: Locale = "da"): string[][] =>
  parse(summaryCsv(summaryOf(of, tallies, locale), locale), { bom: true });

describe("a session's summary", () => {
  it("lists every choice of the ballot with its count, the most voted first, and how many voted", () => {
    const [question] = summaryOf(pupil, threeVotes).questions;
    expect(question!.text).toBe("Hvem ville deltagerne kontakte først?");
    expect(question!.voters).toBe(3);
    expect(question!.choices.slice(0, 2)).toEqual([
      { body: "SSP", name: "SSP – skole, socialforvaltning og politi", count: 2 },
      { body: "POLICE", name: "Politiet", count: 1 },
    ]);
    expect(question!.choices.map((choice) => choice.body).sort()).toEqual([...GUESSABLE_BODIES].sort());
    // Bodies nobody chose keep the ballot's order.
    expect(question!.choices[2]).toEqual({ body: "EMERGENCY", name: "Alarmcentralen – 112", count: 0 });
  });

  it("names the model's route as the pages do, the own municipality on R9 included", () => {
    expect(summaryOf(pupil, threeVotes).route).toEqual({
      first: "SSP – skole, socialforvaltning og politi",
      also: ["Infohuset i politikredsen", "Kommunen"],
      duties: ["Skærpet underretningspligt", "Udveksling af oplysninger i SSP, PSP, KSP og Infohuse"],
    });
    const ownMunicipality = summaryOf(scenario("borger-i-din-egen-kommune"), threeVotes);
    expect(ownMunicipality.route.also).toContain("Din kommunes kontaktperson for radikalisering");
    // On the ballot the municipality is the body the phones showed.
    expect(ownMunicipality.questions[0]!.choices.find((choice) => choice.body === "MUNICIPALITY")!.name).toBe("Kommunen");
  });
});

describe("the summary's CSV file", () => {
  it("holds the case, the counts with the total and the route, one row each, in Danish", () => {
    const rows = csvRows(pupil, threeVotes);
    const question = "Hvem ville deltagerne kontakte først?";
    expect(rows.slice(0, 4)).toEqual([
      ["Emne", "Svar", "Antal stemmer"],
      ["Sag", pupil.title.da, ""],
      [question, "SSP – skole, socialforvaltning og politi", "2"],
      [question, "Politiet", "1"],
    ]);
    expect(rows.filter(([item]) => item === question)).toHaveLength(GUESSABLE_BODIES.length + 1);
    expect(rows).toContainEqual([question, "Stemte i alt", "3"]);
    expect(rows.slice(-5)).toEqual([
      ["Modellens rute: kontakt først", "SSP – skole, socialforvaltning og politi", ""],
      ["Modellens rute: kontakt også", "Infohuset i politikredsen", ""],
      ["Modellens rute: kontakt også", "Kommunen", ""],
      ["Modellens rute: pligter og regler", "Skærpet underretningspligt", ""],
      ["Modellens rute: pligter og regler", "Udveksling af oplysninger i SSP, PSP, KSP og Infohuse", ""],
    ]);
  });

  it("is in English at the English address", () => {
    const rows = csvRows(pupil, threeVotes, "en");
    expect(rows[0]).toEqual(["Item", "Answer", "Votes"]);
    expect(rows[1]).toEqual(["Case", pupil.title.en, ""]);
    expect(rows).toContainEqual(["Whom would the participants contact first?", "SSP – schools, social services and police", "2"]);
    expect(rows).toContainEqual(["Whom would the participants contact first?", "Voted in total", "3"]);
    expect(rows).toContainEqual(["The model's route: contact first", "SSP – schools, social services and police", ""]);
  });

  it("says so when nobody voted, nobody else is to be contacted and no duty applies", () => {
    const rows = csvRows(scenario("trussel-i-ventevaerelset"), [{ question: "first", tally: { counts: {}, voters: 0 } }]);
    expect(rows).toContainEqual(["Hvem ville deltagerne kontakte først?", "Stemte i alt", "0"]);
    expect(rows.slice(-3)).toEqual([
      ["Modellens rute: kontakt først", "Alarmcentralen – 112", ""],
      ["Modellens rute: kontakt også", "Ingen andre", ""],
      ["Modellens rute: pligter og regler", "Ingen særlige pligter på denne rute.", ""],
    ]);
  });

  it("holds counts only: no voter token or hash, and every count a whole number", () => {
    const voter = "e2e-voter-000000000001";
    const csv = summaryCsv(summaryOf(pupil, threeVotes), "da");
    expect(csv).not.toContain(voter);
    expect(csv).not.toContain(createHash("sha256").update(voter).digest("hex"));
    expect(csv).not.toMatch(/[0-9a-f]{64}/);
    for (const [, , count] of csvRows(pupil, threeVotes).slice(1)) expect(count).toMatch(/^\d*$/);
  });

  it("quotes a title with a comma and quotes, and keeps a spreadsheet from running one that starts like a formula", () => {
    const quoted = { ...pupil, title: { da: 'Elev, 15 år: "Det er bare for sjov"', en: pupil.title.en } };
    const csv = summaryCsv(summaryOf(quoted, threeVotes), "da");
    expect(csv).toContain('Sag,"Elev, 15 år: ""Det er bare for sjov""",\r\n');
    expect(csvRows(quoted, threeVotes)[1]).toEqual(["Sag", 'Elev, 15 år: "Det er bare for sjov"', ""]);

    const formula = { ...pupil, title: { da: '=HYPERLINK("https://example.com")', en: pupil.title.en } };
    expect(csvRows(formula, threeVotes)[1]![1]).toBe(`'=HYPERLINK("https://example.com")`);
  });

  it("starts with a byte order mark and ends its lines as Windows does, for Excel", () => {
    const csv = summaryCsv(summaryOf(pupil, threeVotes), "da");
    expect(csv.startsWith("\ufeffEmne,Svar,Antal stemmer\r\n")).toBe(true);
    expect(csv.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  });
});
