import { DatabaseConfigError } from "./database-config";

const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "EAI_AGAIN", "EHOSTUNREACH"]);

function findCode(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== "object" || depth > 5) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (typeof code === "string" && UNREACHABLE_CODES.has(code)) return code;
  return findCode(cause, depth + 1);
}

/** A database failure as one line that names the variable and what is wrong, never a stack trace. */
export function oneLineError(error: unknown): string {
  if (error instanceof DatabaseConfigError) return error.message;
  const code = findCode(error);
  if (code) return `DATABASE_URL points at a server that cannot be reached (${code}); check host, port and that PostgreSQL is running.`;
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split("\n").find((line) => line.trim()) ?? "unknown error";
  if (/can't reach database server|timeout|terminated|connect/i.test(firstLine)) {
    return `DATABASE_URL points at a server that cannot be reached (${firstLine.trim()}).`;
  }
  return firstLine.trim();
}
