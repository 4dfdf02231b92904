import net from "node:net";

export type StallingProxy = {
  port: number;
  /** From now on, hold every byte in both directions: connections stay open and nothing arrives. */
  stall: () => void;
  /** End the stall as a network that comes back would: the held connections are reset, new ones pass. */
  resume: () => void;
  close: () => Promise<void>;
};

/**
 * A TCP proxy on 127.0.0.1 that passes bytes to `target`, or, stalled (or without a target), accepts
 * connections and then holds them: the failure a firewall that drops packets or a hung server gives,
 * unlike a refused connection.
 */
export async function startStallingProxy(target?: { host: string; port: number }): Promise<StallingProxy> {
  let stalled = !target;
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    open.add(client);
    client.on("close", () => open.delete(client));
    client.on("error", () => {});
    if (stalled || !target) {
      client.pause();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    open.add(upstream);
    upstream.on("close", () => open.delete(upstream));
    upstream.on("error", () => client.destroy());
    client.on("data", (chunk) => (stalled ? undefined : upstream.write(chunk)));
    upstream.on("data", (chunk) => (stalled ? undefined : client.write(chunk)));
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    stall: () => {
      stalled = true;
    },
    resume: () => {
      stalled = !target;
      for (const socket of open) socket.resetAndDestroy();
    },
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
