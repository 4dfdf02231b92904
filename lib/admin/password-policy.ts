import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN_LENGTH = 12;
// Long enough for any passphrase, short enough that hashing it costs what hashing any other password costs.
export const PASSWORD_MAX_LENGTH = 128;

const strength = new ZxcvbnFactory({ dictionary });

const commonPasswords: ReadonlySet<string> = new Set(dictionary["passwords-common"]);

export type PasswordProblem = "passwordTooShort" | "passwordTooLong" | "passwordCommon" | "passwordWeak";

/**
 * Why a new password is refused, or undefined when it is good enough: at least 12 characters, not on the list
 * of common passwords, and not guessable from a dictionary, the account's e-mail address or the product's name.
 */
export function passwordProblem(password: string, email: string): PasswordProblem | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return "passwordTooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "passwordTooLong";
  if (commonPasswords.has(password.toLowerCase())) return "passwordCommon";
  const userInputs = [email, ...email.split(/[@.]/), "henvis"];
  return strength.check(password, userInputs).score < 3 ? "passwordWeak" : undefined;
}
