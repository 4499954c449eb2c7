import { CodeLink } from "@/components/codes/code-link";
import { groupFailures } from "@/lib/results/explain-outcome";
import type { DecodedSendResult } from "@/lib/zim/decode-send-result";

export function FailureGroups({ result }: { result: DecodedSendResult }) {
  const groups = groupFailures(result);
  if (groups.length === 0 && result.unmatched.length === 0) return null;
  return (
    <section aria-labelledby="failure-groups-heading">
      <h3 id="failure-groups-heading" className="font-semibold">
        Failures by cause
      </h3>
      <ul className="mt-1 space-y-1 text-sm">
        {groups.map(({ entry, userIds }) => (
          <li key={entry.code}>
            <CodeLink code={entry.code} /> · {userIds.length} user{userIds.length === 1 ? "" : "s"}:{" "}
            {entry.asSubCode ?? entry.meaning} <span className="font-mono text-muted">{userIds.join(", ")}</span>
          </li>
        ))}
        {result.unmatched.map((item) => (
          <li key={`${item.userId}-${item.subCode}`} className="text-warning">
            ZIM also listed <span className="font-mono">{item.userId || "(no UserId)"}</span> with SubCode{" "}
            <span className="font-mono">{item.subCode}</span>, which matches no requested target.
          </li>
        ))}
      </ul>
    </section>
  );
}
