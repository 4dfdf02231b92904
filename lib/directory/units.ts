import { MUNICIPALITY_CODES } from "./municipality-codes";

/**
 * The unit a contact belongs to, written as one string for forms, files and scope checks: "national",
 * "region:<id>", "district:<id>" or "municipality:<code>".
 */
export type UnitKey = "national" | `region:${string}` | `district:${string}` | `municipality:${string}`;

const UNIT_PATTERN = /^(?:national|region:[a-z]+|district:[a-z-]+|municipality:\d{3})$/;
const municipalityCodes: ReadonlySet<string> = new Set(MUNICIPALITY_CODES);

export function isUnitKey(value: string): value is UnitKey {
  if (!UNIT_PATTERN.test(value)) return false;
  return !value.startsWith("municipality:") || municipalityCodes.has(value.slice("municipality:".length));
}

type UnitColumns = { regionId: string | null; policeDistrictId: string | null; municipalityCode: string | null };

/** The unit of a contact as the directory stores it. */
export function unitOf(contact: UnitColumns): UnitKey {
  if (contact.municipalityCode) return `municipality:${contact.municipalityCode}`;
  if (contact.policeDistrictId) return `district:${contact.policeDistrictId}`;
  if (contact.regionId) return `region:${contact.regionId}`;
  return "national";
}

/** The directory's columns and scope for a unit. */
export function unitColumns(unit: UnitKey) {
  const [kind, id = null] = unit.split(":") as [string, string | undefined];
  return {
    scope: ({ national: "NATIONAL", region: "REGION", district: "POLICE_DISTRICT", municipality: "MUNICIPALITY" } as const)[
      kind as "national" | "region" | "district" | "municipality"
    ],
    regionId: kind === "region" ? id : null,
    policeDistrictId: kind === "district" ? id : null,
    municipalityCode: kind === "municipality" ? id : null,
  };
}
