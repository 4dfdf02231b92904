import { prepareDatabase, runNext } from "./run-next";

// Development: bring the database up to date, then `next dev` with hot reload.
prepareDatabase();
runNext("dev");
