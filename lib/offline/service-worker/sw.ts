/// <reference lib="webworker" />
import { NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type SerwistPlugin } from "serwist";
import { todayInDenmark } from "../../dates";
import { localeOfPath } from "../../i18n/locales";
import { directoryApiPath } from "../../directory/paths";
import { offlinePath } from "../paths";

// The service worker keeps what the journey needs without a network: the start pages, the page that renders
// the journey in the browser, the scripts and styles, and a dated copy of the directory. It keeps no page with
// answers in it: offline, the journey is rendered from the address alone.

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] };

const DIRECTORY_CACHE = "henvis-directory";

/** The Danish day a saved response was sent, from its Date header: cheaper than reading 130 kB of JSON per page. */
const dayServed = (response: Response) => {
  const sent = new Date(response.headers.get("date") ?? "");
  return Number.isNaN(sent.getTime()) ? undefined : todayInDenmark(sent);
};

/** Saves today's directory unless the saved copy is from today already. A failure keeps the copy there is. */
async function saveDirectoryIfOld(): Promise<void> {
  const cache = await caches.open(DIRECTORY_CACHE);
  const saved = await cache.match(directoryApiPath);
  if (saved && dayServed(saved) === todayInDenmark()) return;
  try {
    const response = await fetch(directoryApiPath);
    if (response.ok) await cache.put(directoryApiPath, response);
  } catch {
    // Offline or the server is down: the copy there is stays.
  }
}

/** Offline, a page answers with the page that renders the journey in the browser, in the page's language. */
const journeyInTheBrowser: SerwistPlugin = {
  handlerDidError: async ({ request }) => serwist.matchPrecache(offlinePath(localeOfPath(new URL(request.url).pathname).locale)),
  handlerDidRespond: async ({ event, response }) => {
    if (response?.ok) event.waitUntil(saveDirectoryIfOld());
  },
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  // Next.js adds a hash of its own to the icons' addresses (/icon/192?9a66cb859bc6bf22).
  precacheOptions: { cleanupOutdatedCaches: true, ignoreURLParametersMatching: [/^[0-9a-f]{16}$/] },
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname === directoryApiPath,
      handler: new NetworkFirst({ cacheName: DIRECTORY_CACHE, networkTimeoutSeconds: 3 }),
    },
    // Pages are never stored: their addresses hold the answers.
    { matcher: ({ request }) => request.mode === "navigate", handler: new NetworkOnly({ plugins: [journeyInTheBrowser] }) },
  ],
});

self.addEventListener("install", (event) => event.waitUntil(saveDirectoryIfOld()));
serwist.addEventListeners();
