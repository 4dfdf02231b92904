import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { JourneyPageView } from "@/app/_components/journey/journey-page-view";
import { todayInDenmark } from "@/lib/dates";
import { checkPage } from "@/lib/questionnaire/journey-pages";
import { readPageState, type PageSearchParams } from "@/lib/questionnaire/page-state";

type Props = { params: Promise<{ locale: string }>; searchParams: PageSearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await readPageState(params, searchParams);
  const t = await getTranslations({ locale, namespace: "check" });
  return { title: t("title") };
}

export default async function CheckAnswersPage({ params, searchParams }: Props) {
  const { locale, journey, intact } = await readPageState(params, searchParams);
  setRequestLocale(locale);
  const page = checkPage({ locale, journey, intact });
  if (page.kind === "redirect") redirect(page.to);
  return <JourneyPageView locale={locale} journey={journey} page={page} today={todayInDenmark()} />;
}
