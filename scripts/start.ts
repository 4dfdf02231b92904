import { buildIfSourcesChanged } from "./build-app";
import { prepareDatabase, runNext } from "./run-next";

// One command for a fresh clone or after a change: bring the database up to
// date, build when the sources changed since the last build, then serve.
prepareDatabase();
const buildStatus = await buildIfSourcesChanged();
if (buildStatus !== 0) process.exit(buildStatus);
runNext("start");
