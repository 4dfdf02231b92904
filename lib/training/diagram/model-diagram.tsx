import { getTranslations } from "next-intl/server";
import { DiagramViewport } from "./diagram-viewport";
import { diagramTexts } from "./diagram-texts";
import { StatechartDiagram } from "./statechart-diagram";
import { STATECHART_ASPECT_RATIO } from "@/lib/training/diagram/statechart-layout";
import type { Locale } from "@/machines/locale";
import type { PathThrough } from "@/machines/path-through";

/** The decision model in its zoomable frame, with a route marked when one is given. */
export async function ModelDiagram({ locale, taken, model }: { locale: Locale; taken?: PathThrough; model?: PathThrough }) {
  const t = await getTranslations({ locale, namespace: "trainingModel" });
  return (
    <DiagramViewport
      texts={{ label: t("viewportLabel"), zoomIn: t("zoomIn"), zoomOut: t("zoomOut"), reset: t("zoomReset") }}
      aspectRatio={STATECHART_ASPECT_RATIO}
    >
      <StatechartDiagram locale={locale} {...diagramTexts(locale)} taken={taken} model={model} />
    </DiagramViewport>
  );
}
