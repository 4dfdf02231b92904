// The directory as the seed files hold it, without a database: what a page shows on the day of the seed.
import { directorySeedProblems } from "../../lib/directory/directory-seed";
import type { Directory } from "../../lib/directory/directory-snapshot";
import { scopeOf } from "../../lib/directory/seed-records";

export function seedDirectory(): Directory {
  const { seed, problems } = directorySeedProblems();
  if (problems.length > 0) throw new Error(problems.join("\n"));
  const districts = new Map(seed.policeDistricts.map((district) => [district.id, district]));
  return {
    places: seed.municipalities.map(({ policeDistrictId, ...municipality }) => {
      const district = districts.get(policeDistrictId)!;
      return {
        ...municipality,
        phoneKind: municipality.phoneKind ?? "SWITCHBOARD",
        policeDistrict: {
          id: district.id,
          name: district.name,
          nameEn: district.nameEn,
          phone: district.phone,
          email: district.email,
          website: district.website,
          source: district.source,
          sourceDate: district.sourceDate,
          verifiedAt: district.verifiedAt,
        },
      };
    }),
    contacts: seed.contacts.map((record) => ({
      id: record.id,
      body: record.body,
      scope: scopeOf(record),
      regionId: record.regionId ?? null,
      policeDistrictId: record.policeDistrictId ?? null,
      municipalityCode: record.municipalityCode ?? null,
      nameDa: record.nameDa,
      nameEn: record.nameEn,
      phone: record.phone ?? null,
      email: record.email ?? null,
      url: record.url ?? null,
      hoursDa: record.hoursDa ?? null,
      hoursEn: record.hoursEn ?? null,
      askForDa: record.askForDa ?? null,
      askForEn: record.askForEn ?? null,
      audience: record.audience ?? null,
      line: record.line ?? "FUNCTION",
      source: record.source,
      sourceDate: record.sourceDate,
      verifiedAt: record.verifiedAt,
      nextReviewAt: record.verifiedAt,
    })),
  };
}
