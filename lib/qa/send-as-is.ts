import { z } from "zod";

import type { DecodedSendResult } from "@/lib/zim/decode-send-result";
import { toStorableText } from "@/lib/zim/storable-text";
import type { CallRecord, TransportFailure } from "@/lib/zim/transport-error";

/** The gateway probes QA can send: each should answer its 1000000xx code (or show that ZIM does not check). */
export const PROBES = ["none", "wrong-secret", "expired-timestamp", "reused-nonce", "missing-parameter"] as const;
export const OMITTABLE = ["Action", "AppId", "Timestamp", "SignatureNonce", "Signature", "SignatureVersion"] as const;

/** The JSON object a GET's query parameters are typed as, or undefined when the text is not one. */
export function parseQueryObject(text: string): Record<string, unknown> | undefined {
  if (text.trim() === "") return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export const sendAsIsSchema = z
  .object({
    environmentId: z.string().min(1),
    action: z.string().trim().min(1, "Name the Action").max(64),
    method: z.enum(["POST", "GET"]),
    /** POST: the body, byte for byte. GET: a JSON object of query parameters. */
    body: z.string().max(200_000),
    probe: z.enum(PROBES).default("none"),
    omit: z.enum(OMITTABLE).optional(),
    confirmation: z.string().default(""),
    /** Kept in the call's record, so History's search finds it by ticket. */
    reason: z
      .string()
      .max(500)
      .default("")
      .transform((value) => toStorableText(value).text),
  })
  .superRefine(({ method, body, probe }, ctx) => {
    if (method === "POST") return;
    const params = parseQueryObject(body);
    if (!params) {
      ctx.addIssue({ code: "custom", path: ["body"], message: "For a GET, give the query parameters as a JSON object." });
      return;
    }
    // The signed common parameters come from the tool; overriding them is a gateway probe's job, not a typo's.
    const reserved = Object.keys(params).filter((name) => (OMITTABLE as readonly string[]).includes(name));
    if (reserved.length > 0 && probe === "none") {
      ctx.addIssue({
        code: "custom",
        path: ["body"],
        message: `${reserved.join(", ")} ${reserved.length === 1 ? "is" : "are"} set by the tool (the Action field and the signature); pick a gateway probe to send ${reserved.length === 1 ? "it" : "them"} yourself.`,
      });
    }
  });

export type SendAsIsInput = z.infer<typeof sendAsIsSchema>;

export type SendAsIsOutcome = {
  status: "as-is";
  probe: (typeof PROBES)[number];
  /** What the probe did, in words (e.g. the timestamp offset used). */
  probeNote: string;
  envelope?: { code: number; message: string; requestId: string };
  /** For SendFriendApplication with a body that lists FriendInfos. */
  decoded?: DecodedSendResult;
  /** Why a SendFriendApplication answer could not be decoded into the per-user table. */
  decodeProblem?: string;
  transport?: { failure: TransportFailure; message: string };
  call: CallRecord;
  /** A reused-nonce probe makes a first, normal call; its Code is kept for comparison. */
  firstCode?: number;
};
