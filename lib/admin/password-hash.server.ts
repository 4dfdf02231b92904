import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's recommended minimum (19 MiB, two passes, one lane): docs/decisions/0015-directory-administration.md.
// The package exports its algorithms as a const enum: 2 is Argon2id.
const PARAMETERS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, PARAMETERS);

// A hash of a random password, checked against when the account does not exist or has no password yet (an
// invitation not yet accepted), so that such an address takes as long to refuse as a wrong password.
const decoy = hashPassword(crypto.randomUUID());

/** Whether the password matches; with no hash (or an empty one), spends the time of a check and says no. */
export async function passwordMatches(passwordHash: string | undefined, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash || (await decoy), password);
  } catch {
    return false;
  }
}
