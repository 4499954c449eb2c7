import type { SimState } from "../state";

export type OperationContext = {
  state: SimState;
  /** The parsed JSON body of a POST; undefined for GET or a body that is not JSON. */
  body: unknown;
  query: URLSearchParams;
  now: number;
};

/** An operation's answer without Message and RequestId, which the handler adds. */
export type OperationResult = { Code: number } & Record<string, unknown>;

export type Operation = {
  method: "GET" | "POST";
  /** The rate-limit code; UserRegister has its own (lib/zim/README.md, "Transport"). */
  rateLimitCode?: number;
  /** The operation's result lists, empty: sent with any Code that rejects the whole call. */
  emptyLists: Record<string, []>;
  run: (context: OperationContext) => OperationResult;
};
