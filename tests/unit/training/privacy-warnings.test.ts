import { describe, expect, it } from "vitest";
import { PRIVACY_WARNING_KINDS, privacyWarnings } from "@/lib/training/authoring/privacy-warnings";
import { caseFormValues, readCaseForm, sourceField } from "@/lib/training/authoring/case-form";
import { authoredCaseSchema, MAX_CASE_TEXT, type AuthoredCase } from "@/lib/training/scenario";
import da from "@/messages/da.json";
import en from "@/messages/en.json";
import scenarioSeed from "@/prisma/seed-data/scenarios.json" with { type: "json" };

const library: AuthoredCase[] = scenarioSeed.map((record) => authoredCaseSchema.parse(record));

describe("the privacy warnings on a text", () => {
  it.each([
    ["Pigens cpr-nummer er 150394-1234, står der på sedlen.", "150394-1234"],
    ["Han oplyser sit personnummer 0112051234 til sekretæren.", "0112051234"],
    ["På journalen står 290208 4321.", "290208 4321"],
  ])("catches a cpr-number in %j", (text, excerpt) => {
    expect(privacyWarnings(text)).toEqual([{ kind: "cpr", excerpt }]);
  });

  it.each([
    ["Moren ringer fra 23 45 67 89 og beder om at blive ringet op.", "23 45 67 89"],
    ["Hun giver dig sit nummer, 2345 6789.", "2345 6789"],
    ["Faren kan nås på 23456789 efter kl. 16.", "23456789"],
    ["Skriv en sms til +45 87 65 43 21.", "+45 87 65 43 21"],
    ["Ring til 0045 40123456.", "0045 40123456"],
  ])("catches a phone number in %j", (text, excerpt) => {
    expect(privacyWarnings(text)).toEqual([{ kind: "phone", excerpt }]);
  });

  it.each([
    ["Han skriver fra mads.jensen2009@gmail.com om natten.", "mads.jensen2009@gmail.com"],
    ["Kontakt klasselæreren på lise@skole.aarhus.dk.", "lise@skole.aarhus.dk"],
  ])("catches an e-mail address in %j", (text, excerpt) => {
    expect(privacyWarnings(text)).toEqual([{ kind: "email", excerpt }]);
  });

  it.each([
    ["Familien bor på Rosenvej 12 i Silkeborg.", "Rosenvej 12"],
    ["Han har lejet et værelse på Vesterbrogade 4B.", "Vesterbrogade 4B"],
    ["Hun bor i en opgang på Nørre Allé 12, 2. tv sammen med sin mor.", "Nørre Allé 12, 2. tv"],
    ["Mødet er på H.C. Andersens Boulevard 27.", "H.C. Andersens Boulevard 27"],
    ["Lejligheden på Søndergade 3, st. th. er hans mors.", "Søndergade 3, st. th."],
    ["He lives at Kirkebakken 7 with his father.", "Kirkebakken 7"],
  ])("catches a street address in %j", (text, excerpt) => {
    expect(privacyWarnings(text)).toEqual([{ kind: "address", excerpt }]);
  });

  it("warns once about a number inside an e-mail address", () => {
    expect(privacyWarnings("Hun skriver fra 23456789@sms.dk.")).toEqual([{ kind: "email", excerpt: "23456789@sms.dk" }]);
  });

  it("lists several findings in the order they appear", () => {
    expect(privacyWarnings("Jonas (120307-4567) bor på Parkvej 3 og har nummeret 31 22 44 55.").map(({ kind }) => kind)).toEqual([
      "cpr",
      "address",
      "phone",
    ]);
  });

  it.each([
    "En 14-årig elev i 8. klasse, og hans søster på 17 år.",
    "A 14-year-old pupil in year 8.",
    "I 2026 skete det to gange, fra 2019 til 2023 og igen den 3. marts kl. 14.30.",
    "Retsplejeloven § 115 og sundhedsloven § 43, stk. 2, nr. 2.",
    "Hvornår ville det være 112 i stedet for 114? Ring 1813 om natten.",
    "Omkring 25 % af eleverne, og det koster 25.000 kr.",
    "Han har boet i Ishøj 3 år og i Vejen 2 måneder.",
    "Alle 3 elever har set videoen. They have 2 children.",
    "Datoen 310294-1234 findes ikke, og heller ikke 151394-1234.",
    "Mellem 18 og 24 år, ikke 25.",
  ])("does not fire on %j", (text) => {
    expect(privacyWarnings(text)).toEqual([]);
  });
});

describe("the privacy warnings on a case", () => {
  const [teacher] = library;
  if (!teacher) throw new Error("The seed has no cases");

  it("do not fire on any text of the seeded library", () => {
    const warnings = (scenario: AuthoredCase) => readCaseForm(caseFormValues(scenario, ""), scenario.slug).warnings;
    expect(library.flatMap((scenario) => warnings(scenario).map((warning) => ({ slug: scenario.slug, ...warning })))).toEqual([]);
  });

  it("name the editor's field of each finding, in both languages", () => {
    const altered: AuthoredCase = {
      ...teacher,
      narrative: { ...teacher.narrative, da: `${teacher.narrative.da} Drengen bor på Skolevej 4.` },
      learningPoints: teacher.learningPoints.map((point, index) =>
        index === 1 ? { ...point, en: `${point.en} Call the head on 87 65 43 21.` } : point,
      ),
      sources: [{ ...teacher.sources[0]!, note: { da: "Mail fra lise@skole.dk", en: "" } }],
    };
    expect(readCaseForm(caseFormValues(altered, ""), altered.slug).warnings).toEqual([
      { field: "narrativeDa", kind: "address", excerpt: "Skolevej 4" },
      { field: "learningPointsEn", kind: "phone", excerpt: "87 65 43 21" },
      { field: sourceField(0, "noteDa"), kind: "email", excerpt: "lise@skole.dk" },
    ]);
  });

  it("read no further than the longest text a case holds, which is refused as too long", () => {
    // The patterns take time that grows faster than the text: a posted megabyte must not hold the server.
    const read = readCaseForm({ narrativeDa: `${"a".repeat(MAX_CASE_TEXT)} 87 65 43 21` }, "sag");
    expect(read.warnings).toEqual([]);
    expect(read.errors.narrativeDa).toBe("tooLong");
  });

  it("explain each kind in both languages", () => {
    for (const messages of [da, en])
      expect(Object.keys(messages.caseAuthoring.privacy.kinds).sort()).toEqual([...PRIVACY_WARNING_KINDS].sort());
  });
});
