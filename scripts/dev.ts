import { prepareDatabase, runNext } from "./run-next";

// Development: bring the database up to date, then the app's own server in development, with hot reload.
prepareDatabase();
runNext("dev");
