import { gzipSync } from "node:zlib";

import { BENCH_BASE } from "./server";

async function gzipSize(source: string): Promise<number> {
  const body = Buffer.from(await (await fetch(new URL(source, BENCH_BASE))).arrayBuffer());
  return gzipSync(body, { level: 9 }).length;
}

/** The chunks the page's inline RSC payload names: the client components the page hydrates. */
function chunksNamedInPayload(html: string): string[] {
  const payload = [...html.matchAll(/self\.__next_f\.push\(\[1,"((?:[^"\\]|\\.)*)"\]\)/g)]
    .map(([, text]) => JSON.parse(`"${text}"`) as string)
    .join("");
  return [...payload.matchAll(/\/_next\/static\/chunks\/[\w.-]+\.js/g)].map(([path]) => path);
}

/**
 * Sums the gzip size of every script the built send page needs to hydrate, as Next counts a
 * route's first load: the HTML's script tags and the chunks its inline RSC payload names (the
 * layout's, the page's, the error boundary's). Which of those get a tag depends on the order the
 * server streams the page in: counting tags alone missed the error boundary's chunk. Chunks of
 * components imported lazily (preloaded by a link, hydrated when they arrive) are not counted.
 * `noModule` polyfills are counted apart: browsers that run modules never fetch them.
 */
export async function measureFirstLoadJs(
  cookie: string,
): Promise<{ scripts: number; gzipBytes: number; noModuleGzipBytes: number }> {
  const html = await (await fetch(`${BENCH_BASE}/`, { headers: { cookie } })).text();
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)];
  const noModule = new Set(tags.filter(([tag]) => /nomodule/i.test(tag)).map(([, src]) => src as string));
  const scripts = new Set([...tags.map(([, src]) => src as string), ...chunksNamedInPayload(html)]);
  let gzipBytes = 0;
  let noModuleGzipBytes = 0;
  for (const script of scripts) {
    const size = await gzipSize(script);
    if (noModule.has(script)) noModuleGzipBytes += size;
    else gzipBytes += size;
  }
  return { scripts: scripts.size - noModule.size, gzipBytes, noModuleGzipBytes };
}
