import { getTranslations } from "next-intl/server";
import { ModelDiagram } from "./model-diagram";
import { PathText } from "../path-text";
import { StatechartLegend } from "./statechart-legend";
import type { Locale } from "@/machines/locale";
import { pathThrough } from "@/machines/path-through";
import type { Answers } from "@/machines/vocabulary";

type Props = {
  locale: Locale;
  /** The answers the trainee gave: their route is drawn solid. */
  taken: Answers;
  /** The case's answers, when the trainee's part from them: the model's route is drawn dashed beside it. */
  model?: Answers;
};

/** The route drawn on the decision model, with the same route in words for keyboard and screen-reader users. */
export async function RouteOnTheModel({ locale, taken, model }: Props) {
  const t = await getTranslations({ locale, namespace: "training" });
  const takenPath = pathThrough(taken);
  const modelPath = model && pathThrough(model);
  return (
    <section aria-labelledby="route-on-model-heading">
      <h2 id="route-on-model-heading">{t("onTheModelHeading")}</h2>
      <ModelDiagram locale={locale} taken={takenPath} model={modelPath} />
      <StatechartLegend locale={locale} routes headingLevel={3} />
      <div className={modelPath ? "route-columns" : undefined}>
        <div>
          <PathText locale={locale} answers={taken} path={takenPath} headingLevel={3} heading={modelPath ? t("yourPath") : undefined} />
        </div>
        {modelPath && model && (
          <div>
            <PathText locale={locale} answers={model} path={modelPath} headingLevel={3} heading={t("modelPath")} />
          </div>
        )}
      </div>
    </section>
  );
}
