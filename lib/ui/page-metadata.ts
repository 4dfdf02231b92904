import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localeOrDefault } from "@/lib/i18n/locales";

/** The metadata of a page whose title is one message: `export const generateMetadata = titledBy("training.title")`. */
export const titledBy =
  (key: string) =>
  async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const locale = localeOrDefault((await params).locale);
    return { title: (await getTranslations({ locale }))(key) };
  };
