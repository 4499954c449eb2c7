/**
 * The Code of a batch call from its per-target outcomes (README.md here, decision 11): 0 when any
 * target succeeded; otherwise the "all unregistered" code, the SubCode all share, or 660000001.
 */
export function combineBatchCode({
  succeeded,
  subCodes,
  allUnregisteredCode,
}: {
  succeeded: number;
  subCodes: readonly number[];
  allUnregisteredCode?: number;
}): number {
  if (succeeded > 0 || subCodes.length === 0) return 0;
  const [first] = subCodes;
  const allSame = subCodes.every((code) => code === first);
  if (allSame && first === 660700015 && allUnregisteredCode !== undefined) return allUnregisteredCode;
  return allSame && first !== undefined ? first : 660000001;
}
