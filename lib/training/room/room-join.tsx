import { getTranslations } from "next-intl/server";
import "./training-room.css";
import { joinPath } from "@/lib/training/paths";
import { joinQrSvg } from "@/lib/training/room/join-qr";
import type { Locale } from "@/machines/locale";

/**
 * How to join: the join page's address and the code in large text. On the projector also a QR code of the
 * address with the code in it, and that address as a link beside it for those who cannot scan.
 */
export async function RoomJoin({ locale, code, origin, withQr }: { locale: Locale; code: string; origin: string; withQr: boolean }) {
  const t = await getTranslations({ locale, namespace: "trainingRoom.control" });
  const codeUrl = `${origin}${joinPath(locale, code)}`;
  const qr = withQr ? await joinQrSvg(codeUrl) : undefined;
  return (
    <section className={qr ? "room-join room-join-with-qr" : "room-join"} aria-labelledby="join-heading">
      {/* The qrcode package's SVG: paths drawn from the address, never the address's own text. */}
      {qr && <div className="room-qr" role="img" aria-label={t("qrLabel")} dangerouslySetInnerHTML={{ __html: qr }} />}
      <div className="room-join-text">
        <h2 id="join-heading">{t("joinHeading")}</h2>
        {qr && (
          <p className="room-join-link">
            {t("scanQr")} <a href={codeUrl}>{codeUrl}</a>
          </p>
        )}
        <p className="room-join-address">{t("joinAt", { address: `${origin.replace(/^https?:\/\//, "")}${joinPath(locale)}` })}</p>
        <strong className="room-code" data-testid="join-code">
          {code}
        </strong>
      </div>
    </section>
  );
}
