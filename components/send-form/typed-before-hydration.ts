import type { FieldPath } from "react-hook-form";

import type { SendFormValues } from "@/lib/zim/send-schema";

export const SEND_FORM_ID = "send-form";

export type TypedField = { name: FieldPath<SendFormValues>; value: string };

const FORM_PATH =
  /^(fromUserId|reason|friendInfos\.\d+\.(userId|wording|friendAlias|createTime|updateTime|attributes\.\d+\.(key|value)))$/;

/** Only the form's own fields: the production confirmation and the grid's controls are not form values. */
function isFormPath(name: string): name is FieldPath<SendFormValues> {
  return FORM_PATH.test(name);
}

/** The form's text fields whose value in the page differs from `known`, by field name. */
function typedFields(known: (element: HTMLInputElement | HTMLTextAreaElement) => unknown): TypedField[] {
  if (typeof document === "undefined") return [];
  const form = document.getElementById(SEND_FORM_ID);
  if (!(form instanceof HTMLFormElement)) return [];
  return [...form.elements].flatMap((element) =>
    (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) &&
    isFormPath(element.name) &&
    element.value !== (known(element) ?? "")
      ? [{ name: element.name, value: element.value }]
      : [],
  );
}

/**
 * What was typed into the server-rendered form before React took it over. Read during the first
 * client render, before react-hook-form registers each field and sets it to its default value.
 * Off the first page load (a client-side navigation) the form is not in the document yet: nothing.
 */
export function readTypedBeforeHydration(): TypedField[] {
  return typedFields((element) => element.defaultValue);
}

/**
 * What was typed after that render but before the field was live: the page shows it, the form's
 * values do not have it. Read once the form has mounted.
 */
export function readTypedSinceRender(formValue: (name: FieldPath<SendFormValues>) => unknown): TypedField[] {
  return typedFields((element) => formValue(element.name as FieldPath<SendFormValues>));
}
