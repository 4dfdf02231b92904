import { DatabaseConfigError } from "./database-config";
import { DatabaseDeadlineError } from "./deadline";

const UNREACHABLE = /can't reach database server|ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|EHOSTUNREACH|timeout|terminated unexpectedly/i;

// Prisma's messages open with "Invalid `prisma.x()` invocation:" and put the cause on the last line.
function meaningfulLine(message: string): string {
  const lines = message
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const cause = lines.at(-1) ?? "unknown error";
  return /^Invalid `prisma/.test(lines[0] ?? "") ? cause : (lines[0] ?? cause);
}

function messagesOf(error: unknown, depth = 0): string[] {
  if (!(error instanceof Error) || depth > 5) return error ? [String(error)] : [];
  const code = (error as { code?: unknown }).code;
  return [error.message, ...(typeof code === "string" ? [code] : []), ...messagesOf(error.cause, depth + 1)];
}

/** A database failure as one line that names the variable and what is wrong, never a stack trace. */
export function oneLineError(error: unknown): string {
  if (error instanceof DatabaseConfigError || error instanceof DatabaseDeadlineError) return error.message;
  const line = meaningfulLine(messagesOf(error)[0] ?? "unknown error");
  if (messagesOf(error).some((message) => UNREACHABLE.test(message))) {
    return `DATABASE_URL points at a server that cannot be reached: ${line}`;
  }
  return line;
}
