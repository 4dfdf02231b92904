"use client";

import { QuickExit } from "@/lib/ui/quick-exit";

// Shown if a page fails unexpectedly. It must work without the message
// catalogue, so it is written in both languages.
export default function PageError({ reset }: { reset: () => void }) {
  return (
    <main id="main" className="container site-main">
      <QuickExit label="Forlad siden" hint="Skifter straks til dr.dk" />
      <h1>Der opstod en fejl · Something went wrong</h1>
      <p>Er nogen i akut fare, så ring 112. Ellers kan du ringe til Hotline mod radikalisering på 41 74 90 90 (alle dage kl. 8–22).</p>
      <p lang="en">
        If someone is in immediate danger, call 112. Otherwise call the Anti-Radicalisation Hotline on 41 74 90 90 (every day 08:00–22:00).
      </p>
      <button type="button" className="button button-secondary" onClick={reset}>
        Prøv igen · Try again
      </button>
    </main>
  );
}
