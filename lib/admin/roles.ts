import type { UnitKey } from "./units";

export const ADMIN_ROLES = ["NATIONAL", "DISTRICT_EDITOR", "MUNICIPALITY_EDITOR", "TRAINER"] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

/** What an administrator may do, as the session carries it: their role and the units it covers. */
export type AdminScope = {
  role: AdminRole;
  policeDistrictId: string | null;
  municipalityCodes: readonly string[];
};

/**
 * Whether the administrator may change contacts of a unit: a national administrator every unit, a district
 * editor their district's own contacts, a municipality editor their municipalities' contacts, a trainer none.
 */
export function mayEditUnit(scope: AdminScope, unit: UnitKey): boolean {
  switch (scope.role) {
    case "NATIONAL":
      return true;
    case "DISTRICT_EDITOR":
      return scope.policeDistrictId !== null && unit === `district:${scope.policeDistrictId}`;
    case "MUNICIPALITY_EDITOR":
      return scope.municipalityCodes.some((code) => unit === `municipality:${code}`);
    case "TRAINER":
      return false;
  }
}

/** Whether the administrator works with the directory at all. */
export const editsDirectory = (scope: AdminScope) => scope.role !== "TRAINER";

/** Whether the administrator may approve a change: another administrator with scope over every unit it touches. */
export const mayApprove = (scope: AdminScope & { email: string }, change: { authorEmail: string; units: readonly UnitKey[] }) =>
  change.authorEmail !== scope.email && change.units.every((unit) => mayEditUnit(scope, unit));

/** Whether the administrator manages accounts. */
export const managesAccounts = (scope: AdminScope) => scope.role === "NATIONAL";
