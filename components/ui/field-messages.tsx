import { CodeLink } from "@/components/codes/code-link";
import { codeInMessage } from "@/lib/zim/rule-message";

/** An error naming a ZIM code links the code to its reference entry. */
function ErrorText({ message }: { message: string }) {
  const code = codeInMessage(message);
  if (code === undefined) return <>{message}</>;
  const [before] = message.split(String(code));
  return (
    <>
      {before}
      <CodeLink code={code} />
    </>
  );
}

/** The error under a field (red) and any warnings (amber), linked to the input by id. */
export function FieldMessages({ id, error, warnings = [] }: { id: string; error?: string; warnings?: readonly string[] }) {
  if (!error && warnings.length === 0) return null;
  return (
    <div id={id} className="mt-1 space-y-0.5 text-xs">
      {error && (
        <p className="text-red-700">
          <ErrorText message={error} />
        </p>
      )}
      {warnings.map((warning) => (
        <p key={warning} className="text-amber-800">
          Warning: {warning}
        </p>
      ))}
    </div>
  );
}
