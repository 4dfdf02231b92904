import type { ReactNode } from "react";
import "./training.css";

/** A training page: the case's narrative beside the question, the guess or the answer. */
export function ScenarioLayout({ heading, narrative, children }: { heading: string; narrative: string; children: ReactNode }) {
  return (
    <div className="scenario-layout">
      <aside className="scenario-narrative" aria-labelledby="scenario-narrative-heading">
        {/* Not a heading: it comes before the page's h1 and would break the heading order. */}
        <p id="scenario-narrative-heading" className="h4">
          {heading}
        </p>
        <p>{narrative}</p>
      </aside>
      <div className="scenario-work">{children}</div>
    </div>
  );
}
