"use client";

import { useFieldArray, useFormContext } from "react-hook-form";

import { fitToLimit } from "@/components/send-form/parse-user-ids";
import { Button } from "@/components/ui/button";
import { FieldMessages } from "@/components/ui/field-messages";
import { emptyFriendInfo, type SendFormValues } from "@/lib/zim/send-schema";

import { fieldId } from "./field-id";
import { FriendRow } from "./friend-row";
import { PasteIds } from "./paste-ids";
import { useFieldError } from "./use-field-error";

function isBlank(target: SendFormValues["friendInfos"][number]): boolean {
  return target.userId === "" && target.wording === "" && target.friendAlias === "" && target.attributes.length === 0;
}

/** FriendInfos: add, duplicate, remove and paste rows, never past the batch limit. */
export function TargetsList({ batchLimit }: { batchLimit: number }) {
  const { control, getValues, setValue } = useFormContext<SendFormValues>();
  const { fields, append, insert, remove } = useFieldArray({ control, name: "friendInfos" });
  const listError = useFieldError("friendInfos");
  const canAdd = fields.length < batchLimit;

  function pasteIds(ids: string[]): string {
    const blankRows = getValues("friendInfos").flatMap((target, index) => (isBlank(target) ? [index] : []));
    const { accepted, leftOut } = fitToLimit({ ids: ids, freeRows: blankRows.length + batchLimit - fields.length });
    blankRows.slice(0, accepted.length).forEach((row, position) => {
      setValue(`friendInfos.${row}.userId`, accepted[position] ?? "", { shouldDirty: true });
    });
    const appended = accepted.slice(blankRows.length);
    if (appended.length > 0)
      append(
        appended.map((userId) => emptyFriendInfo(userId)),
        { shouldFocus: false },
      );
    const added = `Added ${accepted.length} user ID${accepted.length === 1 ? "" : "s"}.`;
    return leftOut === 0 ? added : `${added} ${leftOut} left out: the batch limit is ${batchLimit}.`;
  }

  return (
    <section aria-labelledby="targets-heading" className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="targets-heading" className="text-lg font-semibold">
          Targets (FriendInfos)
        </h2>
        <span
          role="status"
          aria-label="Targets used"
          className={`text-sm tabular-nums ${canAdd ? "text-muted" : "font-semibold text-warning"}`}
        >
          {fields.length}/{batchLimit} targets
        </span>
      </div>
      <FieldMessages id={fieldId("friendInfos", "messages")} error={listError} />
      {fields.map((field, index) => (
        <FriendRow
          key={field.id}
          index={index}
          canAdd={canAdd}
          onDuplicate={() => insert(index + 1, structuredClone(getValues(`friendInfos.${index}`)))}
          onRemove={() => remove(index)}
        />
      ))}
      <div className="flex flex-wrap items-start gap-2">
        <Button onClick={() => append(emptyFriendInfo())} disabled={!canAdd}>
          Add target
        </Button>
        <PasteIds onPaste={pasteIds} />
      </div>
    </section>
  );
}
