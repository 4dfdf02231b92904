import { describe, expect, it } from "vitest";
import { directorySeedProblems, type SeedFiles } from "@/lib/directory/directory-seed";
import { MUNICIPALITY_CODES } from "@/lib/directory/municipality-codes";
import { CONTACT_FILES, DIRECTORY_SEED } from "@/lib/directory/seed-files";

const committed = (): SeedFiles => structuredClone({ ...DIRECTORY_SEED, contactFiles: CONTACT_FILES });

/** The committed files with one contact file's records changed. */
function withContacts(file: string, change: (records: Record<string, unknown>[]) => void): SeedFiles {
  const files = committed();
  const target = files.contactFiles.find((candidate) => candidate.file === file)!;
  change(target.records as Record<string, unknown>[]);
  return files;
}

describe("the directory's seed data", () => {
  it("has no problem: every record sourced and dated, every number and address valid, one record per body and unit", () => {
    expect(directorySeedProblems().problems).toEqual([]);
  });

  it("covers the 98 municipalities and the 12 police districts once each", () => {
    const { seed } = directorySeedProblems();
    expect(seed.municipalities.map((municipality) => municipality.code).sort()).toEqual([...MUNICIPALITY_CODES].sort());
    expect(seed.policeDistricts).toHaveLength(12);
  });

  it("gives every record the page it comes from and the date that page shows, or says it shows none", () => {
    const { seed } = directorySeedProblems();
    for (const record of [...seed.municipalities, ...seed.policeDistricts, ...seed.contacts]) {
      expect(() => new URL(record.source)).not.toThrow();
      expect(record).toHaveProperty("sourceDate");
    }
  });

  it("refuses a phone number that is not Danish, an e-mail address that does not parse, and an undated record", () => {
    const broken = withContacts("ssp-contacts.json", ([first, second, third]) => {
      first!.phone = "1234";
      second!.email = "ssp at example.dk";
      delete third!.sourceDate;
    });
    const { problems } = directorySeedProblems(broken);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^ssp-contacts\.json #0 phone: Not a Danish phone number/);
    expect(problems[1]).toMatch(/^ssp-contacts\.json #1 email: /);
    expect(problems[2]).toMatch(/^ssp-contacts\.json #2 sourceDate: /);
  });

  it("accepts a number written with +45 or brackets and 114 for an Info-House, and refuses 112 for SSP and seven digits", () => {
    const numbers = ["+45 96 30 14 48", "(+45) 96 30 14 48", "112", "96 30 14 4"];
    const files = withContacts("ssp-contacts.json", (records) => numbers.forEach((number, index) => (records[index]!.phone = number)));
    (files.contactFiles.find((file) => file.file === "infohouse-contacts.json")!.records[0] as Record<string, unknown>).phone = "114";
    expect(directorySeedProblems(files).problems).toEqual([
      expect.stringMatching(/^ssp-contacts\.json #2 phone: Not a Danish phone number this body can have/),
      expect.stringMatching(/^ssp-contacts\.json #3 phone: /),
    ]);
  });

  it("gives a police district 114 but not a municipality's switchboard", () => {
    const files = committed();
    (files.policeDistricts[0] as Record<string, unknown>).phone = "114";
    (files.municipalities[0] as Record<string, unknown>).phone = "114";
    expect(directorySeedProblems(files).problems).toEqual([expect.stringMatching(/^municipalities\.json #0 phone: /)]);
  });

  it("refuses a second record for the same body and unit, which could only repeat or contradict the first", () => {
    const files = withContacts("ssp-contacts.json", (records) => records.push({ ...records[0]!, id: "ssp-second", phone: "70 10 20 30" }));
    const unit = (files.contactFiles.find((file) => file.file === "ssp-contacts.json")!.records[0] as { municipalityCode: string })
      .municipalityCode;
    expect(directorySeedProblems(files).problems).toEqual([`two records for SSP of municipality ${unit}`]);
  });

  it("refuses a switchboard number read anywhere but on the municipality's own pages", () => {
    const files = committed();
    const [first] = files.municipalities as Record<string, unknown>[];
    first!.phone = "33 66 33 66";
    first!.source = "https://www.example-newspaper.dk/article";
    expect(directorySeedProblems(files).problems).toEqual([
      "municipalities.json #0 source: A switchboard number must come from a page on the municipality's own website.",
    ]);
  });

  it("refuses a contact in a file of another kind and one that names an unknown police district", () => {
    const files = withContacts("ssp-contacts.json", ([first, second]) => {
      first!.body = "PSP";
      second!.municipalityCode = undefined;
      second!.policeDistrictId = "atlantis-politi";
    });
    const ids = files.contactFiles
      .find((file) => file.file === "ssp-contacts.json")!
      .records.map((record) => (record as { id: string }).id);
    expect(directorySeedProblems(files).problems.sort()).toEqual(
      [`${ids[1]}: unknown police district atlantis-politi`, `${ids[0]}: a PSP contact does not belong in its file`].sort(),
    );
  });
});
