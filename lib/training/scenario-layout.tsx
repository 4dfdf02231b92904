import type { ReactNode } from "react";
import "./training.css";

/**
 * A training page: the case's narrative beside the question, the guess or the answer. Folded, a phone shows the
 * narrative in a closed fold above the work, so that it does not repeat in full above every question; a wide
 * screen still shows it beside the work.
 */
export function ScenarioLayout({
  heading,
  narrative,
  narrativeLang,
  folded = false,
  children,
}: {
  heading: string;
  narrative: string;
  /** The narrative's language where it differs from the page's (a case not yet in English). */
  narrativeLang?: "da" | undefined;
  folded?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="scenario-layout">
      <aside className="scenario-narrative" aria-labelledby="scenario-narrative-heading">
        {/* Not a heading: it comes before the page's h1 and would break the heading order. */}
        <p id="scenario-narrative-heading" className={folded ? "h4 scenario-narrative-wide" : "h4"}>
          {heading}
        </p>
        <p className={folded ? "scenario-narrative-wide" : undefined} lang={narrativeLang}>
          {narrative}
        </p>
        {folded && (
          // Only one of the two is drawn at a time (training.css), so a screen reader meets the narrative once.
          <details className="folded scenario-narrative-narrow">
            <summary>{heading}</summary>
            <p lang={narrativeLang}>{narrative}</p>
          </details>
        )}
      </aside>
      <div className="scenario-work">{children}</div>
    </div>
  );
}
