import { hostOf } from "@/lib/web-address";
/** The web addresses in a research reference (e.g. "Code and name: kommunekodeliste (https://…); region: …"). */
export const addressesIn = (source: string): string[] => [...new Set(source.match(/https?:\/\/[^\s;()]+/g) ?? [])];

/** A source as links labelled in the page's language, never as the reference's own text. */
export function SourceLinks({ addresses, label }: { addresses: string[]; label: (host: string) => string }) {
  return (
    <>
      {addresses.map((address, index) => (
        <span key={address}>
          {index > 0 && ", "}
          <a href={address}>{label(hostOf(address))}</a>
        </span>
      ))}
    </>
  );
}
