import "server-only";
import { isClosed, type Db } from "../db.server";
import { withinDeadline } from "../db/deadline";
import { reportOutage } from "../db/outage-log";
import { loadDirectory } from "./directory-queries.server";
import type { Directory } from "./directory-snapshot";

// The directory is small (about 500 rows), read on every result page and changed a few times a year: each
// instance keeps it in memory and answers from there with no query. A trigger moves a version number on every
// change (migration 20261201172835); every second the instance reads that number and reloads the directory when
// it has moved, so that a change reaches every instance within two seconds (decision 0014).

/** How often an instance asks whether the directory has changed. */
export const VERSION_CHECK_MS = 1_000;

type Kept = { version: bigint; directory: Directory };
type Memory = { kept?: Kept; loading?: Promise<Kept>; checking: boolean; timer?: NodeJS.Timeout };

const memories = new WeakMap<Db, Memory>();

async function readDirectory(db: Db): Promise<Kept> {
  // The version first: a change made while the rest is read moves it again, and the next check reloads.
  const { version } = await db.directoryVersion.findUniqueOrThrow({ where: { id: 1 } });
  return { version, directory: await loadDirectory(db) };
}

function load(db: Db, memory: Memory): Promise<Kept> {
  memory.loading ??= withinDeadline(readDirectory(db))
    .then((kept) => {
      memory.kept = kept;
      return kept;
    })
    .finally(() => {
      memory.loading = undefined;
    });
  return memory.loading;
}

async function checkVersion(db: Db, memory: Memory): Promise<void> {
  if (memory.checking) return;
  memory.checking = true;
  try {
    const { version } = await withinDeadline(db.directoryVersion.findUniqueOrThrow({ where: { id: 1 } }));
    if (version !== memory.kept?.version) await load(db, memory);
  } catch (error) {
    // The kept copy stays in use: the directory as it was is better than none.
    reportOutage("directory", error);
  } finally {
    memory.checking = false;
  }
}

function keepChecking(db: Db, memory: Memory): void {
  memory.timer ??= setInterval(() => {
    if (isClosed(db)) {
      clearInterval(memory.timer);
      return;
    }
    void checkVersion(db, memory);
  }, VERSION_CHECK_MS).unref();
}

/**
 * The whole directory, from memory. The first call reads it from the database within the deadline and throws
 * when it cannot; the next calls answer at once while the copy is kept current in the background.
 */
export async function directoryInMemory(db: Db): Promise<Directory> {
  let memory = memories.get(db);
  if (!memory) {
    memory = { checking: false };
    memories.set(db, memory);
  }
  const kept = memory.kept ?? (await load(db, memory));
  keepChecking(db, memory);
  return kept.directory;
}
