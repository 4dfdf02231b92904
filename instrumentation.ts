// Runs once when the server starts.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startSessionSweeper } = await import("./lib/training/room/session-sweeper.server");
  startSessionSweeper();
}
