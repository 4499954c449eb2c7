/** The error under a field (red) and any warnings (amber), linked to the input by id. */
export function FieldMessages({ id, error, warnings = [] }: { id: string; error?: string; warnings?: readonly string[] }) {
  if (!error && warnings.length === 0) return null;
  return (
    <div id={id} className="mt-1 space-y-0.5 text-xs">
      {error && <p className="text-red-700">{error}</p>}
      {warnings.map((warning) => (
        <p key={warning} className="text-amber-800">
          Warning: {warning}
        </p>
      ))}
    </div>
  );
}
