import { FIELD_LABELS } from "@/lib/zim/field-labels";
import { codeInMessage } from "@/lib/zim/rule-message";

export type Problem = {
  /** The form path of the field at fault, without react-hook-form's `.root`. */
  path: string;
  /** Row number as shown (1-based) when the problem is in a target. */
  row?: number;
  field: string;
  message: string;
  code?: number;
  /** The field sits in the row's detail, which must be open to focus it. */
  inDetail: boolean;
};

const META_KEYS = new Set(["message", "type", "ref", "types", "root"]);

function describe(path: string): Pick<Problem, "row" | "field" | "inDetail"> {
  const parts = path.split(".");
  if (parts[0] !== "friendInfos" || parts.length < 3) return { field: FIELD_LABELS[parts[0] ?? ""] ?? path, inDetail: false };
  const row = Number(parts[1]) + 1;
  const [, , field = "", attribute, part] = parts;
  const inDetail = ["attributes", "createTime", "updateTime"].includes(field);
  if (field === "attributes" && attribute !== undefined) {
    return { row, field: `Attribute ${Number(attribute) + 1} ${part ?? ""}`.trim(), inDetail };
  }
  return { row, field: FIELD_LABELS[field] ?? field, inDetail };
}

/** Every error in the form, in form order, each named the way the page names its field. */
export function listProblems(errors: object): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: unknown, path: string) => {
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    const own = typeof record.message === "string" ? record.message : undefined;
    const root = (record.root as { message?: unknown } | undefined)?.message;
    const message = own ?? (typeof root === "string" ? root : undefined);
    if (message && path !== "") {
      problems.push({ path, message, code: codeInMessage(message), ...describe(path) });
    }
    for (const [key, child] of Object.entries(record)) {
      if (!META_KEYS.has(key)) visit(child, path === "" ? key : `${path}.${key}`);
    }
  };
  visit(errors, "");
  return problems;
}
