import { parse } from "csv-parse/sync";
import fc from "fast-check";

import { toIssues } from "@/lib/actions/issues";
import { FORMULA_LEADS, toCsv } from "@/lib/audit/csv";
import { sendAsIsSchema } from "@/lib/qa/send-as-is";
import { suiteCaseSchema } from "@/lib/qa/suite";
import { createSendRequestSchema, retryRequestSchema } from "@/lib/sending/send-request-schema";
import { OPERATIONS } from "@/lib/simulator/operations";
import { createHarness } from "@/lib/testing/simulator-harness";
import { toSendFriendApplicationBody } from "@/lib/zim/build-body";
import { CODE_CATALOG } from "@/lib/zim/code-catalog";
import { decodePasted } from "@/lib/zim/decode-pasted";
import { ATTRIBUTE_KEYS } from "@/lib/zim/limits";

/** A property with a tally of what each generated case came to, so a run can say what it exercised. */
export type CountedProperty = {
  name: string;
  property: fc.IProperty<[unknown]>;
  counts: Map<string, number>;
  /** The longest a single case took, to show that nothing hangs. */
  slowest: { ms: number };
};

function counted<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  check: (count: (kind: string) => void, value: T) => void,
): CountedProperty {
  const counts = new Map<string, number>();
  const count = (kind: string) => {
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  };
  const slowest = { ms: 0 };
  const property = fc.property(
    arbitrary.map((value): unknown => value),
    (value) => {
      const started = performance.now();
      check(count, value as T);
      slowest.ms = Math.max(slowest.ms, performance.now() - started);
    },
  );
  return { name, property, counts, slowest };
}

const USER_ID_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()+-:;<=.>?@[]^_|~";
const userId = fc.string({ unit: fc.constantFrom(...USER_ID_CHARS), minLength: 1, maxLength: 32 });
/** Text the form accepts: any well-formed Unicode without U+0000, up to 256 code points. */
const text = fc
  .string({ unit: "grapheme", maxLength: 60 })
  .filter((value) => value.isWellFormed() && !value.includes("\u0000") && Array.from(value).length <= 256);

const validTarget = fc.record({
  userId: fc.oneof(userId, fc.constantFrom("user_alice", "user_bob", "friend_fred", "oneway_olga", "ghost_gary", "fan_0001")),
  wording: text,
  friendAlias: text,
  createTime: fc.constantFrom("", "0", "1600000000000"),
  updateTime: fc.constantFrom("", "0"),
  attributes: fc
    .uniqueArray(fc.constantFrom(...ATTRIBUTE_KEYS), { maxLength: 5 })
    .chain((keys) => fc.tuple(...keys.map((key) => fc.record({ key: fc.constant(key), value: text })))),
});

export const validForm = fc
  .record({
    fromUserId: fc.constantFrom("agent_amy", "busy_bella", "full_frank", "user_carol"),
    reason: text,
    friendInfos: fc.uniqueArray(validTarget, { minLength: 1, maxLength: 20, selector: (target) => target.userId }),
  })
  .filter(({ fromUserId, friendInfos }) => friendInfos.every((target) => target.userId !== fromUserId));

/** SubCodes that only state (registration, friendship, the cap) can produce: never a field the form passed. */
const STATE_CODES = new Set([660700015, 660800027, 660800028]);

export const ACTION_SCHEMAS = [
  ["send", createSendRequestSchema({ batchLimit: 20 })],
  ["retry", retryRequestSchema],
  ["send-as-is", sendAsIsSchema],
  ["suite case", suiteCaseSchema],
] as const;

/** Anything a caller could post to an action: JSON of any shape, or a valid send bent in one place. */
export const actionInput = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  validForm.chain((form) =>
    fc.record({
      form: fc.constant<unknown>(form),
      environmentId: fc.oneof(fc.string(), fc.jsonValue()),
      submissionId: fc.oneof(fc.uuid(), fc.string()),
    }),
  ),
  fc.record({
    form: fc.record({ fromUserId: fc.string(), reason: fc.string(), friendInfos: fc.array(fc.anything(), { maxLength: 60 }) }),
  }),
);

export function buildProperties(): CountedProperty[] {
  return [
    counted("a send the form accepts is sent, and ZIM refuses none of its fields", validForm, (count, form) => {
      const parsed = createSendRequestSchema({ batchLimit: 20 }).safeParse({
        form,
        environmentId: "simulator",
        submissionId: crypto.randomUUID(),
      });
      if (!parsed.success) throw new Error(`refused a valid form: ${JSON.stringify(toIssues(parsed.error))}`);
      const answer = createHarness().call("SendFriendApplication", toSendFriendApplicationBody(parsed.data.form));
      const errors = answer.ErrorList as { SubCode: number }[];
      for (const { SubCode } of errors)
        if (!STATE_CODES.has(SubCode)) throw new Error(`ZIM refused a field the form passed: ${SubCode}`);
      count(errors.length === 0 ? "sent to every target" : "some targets refused by state");
    }),
    counted(
      "any action input is accepted or refused with issues that name a path, never thrown",
      fc.tuple(fc.constantFrom(...ACTION_SCHEMAS), actionInput),
      (count, [[name, schema], input]) => {
        const parsed = schema.safeParse(input);
        if (parsed.success) {
          count(`${name}: accepted`);
          return;
        }
        const issues = toIssues(parsed.error);
        if (issues.length === 0 || issues.some((issue) => issue.path === "" || issue.message === ""))
          throw new Error(JSON.stringify(issues));
        count(`${name}: invalid`);
      },
    ),
    counted(
      "any pasted text decodes or is reported, never thrown",
      fc.oneof(
        fc.string(),
        fc.json(),
        fc.jsonValue().map((value) => JSON.stringify({ Code: 0, ErrorList: value })),
      ),
      (count, text) => {
        const decoded = decodePasted({ responseText: text, requestText: "" });
        if (!decoded.ok && decoded.error.message === "") throw new Error("an unexplained refusal");
        count(decoded.ok ? "decoded" : `reported (${decoded.error.field})`);
      },
    ),
    counted(
      "every CSV cell reads back as its text, and none opens as a formula",
      fc.array(fc.array(fc.string({ unit: "grapheme" }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
      (count, rows) => {
        const width = Math.max(...rows.map((row) => row.length));
        const square = rows.map((row) => [...row, ...Array(width - row.length).fill("")]);
        const cells: string[][] = parse(toCsv(square), { relax_column_count: true });
        square.forEach((row, r) =>
          row.forEach((cell, c) => {
            const read = cells[r]?.[c];
            const formula = FORMULA_LEADS.some((lead) => cell.startsWith(lead));
            if (read !== (formula ? `'${cell}` : cell))
              throw new Error(`cell ${JSON.stringify(cell)} read back as ${JSON.stringify(read)}`);
            if (FORMULA_LEADS.some((lead) => read?.startsWith(lead)))
              throw new Error(`cell opens as a formula: ${JSON.stringify(read)}`);
          }),
        );
        count(
          square.flat().some((cell) => FORMULA_LEADS.some((lead) => cell.startsWith(lead)))
            ? "with formula-leading cells"
            : "plain cells",
        );
      },
    ),
    counted(
      "every signed request to the simulator gets a documented code",
      fc.tuple(
        fc.constantFrom(...Object.keys(OPERATIONS)),
        // Well-formed friend requests as often as arbitrary JSON, so the rules past the parameter checks run too.
        fc.oneof(
          fc.jsonValue(),
          validForm.map((form): unknown => toSendFriendApplicationBody(form)),
        ),
        fc.constantFrom<"GET" | "POST">("GET", "POST", "POST"),
      ),
      (count, [action, body, method]) => {
        const params =
          typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : { value: body };
        const answer = createHarness().call(action, params, { method });
        if (!CODE_CATALOG.has(answer.Code)) throw new Error(`${action} answered undocumented Code ${answer.Code}`);
        if (typeof answer.RequestId !== "string" || typeof answer.Message !== "string") throw new Error("envelope incomplete");
        count(`Code ${answer.Code}`);
      },
    ),
  ];
}
