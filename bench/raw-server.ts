import { readFileSync } from "node:fs";
import { createServer } from "node:http";

// The machine's limit for the benchmark: plain Node.js handing out a page's bytes from memory.
// Usage: tsx bench/raw-server.ts <file> <port>
const [file, port] = process.argv.slice(2);
if (!file || !port) throw new Error("Usage: tsx bench/raw-server.ts <file> <port>");
const body = readFileSync(file);
createServer((_request, response) => {
  response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length });
  response.end(body);
}).listen(Number(port), "127.0.0.1");
