export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const [{ checkEnvironment }, { stampSocketAddress }, { keepHeapNearLiveSize }, { compileWebAssemblyOptimisedOnly }] =
      await Promise.all([
        import("./lib/config/check-environment"),
        import("./lib/security/socket-address"),
        import("./lib/runtime/heap-growth"),
        import("./lib/runtime/wasm-compilation"),
      ]);
    keepHeapNearLiveSize();
    compileWebAssemblyOptimisedOnly();
    checkEnvironment();
    stampSocketAddress();
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const [{ startHeartbeat }, { startBulkWorkers }, { startRetentionSchedule }] = await Promise.all([
        import("./lib/leases/heartbeat"),
        import("./lib/bulk/worker"),
        import("./lib/retention/start-retention"),
      ]);
      // Registered before any work is claimed, so no other process can take this one's work for abandoned;
      // awaited, so what a killed predecessor left in flight reads "outcome unknown" from the first page served.
      await startHeartbeat();
      startBulkWorkers();
      startRetentionSchedule();
    }
  }
}
