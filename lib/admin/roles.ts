import type { UnitKey } from "../directory/units";

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

/** How long a new account approves nothing: a day in which an account made for the purpose can be noticed. */
export const NEW_ACCOUNT_MS = 24 * 60 * 60 * 1000;

/** An account as the rule of two independent people sees it. */
export type ApprovalParty = { id: string; invitedById: string | null; createdAt: Date };

export type IndependenceProblem = "ownChange" | "invitedBy" | "tooNew";

/**
 * Why the approver does not count as a second person for what the requester asked for, or undefined when they
 * do: the same account, one invited by the other, or an approver in its first 24 hours.
 */
export function independenceProblem(approver: ApprovalParty, requester: ApprovalParty, now: Date): IndependenceProblem | undefined {
  if (approver.id === requester.id) return "ownChange";
  if (approver.invitedById === requester.id || requester.invitedById === approver.id) return "invitedBy";
  if (now.getTime() - approver.createdAt.getTime() < NEW_ACCOUNT_MS) return "tooNew";
  return undefined;
}

/** Whether the administrator manages accounts. */
export const managesAccounts = (scope: AdminScope) => scope.role === "NATIONAL";
