/**
 * Traces are kept of the tests that fail, unless E2E_TRACE=off: CI's clean clone keeps no files, and recording
 * costs about a sixth of the suite's time on two cores.
 */
export const TRACE_MODE = process.env.E2E_TRACE === "off" ? "off" : "retain-on-failure";
