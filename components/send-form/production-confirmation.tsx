"use client";

/** A production send needs an admin and the FromUserId typed again. */
export function ProductionConfirmation({
  environmentName,
  allowed,
  value,
  onChange,
  error,
}: {
  environmentName: string;
  allowed: boolean;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  if (!allowed) {
    return (
      <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
        {environmentName} is a production environment: only admins can send to it. Pick another environment in the banner.
      </p>
    );
  }
  return (
    <div className="max-w-md rounded border border-red-300 bg-red-50 p-3">
      <label htmlFor="production-confirmation" className="text-sm font-medium text-red-900">
        Production: type the FromUserId to confirm
      </label>
      <input
        id="production-confirmation"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        aria-describedby="production-confirmation-error"
        className="mt-1 w-full rounded border border-red-400 px-2 py-1 font-mono text-sm"
      />
      {error && (
        <p id="production-confirmation-error" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
