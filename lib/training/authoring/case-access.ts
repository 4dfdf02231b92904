import type { AdminScope } from "@/lib/admin/roles";

/** Who wrote a case and where it stands, as the rules of who may do what with it read it. */
export type CaseOwnership = { authorId: string | null; municipalityCode: string | null; published: boolean; retired: boolean };
type Author = AdminScope & { id: string };

/** Whether the administrator writes training cases: trainers and national administrators. */
export const writesCases = (scope: AdminScope) => scope.role === "TRAINER" || scope.role === "NATIONAL";

/**
 * Whether the administrator may change, publish, retire or preview the case: its author and national administrators,
 * and once a national administrator has made it national, only they. The seeded library is changed in the
 * repository, where it is reviewed, so nobody edits it here (it can be copied).
 */
export const mayChangeCase = (admin: Author, owner: CaseOwnership) =>
  owner.authorId !== null &&
  (admin.role === "NATIONAL" ||
    (admin.role === "TRAINER" && owner.authorId === admin.id && !(owner.published && owner.municipalityCode === null)));

/** Only a national administrator makes a case national, by writing it so or by promoting a trainer's case. */
export const mayPromote = (scope: AdminScope) => scope.role === "NATIONAL";

/** The municipalities whose local cases the administrator may write: a trainer's own, a national administrator's any. */
export const mayWriteFor = (scope: AdminScope, municipalityCode: string) =>
  scope.role === "NATIONAL" || (scope.role === "TRAINER" && scope.municipalityCodes.includes(municipalityCode));

/** Why a case cannot be published yet: a trainer's case needs a municipality to belong to (national is a promotion). */
export const publishProblem = (admin: Author, owner: CaseOwnership): "needsMunicipality" | undefined =>
  owner.municipalityCode === null && admin.role !== "NATIONAL" ? "needsMunicipality" : undefined;
