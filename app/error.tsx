"use client";

import { Button } from "@/components/ui/button";

/** A rendering failure shows this instead of a blank page; the draft in the browser is untouched. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4">
      <h1 className="text-lg font-semibold text-red-800">This page failed to render</h1>
      <p className="mt-1 text-sm">Your form draft is kept in this browser. Try again, or reload the page.</p>
      <Button className="mt-2" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
