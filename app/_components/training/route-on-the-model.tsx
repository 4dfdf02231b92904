import { getTranslations } from "next-intl/server";
import { DiagramViewport } from "./diagram-viewport";
import { diagramTexts } from "./diagram-texts";
import { PathText } from "./path-text";
import { StatechartDiagram } from "./statechart-diagram";
import { StatechartLegend } from "./statechart-legend";
import { STATECHART_ASPECT_RATIO } from "@/lib/training/statechart-layout";
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
  const [t, tModel] = await Promise.all([
    getTranslations({ locale, namespace: "training" }),
    getTranslations({ locale, namespace: "trainingModel" }),
  ]);
  const takenPath = pathThrough(taken);
  const modelPath = model && pathThrough(model);
  return (
    <section aria-labelledby="route-on-model-heading">
      <h2 id="route-on-model-heading">{t("onTheModelHeading")}</h2>
      <DiagramViewport
        texts={{ label: tModel("viewportLabel"), zoomIn: tModel("zoomIn"), zoomOut: tModel("zoomOut"), reset: tModel("zoomReset") }}
        aspectRatio={STATECHART_ASPECT_RATIO}
      >
        <StatechartDiagram locale={locale} {...diagramTexts(locale)} taken={takenPath} model={modelPath} />
      </DiagramViewport>
      <StatechartLegend locale={locale} routes />
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
