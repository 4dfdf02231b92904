import { withSiteName } from "@/lib/ui/title";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
// The package exports only its script, so its stylesheet is imported by path.
import "../../node_modules/dkfds/dist/css/dkfds.min.css";
import "../henvis.css";
import { plexSans } from "../plex-sans";
import { ServiceWorkerRegistration } from "@/lib/offline/service-worker-registration";
import { THEME_COLOR } from "@/lib/offline/app-identity";
import { isLocale, LOCALES } from "@/machines/locale";

export const viewport: Viewport = { themeColor: THEME_COLOR };

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "site" });
  return {
    title: { default: withSiteName(t("tagline"), t("name")), template: withSiteName("%s", t("name")) },
    description: t("description"),
    robots: { index: false },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale} className={plexSans.variable}>
      <body>
        {children}
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
