import type { AdminScope } from "@/lib/admin/roles";
import { MUNICIPALITY_NAMES } from "@/lib/directory/municipality-names";
import { NATIONAL_AREA, NO_AREA } from "./case-form";

const byName = [...MUNICIPALITY_NAMES].sort(([, a], [, b]) => a.localeCompare(b, "da"));

/**
 * Where the administrator may place a case: a trainer in none yet or one of their municipalities, a national
 * administrator nationally or in any municipality. `current` stays among the choices so that an edit never moves a case unasked.
 */
export function areaChoices(scope: AdminScope, texts: { national: string; noArea: string }, current?: string) {
  const municipalities =
    scope.role === "NATIONAL" ? byName : byName.filter(([code]) => scope.municipalityCodes.includes(code) || code === current);
  return [
    scope.role === "NATIONAL" ? { value: NATIONAL_AREA, label: texts.national } : { value: NO_AREA, label: texts.noArea },
    ...municipalities.map(([code, name]) => ({ value: code, label: name })),
  ];
}

/** The editor's area of a case: its municipality, or (without one) national for a national administrator and none yet for a trainer. */
export const areaOf = (scope: AdminScope, municipalityCode: string | null) =>
  municipalityCode ?? (scope.role === "NATIONAL" ? NATIONAL_AREA : NO_AREA);
