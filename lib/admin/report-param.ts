/**
 * The field that carries a worker's report from the reports page through the contact's form to its handler, which
 * marks the report as handled once the form has proposed a change.
 */
export const REPORT_PARAM = "melding";
