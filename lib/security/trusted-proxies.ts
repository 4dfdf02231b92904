import { BlockList, isIP } from "node:net";

// Who the client is, as the production server decides it. A proxy's X-Forwarded-* headers are believed only when
// the connection comes from an address in TRUSTED_PROXIES; anyone else could write whatever they like in them.

/** Whether an address belongs to a trusted proxy. */
export type TrustedProxies = (address: string) => boolean;

// Node.js gives an IPv4 client on a dual-stack socket as ::ffff:192.0.2.1.
const unmapped = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");

const familyOf = (address: string) => (isIP(address) === 6 ? "ipv6" : "ipv4");

/**
 * The proxies of TRUSTED_PROXIES: comma-separated addresses and CIDR ranges (such as "10.0.0.0/8, ::1"); none when
 * it is empty or unset. Throws on an entry that is neither, so that a typing error stops the server at start.
 */
export function trustedProxies(setting: string | undefined): TrustedProxies {
  const list = new BlockList();
  for (const entry of (setting ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address = "", bits, ...rest] = entry.split("/");
    const version = isIP(address);
    const prefix = Number(bits);
    if (version === 0 || rest.length > 0) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or a CIDR range.`);
    if (bits === undefined) list.addAddress(address, familyOf(address));
    else if (/^\d+$/.test(bits) && prefix <= (version === 4 ? 32 : 128)) list.addSubnet(address, prefix, familyOf(address));
    else throw new Error(`TRUSTED_PROXIES: "${entry}" has a prefix length that does not fit the address.`);
  }
  return (address) => {
    const plain = unmapped(address);
    return isIP(plain) !== 0 && list.check(plain, familyOf(plain));
  };
}

/**
 * The client's address: the connection's, or, when the connection comes from a trusted proxy, the right-most
 * X-Forwarded-For entry that is not a trusted proxy (each proxy appends the address it was reached from, so the
 * entries left of that one are the client's own words).
 */
export function clientOf(socketAddress: string | undefined, forwardedFor: string | undefined, trusted: TrustedProxies): string {
  let client = unmapped(socketAddress ?? "") || "unknown";
  const hops = (forwardedFor ?? "").split(",").map((hop) => unmapped(hop.trim()));
  while (trusted(client) && hops.length > 0) {
    const hop = hops.pop()!;
    if (hop) client = hop;
  }
  return client;
}
