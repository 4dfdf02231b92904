// What anonymous uploads of zeros to the sign-in form do to a running server's memory: prints the server's resident
// memory before, at its highest during and 5 s after three uploads with their size in Content-Length and three sent
// in chunks without one, and the status each got after how much was sent.
//   npx tsx bench/upload-memory.ts --pid <the server's process id> --url http://127.0.0.1:3000 [--mb 300]
import { request } from "node:http";
import { parseArgs } from "node:util";
import { serverRss } from "./process-memory";

const { values } = parseArgs({ options: { pid: { type: "string" }, url: { type: "string" }, mb: { type: "string", default: "300" } } });
if (!values.pid || !values.url) throw new Error("Usage: upload-memory.ts --pid <server pid> --url <server address> [--mb 300]");
const pid = Number(values.pid);
const base = new URL(values.url);
const bytes = Number(values.mb) * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024);
const mb = (value: number) => `${Math.round(value / 1024 / 1024)} MB`;

/** Sends `bytes` zeros as a form; resolves with the status and how much was sent before the server answered. */
function upload(declared: boolean): Promise<{ status: number; sent: number }> {
  return new Promise((resolve) => {
    let sent = 0;
    let answered = false;
    const post = request(new URL("/admin/handling/log-ind", base), {
      method: "POST",
      headers: {
        Origin: base.origin,
        "Content-Type": "application/x-www-form-urlencoded",
        ...(declared ? { "Content-Length": String(bytes) } : { "Transfer-Encoding": "chunked" }),
      },
    });
    post.on("response", (response) => {
      answered = true;
      response.resume();
      post.destroy();
      resolve({ status: response.statusCode ?? 0, sent });
    });
    post.on("error", () => resolve({ status: 0, sent }));
    const write = () => {
      while (!answered && sent < bytes) {
        sent += CHUNK.byteLength;
        if (!post.write(CHUNK)) return post.once("drain", write);
      }
      if (!answered) post.end();
    };
    write();
  });
}

const before = serverRss(pid);
let highest = before;
const sampler = setInterval(() => (highest = Math.max(highest, serverRss(pid))), 100);
for (const declared of [true, false]) {
  const results = [];
  for (let count = 0; count < 3; count++) results.push(await upload(declared));
  const summary = results.map(({ status, sent }) => `${status} after ${mb(sent)}`).join(", ");
  console.log(`${declared ? "Content-Length" : "chunked"}: ${summary}`);
}
await new Promise((resolve) => setTimeout(resolve, 5_000));
clearInterval(sampler);
console.log(`server memory: ${mb(before)} before, ${mb(highest)} at most, ${mb(serverRss(pid))} 5 s after the last upload`);
