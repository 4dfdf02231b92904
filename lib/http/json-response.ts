import { NextResponse } from "next/server";

// <, > and & written as JSON escapes: a key or value from the request that comes back in an error body can then
// never be read as markup, whatever a client does with the text.
const ESCAPES: Record<string, string> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026" };

/** A JSON response whose text holds no <, > or &. */
export function jsonResponse(body: unknown, init: { status: number; headers?: Record<string, string> }): NextResponse {
  return new NextResponse(
    JSON.stringify(body).replace(/[<>&]/g, (character) => ESCAPES[character]!),
    {
      status: init.status,
      headers: { "Content-Type": "application/json", ...init.headers },
    },
  );
}
