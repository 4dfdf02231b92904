import localFont from "next/font/local";

/**
 * IBM Plex Sans, the typeface of the Danish common design system, from IBM's Latin-1 subsets that DKFDS ships
 * beside the complete fonts: 17 kB a weight instead of 55–60 kB, and Danish and English text needs nothing else.
 * next/font serves them from the build and preloads them, so that a page's first paint is already set in Plex and
 * nothing moves when the fonts arrive. A character outside Latin-1 is shown in the fallback (app/henvis.css).
 */
export const plexSans = localFont({
  src: [
    { path: "../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-Regular-Latin1.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-SemiBold-Latin1.woff2", weight: "600", style: "normal" },
    { path: "../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-Bold-Latin1.woff2", weight: "700", style: "normal" },
  ],
  display: "swap",
  variable: "--font-plex-sans",
  // The fallback faces in app/henvis.css also cover phones without Arial (Roboto, Helvetica) and Linux.
  adjustFontFallback: false,
});
