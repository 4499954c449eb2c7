export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const [{ checkEnvironment }, { stampSocketAddress }] = await Promise.all([
      import("./lib/config/check-environment"),
      import("./lib/security/socket-address"),
    ]);
    checkEnvironment();
    stampSocketAddress();
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { startBulkWorkers } = await import("./lib/bulk/worker");
      startBulkWorkers();
    }
  }
}
