import { isRecord } from "./checks";
import { checkGateway } from "./gateway";
import { isKnownAction, OPERATIONS } from "./operations";
import { admitCall } from "./rate-limiter";
import { ARRIVALS_KEPT, type Arrival, type SimState } from "./state";

export type ZimAnswer = { Code: number; Message: string; RequestId: string } & Record<string, unknown>;

/** A unique decimal RequestId, shaped like ZEGO's (lib/zim/README.md, decision 1). */
function nextRequestId(state: SimState, now: number): string {
  state.requestSeq += 1;
  return `${now}${String(state.requestSeq).padStart(6, "0")}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function answer(state: SimState, now: number, result: { Code: number } & Record<string, unknown>): ZimAnswer {
  const message = result.Code === 0 ? "success" : `error ${result.Code}`;
  return { Message: message, RequestId: nextRequestId(state, now), ...result };
}

/** The FromUserId and target IDs of a SendFriendApplication body, for the arrivals log. */
function namedTargets(action: string, bodyText: string): Pick<Arrival, "fromUserId" | "userIds"> {
  if (action !== "SendFriendApplication") return {};
  const body = parseJson(bodyText);
  if (!isRecord(body) || typeof body.FromUserId !== "string" || !Array.isArray(body.FriendInfos)) return {};
  const userIds = body.FriendInfos.map((target) => (isRecord(target) && typeof target.UserId === "string" ? target.UserId : ""));
  return { fromUserId: body.FromUserId, userIds };
}

/** A call as it arrives: answered at once (gateway, rate limit), or admitted and processed by `process`. */
export type ReceivedCall = { answer: ZimAnswer } | { process: (now: number) => ZimAnswer };

/**
 * The arrival of a ZIM protocol call: gateway checks, then the rate limit and the arrivals log, at
 * the moment it lands. Processing may come later (the simulator's latency fault sits in between).
 */
export function receiveZimRequest({
  state,
  method,
  url,
  bodyText,
  now,
}: {
  state: SimState;
  method: string;
  url: URL;
  bodyText: string;
  now: number;
}): ReceivedCall {
  const query = url.searchParams;
  const gatewayCode = checkGateway({
    query,
    config: state.config,
    nowSeconds: Math.floor(now / 1000),
    knownAction: isKnownAction,
    seenNonces: state.nonces,
  });
  if (gatewayCode !== undefined) return { answer: answer(state, now, { Code: gatewayCode }) };

  const action = query.get("Action") as string;
  const operation = OPERATIONS[action];
  if (!operation) return { answer: answer(state, now, { Code: 100000007 }) };
  state.callCounts.set(action, (state.callCounts.get(action) ?? 0) + 1);

  const admitted = admitCall(state, state.config.appId, now);
  state.arrivals.push({ at: now, action, rateLimited: !admitted, ...namedTargets(action, bodyText) });
  if (state.arrivals.length > ARRIVALS_KEPT) state.arrivals.splice(0, state.arrivals.length - ARRIVALS_KEPT);
  if (!admitted) {
    return { answer: answer(state, now, { Code: operation.rateLimitCode ?? 660300005, ...operation.emptyLists }) };
  }
  if (method !== operation.method) return { answer: answer(state, now, { Code: 660000002, ...operation.emptyLists }) };
  const body = method === "POST" ? parseJson(bodyText) : undefined;
  return { process: (at) => answer(state, at, operation.run({ state, body, query, now: at })) };
}

/**
 * One ZIM protocol call against the simulator's state: gateway, rate limit, method, operation.
 * Always an HTTP 200 answer with the envelope (lib/zim/README.md, decision 1).
 */
export function handleZimRequest(call: Parameters<typeof receiveZimRequest>[0]): ZimAnswer {
  const received = receiveZimRequest(call);
  return "answer" in received ? received.answer : received.process(call.now);
}
