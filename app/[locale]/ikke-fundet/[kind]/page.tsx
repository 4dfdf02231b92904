import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { NotFoundView, notFoundTitle } from "@/lib/not-found/not-found-view";
import { localeOrDefault } from "@/lib/i18n/locales";
import { isNotFoundKind, NOT_FOUND_KINDS } from "@/lib/not-found/not-found-kinds";

// The not-found pages, prerendered with their own title, so that the production server can send them whole in place
// of Next.js's answer to a missing page, which shows nothing without JavaScript (decision 0023).
export const dynamicParams = false;

export function generateStaticParams() {
  return NOT_FOUND_KINDS.map((kind) => ({ kind }));
}

type Props = { params: Promise<{ locale: string; kind: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, kind } = await params;
  return isNotFoundKind(kind) ? { title: await notFoundTitle(localeOrDefault(locale), kind) } : {};
}

export default async function NotFoundPage({ params }: Props) {
  const { locale: raw, kind } = await params;
  if (!isNotFoundKind(kind)) notFound();
  const locale = localeOrDefault(raw);
  setRequestLocale(locale);
  return <NotFoundView locale={locale} kind={kind} />;
}
