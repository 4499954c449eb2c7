import { readFileSync } from "node:fs";

type ManifestEntry = { filename: string; exportedName: string; workers: Record<string, unknown> };

/** Every server action in the build, as `file#export`, with its id and a page that serves it. */
export function builtServerActions(): { name: string; id: string; page: string }[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? "app/page";
    const page =
      worker
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .replace(/\[id\]/, "00000000-0000-0000-0000-000000000000") || "/";
    return { name: `${entry.filename}#${entry.exportedName}`, id, page };
  });
}

/** React's reply encoding marks references with a leading "$", so a string that starts with one is sent as "$$…". */
function escapeLikeReact(_key: string, value: unknown): unknown {
  return typeof value === "string" && value.startsWith("$") ? `$${value}` : value;
}

/** Calls a server action over HTTP the way the browser does, with any cookie, and returns the raw answer. */
export async function callServerAction({
  base,
  id,
  page,
  argument,
  cookie,
}: {
  base: string;
  id: string;
  page: string;
  argument: unknown;
  cookie?: string;
}) {
  const response = await fetch(`${base}${page}`, {
    method: "POST",
    headers: {
      "next-action": id,
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      origin: base,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify([argument], escapeLikeReact),
    redirect: "manual",
  });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** Calls the built action whose `file#export` name ends with `name`; answers the raw RSC body. */
export async function callBuiltAction(base: string, name: string, argument: unknown, cookie: string): Promise<string> {
  const found = builtServerActions().find((entry) => entry.name.endsWith(name));
  if (!found) throw new Error(`no built action ${name}`);
  return (await callServerAction({ base, id: found.id, page: found.page, argument, cookie })).body;
}

/** Every route handler in the build, as its app path (e.g. `/history/[id]/csv`). */
export function builtRouteHandlers(): string[] {
  const manifest = JSON.parse(readFileSync(".next/server/app-paths-manifest.json", "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((path) => path.endsWith("/route"))
    .map((path) => path.replace(/\/route$/, "") || "/");
}
