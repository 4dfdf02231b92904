import { directorySnapshotSchema, type DirectorySnapshot } from "@/lib/directory/directory-snapshot";
import { directoryApiPath } from "@/lib/questionnaire/paths";

/**
 * The directory as the service worker last saved it (offline) or as the server has it now (online);
 * null when neither can be had.
 */
export async function loadSavedDirectory(): Promise<DirectorySnapshot | null> {
  try {
    const response = await fetch(directoryApiPath);
    if (!response.ok) return null;
    const parsed = directorySnapshotSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
