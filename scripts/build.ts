import { buildApp } from "./build-app";

process.exitCode = await buildApp();
