import municipalities from "@/prisma/seed-data/municipalities.json" with { type: "json" };

/** The 98 municipality codes, known without the database so that input can be checked when it is down. */
export const MUNICIPALITY_CODES: readonly string[] = municipalities.map((municipality) => municipality.code);

export const isMunicipalityCode = (code: string) => MUNICIPALITY_CODES.includes(code);
