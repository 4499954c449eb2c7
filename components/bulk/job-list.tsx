import { LocalTime } from "@/components/time/local-time";
import { Cell, Row, Table } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import type { JobListEntry } from "@/lib/bulk/job-store";

/** Every job, newest first: status, who, where, when, how far. */
export function JobList({ jobs }: { jobs: readonly JobListEntry[] }) {
  if (jobs.length === 0) return <p className="text-sm text-muted">No bulk jobs yet.</p>;
  return (
    <Table caption="Jobs" labels={["Job", "Status", "Operator", "Environment", "Created", "Progress"]}>
      {jobs.map((job) => (
        <Row key={job.id}>
          <Cell>
            <TextLink href={`/bulk/${job.id}`} className="font-mono">
              {job.id.slice(0, 8)}
            </TextLink>
            {job.reason && <span className="ml-2 text-muted">{job.reason}</span>}
          </Cell>
          <Cell>{job.status}</Cell>
          <Cell>{job.operatorEmail}</Cell>
          <Cell>{job.environmentName}</Cell>
          <Cell>
            <LocalTime value={job.createdAt} />
          </Cell>
          <Cell>
            {job.done.toLocaleString()} / {job.totalRows.toLocaleString()}
          </Cell>
        </Row>
      ))}
    </Table>
  );
}
