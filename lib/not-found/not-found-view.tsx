import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { PageShell } from "../ui/page-shell";
import { JoinCodeForm, joinCodeTexts } from "../training/room/join-code-form";
import { otherLocale, startPath } from "@/lib/i18n/locales";
import type { NotFoundKind } from "@/lib/not-found/not-found-kinds";
import { joinPath, roomStartPath, trainingPath } from "@/lib/training/paths";
import type { Locale } from "@/machines/locale";

/** What the page says, the way on as its main button, then what follows. */
function GoOn({ text, href, label, then }: { text: string; href: string; label: string; then?: ReactNode }) {
  return (
    <>
      <p>{text}</p>
      <a className="button button-primary" href={href}>
        {label}
      </a>
      {then}
    </>
  );
}

/** The heading of each not-found page, which is also its title. */
export async function notFoundTitle(locale: Locale, kind: NotFoundKind): Promise<string> {
  const [notFound, training, room] = await Promise.all([
    getTranslations({ locale, namespace: "notFound" }),
    getTranslations({ locale, namespace: "training" }),
    getTranslations({ locale, namespace: "trainingRoom" }),
  ]);
  const titles: Record<NotFoundKind, () => string> = {
    side: () => notFound("title"),
    sag: () => training("caseNotFoundTitle"),
    kode: () => room("join.notFoundTitle"),
    styring: () => room("control.notFoundTitle"),
  };
  return titles[kind]();
}

/** What an address that leads nowhere shows: what is missing, the way on, and the way back to the start. */
export async function NotFoundView({ locale, kind }: { locale: Locale; kind: NotFoundKind }) {
  const [title, notFound, training, room] = await Promise.all([
    notFoundTitle(locale, kind),
    getTranslations({ locale, namespace: "notFound" }),
    getTranslations({ locale, namespace: "training" }),
    getTranslations({ locale, namespace: "trainingRoom" }),
  ]);
  const other = otherLocale(locale);
  const toStart = (
    <p>
      <a href={startPath(locale)}>{notFound("toStart")}</a>
    </p>
  );
  const content: Record<NotFoundKind, { alternate: string; body: ReactNode }> = {
    side: {
      alternate: startPath(other),
      body: <GoOn text={notFound("body")} href={startPath(locale)} label={notFound("startOver")} />,
    },
    sag: {
      alternate: trainingPath(other),
      body: <GoOn text={training("caseNotFoundBody")} href={trainingPath(locale)} label={training("backToLibrary")} then={toStart} />,
    },
    kode: {
      alternate: joinPath(other),
      body: (
        <>
          <p>{room("join.notFoundBody")}</p>
          <h2>{room("join.tryAgain")}</h2>
          <JoinCodeForm locale={locale} texts={await joinCodeTexts(locale)} invalid={false} />
          {toStart}
        </>
      ),
    },
    styring: {
      alternate: roomStartPath(other),
      body: <GoOn text={room("control.notFoundBody")} href={roomStartPath(locale)} label={room("control.startNew")} then={toStart} />,
    },
  };
  return (
    <PageShell locale={locale} alternateHref={content[kind].alternate}>
      <h1>{title}</h1>
      {content[kind].body}
    </PageShell>
  );
}
