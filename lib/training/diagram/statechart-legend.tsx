import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ROUTE_STYLE } from "./statechart-diagram";
import "./statechart-legend.css";
import type { Locale } from "@/machines/locale";

type Sample = "question" | "end" | "order" | "emergency" | "taken" | "model";

// A small drawing of what each line of the legend describes, beside its words.
function SampleLine({ sample }: { sample: Sample }) {
  const line = { x1: 4, y1: 12, x2: 52, y2: 12 };
  const drawings: Record<Sample, ReactNode> = {
    question: <rect x="4" y="3" width="48" height="18" rx="3" fill="#fff" stroke="#1a1a1a" strokeWidth="1.5" />,
    end: <rect x="4" y="3" width="48" height="18" rx="8" fill="#ececec" stroke="#1a1a1a" strokeWidth="1.5" />,
    order: <line {...line} stroke="#4a4a4a" strokeWidth="1.5" />,
    emergency: <line {...line} stroke="#4a4a4a" strokeWidth="1.5" strokeDasharray="2 4" />,
    taken: (
      <>
        <line {...line} {...ROUTE_STYLE.taken} />
        <circle cx="6" cy="12" r="5" fill={ROUTE_STYLE.taken.stroke} />
      </>
    ),
    model: (
      <>
        <line {...line} {...ROUTE_STYLE.model} />
        <rect x="1" y="7" width="10" height="10" fill={ROUTE_STYLE.model.stroke} />
      </>
    ),
  };
  return (
    <svg className="statechart-legend-sample" width="56" height="24" viewBox="0 0 56 24" aria-hidden="true" focusable="false">
      {drawings[sample]}
    </svg>
  );
}

/** How to read the statechart diagram, in words; with `routes`, also how the marked routes look. */
export async function StatechartLegend({
  locale,
  routes = false,
  headingLevel = 2,
}: {
  locale: Locale;
  routes?: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  const t = await getTranslations({ locale, namespace: "trainingModel" });
  const samples: Sample[] = ["question", "end", "order", "emergency", ...(routes ? (["taken", "model"] as const) : [])];
  return (
    <>
      <Heading>{t("legendHeading")}</Heading>
      <ul className="statechart-legend">
        {samples.map((sample) => (
          <li key={sample}>
            <SampleLine sample={sample} />
            <span>{t(`legend.${sample}`)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
