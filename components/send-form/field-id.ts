/** A DOM id derived from a form path, so labels, inputs and messages stay linked per row. */
export function fieldId(path: string, suffix = "input"): string {
  return `f-${path.replaceAll(".", "-")}-${suffix}`;
}
