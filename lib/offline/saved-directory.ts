import type { DirectorySnapshot } from "@/lib/directory/directory-snapshot";
import { directoryApiPath } from "@/lib/directory/paths";

// The copy comes from this site's own API through its own service worker, which keeps only answers with status
// 200: the browser checks its outline, not every field, so that the offline page does not load zod's parsers.
const isSnapshot = (value: unknown): value is DirectorySnapshot => {
  const candidate = value as Partial<Record<keyof DirectorySnapshot, unknown>> | null;
  return (
    typeof candidate?.asOf === "string" &&
    /^\d{4}-\d{2}-\d{2}$/.test(candidate.asOf) &&
    Array.isArray(candidate.places) &&
    Array.isArray(candidate.contacts)
  );
};

/** A result waits this long for the directory before it shows the numbers that need none. */
const DIRECTORY_DEADLINE_MS = 8000;

/**
 * The directory as the service worker last saved it (offline) or as the server has it now (online);
 * null when neither can be had in time.
 */
export async function loadSavedDirectory(): Promise<DirectorySnapshot | null> {
  try {
    const response = await fetch(directoryApiPath, { signal: AbortSignal.timeout(DIRECTORY_DEADLINE_MS) });
    if (!response.ok) return null;
    const body: unknown = await response.json();
    return isSnapshot(body) ? body : null;
  } catch {
    return null;
  }
}
