"use client";

import { useFieldArray, useFormContext, useWatch } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { FieldMessages } from "@/components/ui/field-messages";
import { ATTRIBUTE_KEYS, ATTRIBUTES_MAX_BYTES, MAX_ATTRIBUTES } from "@/lib/zim/limits";
import { attributeBytes, type SendFormValues } from "@/lib/zim/send-schema";

import { fieldId } from "./field-id";
import { LengthCounter } from "./length-counter";
import { useFieldError } from "./use-field-error";

function AttributeKeyError({ name }: { name: string }) {
  const error = useFieldError(name);
  return <FieldMessages id={fieldId(name, "messages")} error={error} />;
}

/** Up to five attributes; a key already used in this target is disabled in the other pickers. */
export function AttributeList({ targetIndex }: { targetIndex: number }) {
  const name = `friendInfos.${targetIndex}.attributes` as const;
  const { control, register } = useFormContext<SendFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name });
  const attributes = useWatch({ control, name }) ?? [];
  const usedKeys = attributes.map((attribute) => attribute?.key);
  const listError = useFieldError(name);
  const freeKey = ATTRIBUTE_KEYS.find((key) => !usedKeys.includes(key));

  return (
    <div role="group" aria-label="Attributes" className="rounded border border-divider p-2">
      <div className="flex items-baseline justify-between gap-2">
        <span className="text-sm font-medium">Attributes</span>
        <LengthCounter
          label="Attribute budget"
          used={attributeBytes(attributes.filter(Boolean))}
          limit={ATTRIBUTES_MAX_BYTES}
          unit="bytes (keys + values)"
        />
      </div>
      <ul className="mt-1 space-y-1">
        {fields.map((field, index) => {
          const keyName = `${name}.${index}.key` as const;
          return (
            <li key={field.id} role="group" aria-label={`Attribute ${index + 1}`}>
              <div className="flex items-center gap-2">
                <Select
                  {...register(keyName)}
                  id={fieldId(keyName)}
                  aria-label="Key"
                  aria-describedby={fieldId(keyName, "messages")}
                  className="font-mono"
                >
                  {ATTRIBUTE_KEYS.map((key) => (
                    <option key={key} value={key} disabled={key !== usedKeys[index] && usedKeys.includes(key)}>
                      {key}
                    </option>
                  ))}
                </Select>
                <Input
                  {...register(`${name}.${index}.value`)}
                  id={fieldId(`${name}.${index}.value`)}
                  aria-label="Value"
                  className="min-w-0 flex-1"
                />
                <Button variant="danger" onClick={() => remove(index)} aria-label={`Remove attribute ${index + 1}`}>
                  Remove
                </Button>
              </div>
              <AttributeKeyError name={keyName} />
            </li>
          );
        })}
      </ul>
      <div className="mt-1 flex items-center gap-2">
        <Button
          onClick={() => freeKey && append({ key: freeKey, value: "" })}
          disabled={fields.length >= MAX_ATTRIBUTES || !freeKey}
        >
          Add attribute
        </Button>
        <span className="text-xs text-muted">
          {fields.length}/{MAX_ATTRIBUTES} attributes
        </span>
      </div>
      <FieldMessages id={fieldId(name, "messages")} error={listError} />
    </div>
  );
}
