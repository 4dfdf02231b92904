import type { z } from "zod";
import {
  contactRecordSchema,
  municipalityRecordSchema,
  policeDistrictRecordSchema,
  regionRecordSchema,
  type ContactRecord,
} from "./seed-records";
import { CONTACT_FILES, DIRECTORY_SEED } from "./seed-files";

export type DirectorySeed = {
  regions: z.infer<typeof regionRecordSchema>[];
  policeDistricts: z.infer<typeof policeDistrictRecordSchema>[];
  municipalities: z.infer<typeof municipalityRecordSchema>[];
  contacts: ContactRecord[];
};

type Checked<T> = { records: T[]; problems: string[] };

function parseAll<T>(file: string, records: unknown[], schema: z.ZodType<T>): Checked<T> {
  const checked: Checked<T> = { records: [], problems: [] };
  records.forEach((record, index) => {
    const result = schema.safeParse(record);
    if (result.success) checked.records.push(result.data);
    else for (const issue of result.error.issues) checked.problems.push(`${file} #${index} ${issue.path.join(".")}: ${issue.message}`);
  });
  return checked;
}

const duplicates = (keys: string[]) => [...new Set(keys.filter((key, index) => keys.indexOf(key) !== index))];

/** The unit a contact belongs to, e.g. "municipality 740", or "national". */
const unitOf = (record: ContactRecord) =>
  record.municipalityCode
    ? `municipality ${record.municipalityCode}`
    : record.policeDistrictId
      ? `police district ${record.policeDistrictId}`
      : record.regionId
        ? `region ${record.regionId}`
        : "national";

function crossChecks(seed: DirectorySeed, bodiesOf: Map<string, string>): string[] {
  const regionIds = new Set(seed.regions.map((region) => region.id));
  const districtIds = new Set(seed.policeDistricts.map((district) => district.id));
  const problems = [
    ...duplicates(seed.contacts.map((record) => record.id)).map((id) => `contact id ${id} is used twice`),
    ...duplicates(seed.municipalities.map((record) => record.code)).map((code) => `municipality ${code} is listed twice`),
    // One record per body and unit: a second one could only repeat or contradict the first.
    ...duplicates(seed.contacts.map((record) => `${record.body} of ${unitOf(record)}`)).map((key) => `two records for ${key}`),
  ];
  for (const municipality of seed.municipalities) {
    if (!regionIds.has(municipality.regionId)) problems.push(`municipality ${municipality.code}: unknown region ${municipality.regionId}`);
    if (!districtIds.has(municipality.policeDistrictId))
      problems.push(`municipality ${municipality.code}: unknown police district ${municipality.policeDistrictId}`);
  }
  for (const contact of seed.contacts) {
    if (contact.regionId && !regionIds.has(contact.regionId)) problems.push(`${contact.id}: unknown region ${contact.regionId}`);
    if (contact.policeDistrictId && !districtIds.has(contact.policeDistrictId))
      problems.push(`${contact.id}: unknown police district ${contact.policeDistrictId}`);
    const allowed = bodiesOf.get(contact.id);
    if (allowed && !allowed.split(",").includes(contact.body))
      problems.push(`${contact.id}: a ${contact.body} contact does not belong in its file`);
  }
  return problems;
}

export type SeedFiles = { regions: unknown[]; policeDistricts: unknown[]; municipalities: unknown[]; contactFiles: typeof CONTACT_FILES };

/**
 * Every problem in the directory's seed files, each naming the file or record, and the records that passed;
 * without an argument, the files in prisma/seed-data.
 */
export function directorySeedProblems(files: SeedFiles = { ...DIRECTORY_SEED, contactFiles: CONTACT_FILES }): {
  seed: DirectorySeed;
  problems: string[];
} {
  const regions = parseAll("regions.json", files.regions, regionRecordSchema);
  const policeDistricts = parseAll("police-districts.json", files.policeDistricts, policeDistrictRecordSchema);
  const municipalities = parseAll("municipalities.json", files.municipalities, municipalityRecordSchema);
  const contactFiles = files.contactFiles.map(({ file, records }) => parseAll(file, records, contactRecordSchema));
  const bodiesOf = new Map(
    files.contactFiles.flatMap(({ bodies }, index) => contactFiles[index]!.records.map((record) => [record.id, bodies.join(",")] as const)),
  );
  const seed: DirectorySeed = {
    regions: regions.records,
    policeDistricts: policeDistricts.records,
    municipalities: municipalities.records,
    contacts: contactFiles.flatMap((file) => file.records),
  };
  const problems = [regions, policeDistricts, municipalities, ...contactFiles].flatMap((checked) => checked.problems);
  return { seed, problems: [...problems, ...crossChecks(seed, bodiesOf)] };
}
