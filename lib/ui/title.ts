// Apart from the journey's titles, so that a question page's form can use it without loading the statechart.

/** "Fejl: …": the title of a page that shows an error, as GOV.UK and DKFDS name it. */
export const withErrorPrefix = (title: string, errorPrefix: string) => (title.startsWith(errorPrefix) ? title : `${errorPrefix}${title}`);

/** The title the browser shows: the page's own, then the site's name. The layout's template is written with it. */
export const withSiteName = (title: string, siteName: string) => `${title} – ${siteName}`;
