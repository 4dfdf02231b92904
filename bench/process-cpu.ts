import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { processTree } from "./process-memory";

const CLOCK_TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }));

/** CPU time in ms, user and system, that `root` and its descendants still running have used so far (Linux). */
export function treeCpuMs(root: number): number {
  const ticks = processTree(root).reduce((sum, pid) => sum + cpuTicks(pid), 0);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // utime and stime are fields 14 and 15; the fields after the command name in parentheses start at 3.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0; // the process ended meanwhile
  }
}
