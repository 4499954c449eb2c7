import { builtServerActions, callServerAction } from "../../e2e/support/server-actions";

/** Calls a built server action over HTTP as the browser does; answers the raw RSC body. */
export async function callAction(base: string, name: string, argument: unknown, cookie: string): Promise<string> {
  const found = builtServerActions().find((entry) => entry.name.endsWith(name));
  if (!found) throw new Error(`no built action ${name}`);
  const answer = await callServerAction({ base, id: found.id, page: found.page, argument, cookie });
  return answer.body;
}

/** The action's answer out of the RSC body: the row after the "0:" header row. */
export function actionAnswer<T>(body: string): T {
  const line = body.split("\n").find((row) => row.startsWith("1:"));
  if (!line) throw new Error(`no answer in the action's body: ${body.slice(0, 300)}`);
  return JSON.parse(line.slice(2)) as T;
}
