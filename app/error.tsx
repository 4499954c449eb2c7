"use client";

/**
 * A rendering failure shows this instead of a blank page; the draft in the browser is untouched.
 * Plain elements, not the UI kit's: this boundary's chunk loads with every page, apart from the
 * page's own chunks, so each component it imported was shipped twice.
 */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-danger-line bg-danger-soft p-4">
      <h1 className="text-lg font-semibold text-danger">This page failed to render</h1>
      <p className="mt-1 text-sm">Your form draft is kept in this browser. Try again, or reload the page.</p>
      <button
        type="button"
        onClick={reset}
        className="mt-2 rounded border border-border bg-surface px-3 py-1.5 text-sm font-medium"
      >
        Try again
      </button>
    </div>
  );
}
