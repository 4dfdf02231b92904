import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/lib/ui/page-shell";
import { ModelDiagram } from "@/lib/training/diagram/model-diagram";
import { StatechartLegend } from "@/lib/training/diagram/statechart-legend";
import { otherLocale } from "@/lib/i18n/locales";
import { modelDownloadPath, modelPath, type ModelDownload } from "@/lib/training/paths";
import { isLocale } from "@/machines/locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "trainingModel" });
  return { title: t("title") };
}

const DOWNLOADS = [
  ["svg", "downloadSvg"],
  ["mermaid", "downloadMermaid"],
  ["json", "downloadJson"],
] as const satisfies readonly (readonly [ModelDownload, string])[];

/** The whole statechart, for trainers and reviewers: the diagram, how to read it, and the model to download. */
export default async function ModelPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "trainingModel" });
  return (
    <PageShell locale={locale} alternateHref={modelPath(otherLocale(locale))}>
      <h1>{t("title")}</h1>
      {t.raw("intro").map((paragraph: string) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <ModelDiagram locale={locale} />
      <StatechartLegend locale={locale} />
      <h2>{t("downloadsHeading")}</h2>
      <ul>
        {DOWNLOADS.map(([download, text]) => (
          <li key={download}>
            <a href={modelDownloadPath(download, locale)} download>
              {t(text)}
            </a>
          </li>
        ))}
      </ul>
    </PageShell>
  );
}
