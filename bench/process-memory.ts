import { readdirSync, readFileSync } from "node:fs";

/** The parent of each running process, read from /proc (Linux). */
export function parents(): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat, after the command name in parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  return parentOf;
}

/** `root` and every process it started, directly or not. */
export function processTree(root: number): number[] {
  const parentOf = parents();
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parentOf) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

/**
 * Resident memory in bytes of the largest process among `root` and its descendants: the Node.js process that
 * serves, under the npm and tsx processes that started it.
 */
export function serverRss(root: number): number {
  return Math.max(...processTree(root).map(residentBytes));
}

/** Resident memory of one process in bytes, 0 when it has ended. */
export function residentBytes(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}
