/** A short page that needs neither the database nor the app's layout: a refusal, or a receipt, of a form post. */
export type ShortPage = {
  lang: string;
  status: number;
  title: string;
  body: string;
  siteName: string;
  back: { href: string; text: string };
  headers?: Record<string, string>;
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The page as a response: the title, a paragraph that says what happened, and the way back. */
export function shortPage({ lang, status, title, body, siteName, back, headers = {} }: ShortPage): Response {
  const html = `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${escapeHtml(siteName)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(body)}</p>
<p><a href="${escapeHtml(back.href)}">${escapeHtml(back.text)}</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}
