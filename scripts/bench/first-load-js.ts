import { gzipSync } from "node:zlib";

import { BENCH_BASE } from "./server";

async function gzipSize(source: string): Promise<number> {
  const body = Buffer.from(await (await fetch(new URL(source, BENCH_BASE))).arrayBuffer());
  return gzipSync(body, { level: 9 }).length;
}

/**
 * Sums the gzip size of every script the built send page's HTML loads. `noModule` polyfills are
 * counted apart: browsers that run modules (all the console supports) never fetch them.
 */
export async function measureFirstLoadJs(
  cookie: string,
): Promise<{ scripts: number; gzipBytes: number; noModuleGzipBytes: number }> {
  const html = await (await fetch(`${BENCH_BASE}/`, { headers: { cookie } })).text();
  const tags = [...new Set([...html.matchAll(/<script[^>]+src="[^"]+"[^>]*>/g)].map((match) => match[0]))];
  let gzipBytes = 0;
  let noModuleGzipBytes = 0;
  let scripts = 0;
  for (const tag of tags) {
    const size = await gzipSize(/src="([^"]+)"/.exec(tag)?.[1] as string);
    if (/nomodule/i.test(tag)) {
      noModuleGzipBytes += size;
    } else {
      gzipBytes += size;
      scripts += 1;
    }
  }
  return { scripts, gzipBytes, noModuleGzipBytes };
}
