import { migrateTask, runDatabaseTasks, seedTask, sweepSessionsTask } from "./database-task";

// Before serving: migrate, seed, and delete the training sessions that expired meanwhile.
if (!(await runDatabaseTasks("database", [migrateTask, seedTask, sweepSessionsTask]))) process.exitCode = 1;
