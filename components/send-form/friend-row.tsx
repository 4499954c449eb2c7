"use client";

import { Button } from "@/components/ui/button";

import { AttributeList } from "./attribute-list";
import { TextField } from "./text-field";
import { TimeField } from "./time-field";
import { UserIdField } from "./user-id-field";

/** One target of FriendInfos; owns its nested attribute list. */
export function FriendRow({
  index,
  canAdd,
  onDuplicate,
  onRemove,
}: {
  index: number;
  canAdd: boolean;
  onDuplicate: () => void;
  onRemove: () => void;
}) {
  const base = `friendInfos.${index}` as const;
  return (
    <fieldset className="rounded-lg border border-border bg-surface p-3">
      <legend className="px-1 text-sm font-semibold">Target {index + 1}</legend>
      <div className="grid gap-3 md:grid-cols-2">
        <UserIdField name={`${base}.userId`} label="UserId" />
        <TextField name={`${base}.friendAlias`} label="FriendAlias" />
        <div className="md:col-span-2">
          <TextField name={`${base}.wording`} label="Wording" multiline />
        </div>
        <TimeField name={`${base}.createTime`} label="CreateTime" />
        <TimeField name={`${base}.updateTime`} label="UpdateTime" />
        <div className="md:col-span-2">
          <AttributeList targetIndex={index} />
        </div>
      </div>
      <div className="mt-2 flex gap-2">
        <Button onClick={onDuplicate} disabled={!canAdd} aria-label={`Duplicate target ${index + 1}`}>
          Duplicate
        </Button>
        <Button variant="danger" onClick={onRemove} aria-label={`Remove target ${index + 1}`}>
          Remove
        </Button>
      </div>
    </fieldset>
  );
}
