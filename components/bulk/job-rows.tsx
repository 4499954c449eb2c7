"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { UserLink } from "@/components/lookup/user-link";
import { Select } from "@/components/ui/field";
import { Cell, Row, Table } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { ROW_OUTCOMES } from "@/lib/bulk/job-types";
import type { JobRowView } from "@/lib/bulk/job-view";
import { describeRowOutcome } from "@/lib/bulk/row-outcome-text";

import { fetchJson } from "./fetch-json";

const PAGE_SIZE = 100;

/** The job's rows, live while it runs, filtered by outcome and SubCode, a hundred at a time. */
export function JobRows({ jobId, live, subCodes }: { jobId: string; live: boolean; subCodes: readonly number[] }) {
  const [outcome, setOutcome] = useState("");
  const [subCode, setSubCode] = useState("");
  const [page, setPage] = useState(1);
  const query = new URLSearchParams({ outcome, subCode, page: String(page) });
  const { data, error } = useQuery({
    queryKey: ["bulk-job", jobId, "rows", outcome, subCode, page],
    queryFn: () => fetchJson<{ rows: JobRowView[]; total: number }>(`/bulk/${jobId}/rows?${query}`),
    refetchInterval: live ? 1000 : false,
  });
  const pages = Math.max(1, Math.ceil((data?.total ?? 0) / PAGE_SIZE));

  return (
    <section aria-labelledby="rows-heading" className="mt-6">
      <div className="mb-2 flex flex-wrap items-end gap-4">
        <h2 id="rows-heading" className="text-lg font-semibold">
          Rows
        </h2>
        <label className="text-sm" htmlFor="rows-outcome">
          Outcome{" "}
          <Select id="rows-outcome" value={outcome} onChange={(event) => (setOutcome(event.target.value), setPage(1))}>
            <option value="">All</option>
            {ROW_OUTCOMES.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </Select>
        </label>
        <label className="text-sm" htmlFor="rows-subcode">
          SubCode{" "}
          <Select id="rows-subcode" value={subCode} onChange={(event) => (setSubCode(event.target.value), setPage(1))}>
            <option value="">All</option>
            {subCodes.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </Select>
        </label>
        <span className="text-xs text-muted">{(data?.total ?? 0).toLocaleString()} rows</span>
      </div>
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error.message}
        </p>
      )}
      <Table caption="Rows of the job" labels={["Row", "FromUserId", "UserId", "Outcome", "SubCode", "Meaning", "RequestId"]}>
        {(data?.rows ?? []).map((row) => (
          <Row key={row.rowNumber}>
            <Cell className="font-mono">{row.rowNumber}</Cell>
            <Cell className="font-mono">
              <UserLink userId={row.fromUserId} />
            </Cell>
            <Cell className="font-mono">
              <UserLink userId={row.userId} />
            </Cell>
            <Cell>{row.outcome}</Cell>
            <Cell className="font-mono">
              {row.subCode !== null && <TextLink href={`/codes/${row.subCode}`}>{row.subCode}</TextLink>}
            </Cell>
            <Cell>{describeRowOutcome(row).meaning}</Cell>
            <Cell className="font-mono">
              {row.sendId && row.requestId ? <TextLink href={`/history/${row.sendId}`}>{row.requestId}</TextLink> : row.requestId}
            </Cell>
          </Row>
        ))}
      </Table>
      {pages > 1 && (
        <nav aria-label="Rows pages" className="mt-2 flex items-center gap-2 text-sm">
          <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)} className="underline disabled:opacity-50">
            Previous
          </button>
          <span>
            Page {page} of {pages}
          </span>
          <button
            type="button"
            disabled={page >= pages}
            onClick={() => setPage(page + 1)}
            className="underline disabled:opacity-50"
          >
            Next
          </button>
        </nav>
      )}
    </section>
  );
}
