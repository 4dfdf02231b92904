import type { DirectorySeed } from "./directory-seed";
import type { ContactRecord } from "./seed-records";
import type { BodyKey } from "@/machines/vocabulary";

/** How many units of one kind have a contact of their own, by how it can be reached. */
export type CoverageRow = { kind: string; units: number; counts: [label: string, count: number][] };

const reachable = (record: ContactRecord) => Boolean(record.phone || record.email);

function municipalRow(seed: DirectorySeed, kind: string, bodies: BodyKey[]): CoverageRow {
  const records = seed.contacts.filter((record) => bodies.includes(record.body));
  const own = (code: string) =>
    records.filter((record) => record.municipalityCode === code).sort((a, b) => Number(reachable(b)) - Number(reachable(a)))[0];
  const districtWide = new Set(records.filter((record) => record.policeDistrictId).map((record) => record.policeDistrictId));
  let withChannel = 0;
  let pageOnly = 0;
  let districtOnly = 0;
  for (const municipality of seed.municipalities) {
    const record = own(municipality.code);
    if (record && reachable(record)) withChannel++;
    else if (record) pageOnly++;
    else if (districtWide.has(municipality.policeDistrictId)) districtOnly++;
  }
  const units = seed.municipalities.length;
  return {
    kind,
    units,
    counts: [
      ["own phone or e-mail", withChannel],
      ["own page only", pageOnly],
      ["police district's contact only", districtOnly],
      ["fallback", units - withChannel - pageOnly - districtOnly],
    ],
  };
}

function unitRow(kind: string, units: string[], contactOf: (unit: string) => ContactRecord | undefined): CoverageRow {
  const records = units.map(contactOf);
  const withChannel = records.filter((record) => record && reachable(record)).length;
  const pageOnly = records.filter((record) => record && !reachable(record)).length;
  return {
    kind,
    units: units.length,
    counts: [
      ["own phone or e-mail", withChannel],
      ["own page only", pageOnly],
      ["police district's contact only", 0],
      ["fallback", units.length - withChannel - pageOnly],
    ],
  };
}

/** The directory's coverage per kind of body, counted from its seed data. */
export function directoryCoverage(seed: DirectorySeed): CoverageRow[] {
  const districts = seed.policeDistricts.map((district) => district.id);
  const regions = seed.regions.map((region) => region.id);
  const contact = (body: BodyKey, unit: (record: ContactRecord) => string | undefined) => (id: string) =>
    seed.contacts.find((record) => record.body === body && unit(record) === id);
  const withPhone = seed.municipalities.filter((municipality) => municipality.phone).length;
  return [
    {
      kind: "Municipality: switchboard",
      units: seed.municipalities.length,
      counts: [
        ["own phone or e-mail", withPhone],
        ["own page only", seed.municipalities.length - withPhone],
        ["police district's contact only", 0],
        ["fallback", 0],
      ],
    },
    municipalRow(seed, "Municipality: SSP", ["SSP"]),
    municipalRow(seed, "Municipality: Info-House", ["INFOHOUSE"]),
    municipalRow(seed, "Municipality: SSP or Info-House", ["SSP", "INFOHOUSE"]),
    municipalRow(seed, "Municipality: notifications about children", ["MUNICIPALITY"]),
    {
      kind: "Police district: own channel",
      units: districts.length,
      counts: [
        ["own phone or e-mail", seed.policeDistricts.filter((district) => district.phone || district.email).length],
        ["own page only", seed.policeDistricts.filter((district) => !district.phone && !district.email).length],
        ["police district's contact only", 0],
        ["fallback", 0],
      ],
    },
    unitRow(
      "Police district: Info-House",
      districts,
      contact("INFOHOUSE", (record) => record.policeDistrictId),
    ),
    unitRow(
      "Region: PSP",
      regions,
      contact("PSP", (record) => record.regionId),
    ),
    unitRow(
      "Police district: KSP",
      districts,
      contact("KSP", (record) => record.policeDistrictId),
    ),
  ];
}

/** The coverage as the Markdown table in docs/sources.md. */
export function coverageTable(rows: CoverageRow[]): string {
  const labels = rows[0]!.counts.map(([label]) => label);
  return [
    `| kind | units | ${labels.join(" | ")} |`,
    `|---|---|${labels.map(() => "---").join("|")}|`,
    ...rows.map((row) => `| ${row.kind} | ${row.units} | ${row.counts.map(([, count]) => count).join(" | ")} |`),
  ].join("\n");
}
