import { isStale } from "../directory/review";
import type { DirectoryContact } from "./directory-csv";
import type { UnitKey } from "../directory/units";
import { BODY_KEYS, type BodyKey } from "@/machines/vocabulary";

// How complete and current the directory is: for each body it holds per unit, how many units have a checked
// contact of their own, how many have none (a worker then gets a nearer channel), and what waits for review.

export type UnitLevel = "municipality" | "district" | "region" | "national";

/** The units of the country by their ids: municipality codes, police district ids and region ids. */
export type DirectoryUnits = {
  municipalityCodes: readonly string[];
  policeDistrictIds: readonly string[];
  regionIds: readonly string[];
};

export type HealthContact = Pick<DirectoryContact, "id" | "body" | "unit" | "nextReviewAt" | "retiredAt">;

/** One body at one unit: a municipality's SSP, say, or a national body at "national". */
export type BodyAtUnit = { body: BodyKey; unit: UnitKey };

/**
 * One body across the units of one level or, in the national row, the national bodies. A unit (nationally, a body)
 * counts in `verified` when it has an active contact of its own not yet due for review, in `stale` when it has an
 * overdue one, in `pending` when one of them has a change waiting for approval, and is listed in `fallback` when it
 * has no active contact of its own. A unit with both a current and an overdue contact counts in both.
 */
export type HealthRow = {
  kind: BodyKey | "national";
  level: UnitLevel;
  units: number;
  verified: number;
  stale: number;
  pending: number;
  fallback: BodyAtUnit[];
};

type LocalLevel = Exclude<UnitLevel, "national">;
const LOCAL_LEVELS: readonly LocalLevel[] = ["municipality", "district", "region"];

/** The bodies the directory is meant to hold a contact for in each municipality, police district and region. */
const PER_UNIT: Record<LocalLevel, readonly BodyKey[]> = {
  municipality: ["SSP", "INFOHOUSE", "MUNICIPALITY"],
  district: ["INFOHOUSE", "KSP"],
  region: ["PSP"],
};

// 112, 114 and the hotline reach a worker from code whatever the directory holds, so missing from it is no gap.
const REACHED_FROM_CODE: readonly BodyKey[] = ["EMERGENCY", "POLICE", "HOTLINE"];

const EXPECTED_NATIONALLY = BODY_KEYS.filter(
  (body) => !LOCAL_LEVELS.some((level) => PER_UNIT[level].includes(body)) && !REACHED_FROM_CODE.includes(body),
);

const levelOf = (unit: UnitKey) => unit.split(":")[0] as UnitLevel;
const slotKey = ({ body, unit }: BodyAtUnit) => `${body} ${unit}`;

function unitKeysOf(units: DirectoryUnits): Record<LocalLevel, UnitKey[]> {
  return {
    municipality: units.municipalityCodes.map((code) => `municipality:${code}` as const),
    district: units.policeDistrictIds.map((id) => `district:${id}` as const),
    region: units.regionIds.map((id) => `region:${id}` as const),
  };
}

/**
 * The directory's health on `today` (YYYY-MM-DD), counted from its contacts (retired ones count for nothing) and
 * the ids of contacts with a change waiting. Besides the expected bodies, any body the directory holds at a level
 * gets a row there, so that every active contact is counted.
 */
export function directoryHealth(input: {
  contacts: readonly HealthContact[];
  pendingContactIds: ReadonlySet<string>;
  units: DirectoryUnits;
  today: string;
}): HealthRow[] {
  const active = input.contacts.filter((contact) => !contact.retiredAt);
  const ownContacts = new Map<string, HealthContact[]>();
  for (const contact of active) {
    const key = slotKey(contact);
    ownContacts.set(key, [...(ownContacts.get(key) ?? []), contact]);
  }
  const heldAt = (level: UnitLevel, body: BodyKey) => active.some((contact) => contact.body === body && levelOf(contact.unit) === level);

  const row = (kind: HealthRow["kind"], level: UnitLevel, slots: BodyAtUnit[]): HealthRow => {
    const counted: HealthRow = { kind, level, units: slots.length, verified: 0, stale: 0, pending: 0, fallback: [] };
    for (const slot of slots) {
      const own = ownContacts.get(slotKey(slot)) ?? [];
      if (own.length === 0) counted.fallback.push(slot);
      if (own.some((contact) => !isStale(contact.nextReviewAt, input.today))) counted.verified++;
      if (own.some((contact) => isStale(contact.nextReviewAt, input.today))) counted.stale++;
      if (own.some((contact) => input.pendingContactIds.has(contact.id))) counted.pending++;
    }
    return counted;
  };

  const unitKeys = unitKeysOf(input.units);
  const localRows = LOCAL_LEVELS.flatMap((level) =>
    [...PER_UNIT[level], ...BODY_KEYS.filter((body) => !PER_UNIT[level].includes(body) && heldAt(level, body))].map((body) =>
      row(
        body,
        level,
        unitKeys[level].map((unit) => ({ body, unit })),
      ),
    ),
  );
  const nationalBodies = BODY_KEYS.filter((body) => EXPECTED_NATIONALLY.includes(body) || heldAt("national", body));
  const nationalRow = row(
    "national",
    "national",
    nationalBodies.map((body) => ({ body, unit: "national" })),
  );
  return [...localRows, nationalRow];
}
