import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { checkPath, resultPath, stepPath } from "../lib/journey/paths";
import { TEACHER_ANSWERS } from "../tests/helpers/personas";

// `npm run lighthouse -- <address of a running server>`: Lighthouse's mobile performance score of the start
// page, a question page and a result page, the median of five runs each (single runs on this machine swing by
// ten points). Figures, not pass or fail.
const RUNS = 5;
const base = process.argv[2] ?? "http://127.0.0.1:3000";
const PAGES: [string, string][] = [
  ["start page", "/"],
  ["question page", stepPath("da", "municipalityCode", { ...TEACHER_ANSWERS, municipalityCode: undefined, adviceFirst: undefined })],
  ["check page", checkPath("da", TEACHER_ANSWERS)],
  ["result page", resultPath("da", TEACHER_ANSWERS)],
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
try {
  console.log(`Lighthouse ${RUNS} runs each, mobile, on ${base}: median (lowest–highest)\n`);
  console.log("| page | performance | LCP ms | FCP ms | TBT ms | CLS |");
  console.log("|---|---|---|---|---|---|");
  for (const [name, path] of PAGES) {
    const runs: { score: number; lcp: number; fcp: number; tbt: number; cls: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(base + path, { port: chrome.port, onlyCategories: ["performance"], logLevel: "error" });
      const { categories, audits, runtimeError } = result!.lhr;
      if (runtimeError) throw new Error(`Lighthouse could not measure ${base + path}: ${runtimeError.message}`);
      runs.push({
        score: Math.round((categories.performance?.score ?? 0) * 100),
        lcp: audits["largest-contentful-paint"]?.numericValue ?? 0,
        fcp: audits["first-contentful-paint"]?.numericValue ?? 0,
        tbt: audits["total-blocking-time"]?.numericValue ?? 0,
        cls: audits["cumulative-layout-shift"]?.numericValue ?? 0,
      });
    }
    const scores = runs.map((run) => run.score);
    const of = (key: "lcp" | "fcp" | "tbt") => Math.round(median(runs.map((run) => run[key])));
    console.log(
      `| ${name} | ${median(scores)} (${Math.min(...scores)}–${Math.max(...scores)}) | ${of("lcp")} | ${of("fcp")} | ${of("tbt")} | ${median(runs.map((run) => run.cls)).toFixed(3)} |`,
    );
  }
} finally {
  chrome.kill();
}
