import type { JobView } from "@/lib/bulk/job-view";

const FINISHED_OUTCOMES = ["sent", "failed", "unknown", "cancelled"] as const;

function eta(job: JobView, done: number): string | undefined {
  if (job.status !== "running" || !job.startedAt || done === 0) return undefined;
  const elapsed = (Date.now() - new Date(job.startedAt).getTime()) / 1000;
  const seconds = Math.round(((job.totalRows - done) * elapsed) / done);
  return seconds < 90 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

/** Targets done out of the total, the pace achieved, the time left, and the count of each outcome. */
export function JobProgress({ job }: { job: JobView }) {
  const done = FINISHED_OUTCOMES.reduce((sum, outcome) => sum + job.counts[outcome], 0);
  const percent = job.totalRows === 0 ? 100 : Math.floor((done / job.totalRows) * 100);
  const left = eta(job, done);
  return (
    <section aria-labelledby="progress-heading" className="mt-4">
      <h2 id="progress-heading" className="sr-only">
        Progress
      </h2>
      <progress aria-label="Targets done" max={job.totalRows} value={done} className="h-3 w-full max-w-2xl" />
      <p className="mt-1 text-sm">
        <span data-testid="done-count">
          {done.toLocaleString()} of {job.totalRows.toLocaleString()} targets done ({percent}%)
        </span>
        {" · "}
        {job.calls.toLocaleString()} calls
        {job.callsPerSecond !== null && ` · ${job.callsPerSecond.toFixed(1)} calls/s`}
        {left && ` · about ${left} left`}
      </p>
      <dl aria-label="Rows by outcome" className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {(["sent", "failed", "unknown", "cancelled", "sending", "queued"] as const).map((outcome) => (
          <div key={outcome} className="flex gap-1">
            <dt className="text-muted">{outcome === "unknown" ? "outcome unknown" : outcome}</dt>
            <dd className="font-semibold">{job.counts[outcome].toLocaleString()}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
