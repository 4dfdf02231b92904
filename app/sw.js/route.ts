import { readFile } from "node:fs/promises";
import path from "node:path";
import { SERVICE_WORKER_FILE } from "@/lib/offline/service-worker-file";

export const dynamic = "force-dynamic";

// The build writes the service worker after Next.js has built the pages, since it lists their files.
let script: Promise<string | null> | undefined;
const builtScript = () => (script ??= readFile(path.join(process.cwd(), SERVICE_WORKER_FILE), "utf8").catch(() => null));

export async function GET() {
  const body = await builtScript();
  if (body === null) {
    script = undefined;
    return new Response("No service worker: this server runs without a production build.\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  // The browser asks for a new version on each visit; a change to the file updates what is kept offline.
  return new Response(body, { headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache" } });
}
