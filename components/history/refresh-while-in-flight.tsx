"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const POLL_MS = 2_000;

/**
 * Re-renders History once a send it shows "In flight" has ended (sent, failed or outcome unknown),
 * without a reload. It asks a small JSON route first: refreshing the page itself while the server
 * is down (a restart) would make Next navigate to an error page.
 */
export function RefreshWhileInFlight({ sendIds }: { sendIds: readonly string[] }) {
  const router = useRouter();
  const key = sendIds.join(",");
  useEffect(() => {
    if (key === "") return;
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`/history/in-flight?ids=${key}`, { cache: "no-store" });
        if (!response.ok) return;
        const { inFlight } = (await response.json()) as { inFlight: string[] };
        if (inFlight.length < key.split(",").length) router.refresh();
      } catch {
        // The server is restarting: ask again on the next tick.
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [key, router]);
  return null;
}
