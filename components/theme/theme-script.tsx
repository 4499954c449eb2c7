import { headers } from "next/headers";

import { THEME_STORAGE_KEY } from "./theme-storage";

/** Runs before first paint, so a dark page never flashes light: the saved choice, else the system's. */
const SCRIPT = `(function(){try{var s=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});var d=s==="dark"||(s!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.dataset.theme=d?"dark":"light"}catch(e){}})()`;

/** The inline script carries this response's CSP nonce, like Next's own scripts. */
export async function ThemeScript() {
  const policy = (await headers()).get("Content-Security-Policy") ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
