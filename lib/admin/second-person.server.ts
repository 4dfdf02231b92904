import "server-only";
import type { Db } from "../db.server";
import { independenceProblem, type IndependenceProblem } from "./roles";

/**
 * Why the approver does not count as a second person for what the requester asked for ("unknownAccount" when
 * either account is gone), or undefined when they do.
 */
export async function secondPersonProblem(
  db: Pick<Db, "adminAccount">,
  approverId: string,
  requesterId: string,
): Promise<IndependenceProblem | "unknownAccount" | undefined> {
  const people = await db.adminAccount.findMany({
    where: { id: { in: [approverId, requesterId] } },
    select: { id: true, invitedById: true, createdAt: true },
  });
  const approver = people.find((person) => person.id === approverId);
  const requester = people.find((person) => person.id === requesterId);
  if (!approver || !requester) return "unknownAccount";
  return independenceProblem(approver, requester, new Date());
}
