import path from "node:path";

/** Where the build writes the service worker, which `/sw.js` serves (see scripts/build-service-worker.ts). */
export const SERVICE_WORKER_FILE = path.join(".next", "henvis-service-worker.js");
