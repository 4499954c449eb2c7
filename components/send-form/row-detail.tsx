"use client";

import { useState } from "react";
import { useFormState, useWatch } from "react-hook-form";

import type { SendFormValues } from "@/lib/zim/send-schema";

import { AttributeList } from "./attribute-list";
import { TimeField } from "./time-field";

/** A target's full editor under its grid row: attributes, and the times support rarely sets. */
export function RowDetail({ row }: { row: number }) {
  const base = `friendInfos.${row}` as const;
  const [createTime, updateTime] = useWatch<SendFormValues, [`${typeof base}.createTime`, `${typeof base}.updateTime`]>({
    name: [`${base}.createTime`, `${base}.updateTime`],
  });
  const { errors } = useFormState<SendFormValues>({ name: base });
  const timesInUse = Boolean(
    createTime || updateTime || errors.friendInfos?.[row]?.createTime || errors.friendInfos?.[row]?.updateTime,
  );
  const [advanced, setAdvanced] = useState(timesInUse);
  const showTimes = advanced || timesInUse;
  return (
    <div
      role="group"
      aria-label={`Target ${row + 1} details`}
      className="grid gap-3 border-t border-divider bg-canvas p-3 md:grid-cols-2"
    >
      <AttributeList targetIndex={row} />
      <div>
        <button
          type="button"
          aria-expanded={showTimes}
          onClick={() => setAdvanced(!showTimes)}
          className="text-sm font-medium text-accent underline"
        >
          Advanced: CreateTime, UpdateTime
        </button>
        {showTimes && (
          <div className="mt-2 space-y-2">
            <TimeField name={`${base}.createTime`} label="CreateTime" />
            <TimeField name={`${base}.updateTime`} label="UpdateTime" />
          </div>
        )}
      </div>
    </div>
  );
}
