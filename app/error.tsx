"use client";

import { Button } from "@/components/ui/button";
import { Panel } from "@/components/ui/notice";

/** A rendering failure shows this instead of a blank page; the draft in the browser is untouched. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <Panel tone="error" role="alert">
      <h1 className="text-lg font-semibold text-danger">This page failed to render</h1>
      <p className="mt-1 text-sm">Your form draft is kept in this browser. Try again, or reload the page.</p>
      <Button className="mt-2" onClick={reset}>
        Try again
      </Button>
    </Panel>
  );
}
