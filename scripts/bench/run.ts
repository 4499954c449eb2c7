import { launchChromium, signedInContext } from "./browser";
import { measureFirstLoadJs } from "./first-load-js";
import { measureFormHeight } from "./form-height";
import { measureKeyboardSend } from "./keyboard-send";
import { measureKeystrokeLatency } from "./keystroke-latency";
import { measureSendDirect, measureSendThroughApp } from "./send-latency";
import { controlSimulator, startServer, stopServer } from "./server";
import { formatMs, median, percentile } from "./stats";

/** Prints each figure beside its budget. Run after `npm run build` (npm run bench does both). */
async function main() {
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const { context, cookie } = await signedInContext(browser);
    await controlSimulator("reset", { seed: true }, cookie);
    const firstLoad = await measureFirstLoadJs(cookie);
    const keystrokes = await measureKeystrokeLatency(context);
    const keyboard = await measureKeyboardSend(context);
    const formHeight = await measureFormHeight(context);
    const viaApp = await measureSendThroughApp(context, cookie);
    const direct = await measureSendDirect();

    const kib = firstLoad.gzipBytes / 1024;
    const rows = [
      ["First-load JS of / (gzip)", `${kib.toFixed(1)} KiB in ${firstLoad.scripts} scripts`, "200 KiB", kib <= 200],
      ["  noModule polyfills, not loaded by Chromium", `${(firstLoad.noModuleGzipBytes / 1024).toFixed(1)} KiB`, "(info)", true],
      [
        "Keystroke -> counter p95 (50 x 5 form)",
        formatMs(percentile(keystrokes.toCounter, 95)),
        "16 ms",
        percentile(keystrokes.toCounter, 95) < 16,
      ],
      ["Keystroke -> counter median", formatMs(median(keystrokes.toCounter)), "", true],
      ["Keystroke -> next frame p95", formatMs(percentile(keystrokes.toFrame, 95)), "(info)", true],
      [
        "Keys for a 20-target send, beyond the IDs",
        `${keyboard.keys} keys${keyboard.sent ? "" : " (NOT SENT)"}`,
        "60 keys",
        keyboard.sent && keyboard.keys <= 60,
      ],
      ["Send page height, 20 targets at 1280x900", `${formHeight} px`, "1600 px", formHeight <= 1600],
      ["Send -> table visible, median (20 targets)", formatMs(median(viaApp)), "", true],
      ["Send -> table visible, p95", formatMs(percentile(viaApp, 95)), "", true],
      ["Direct call to simulator, median", formatMs(median(direct)), "", true],
      ["Direct call to simulator, p95", formatMs(percentile(direct, 95)), "", true],
      ["App overhead ratio (median app / direct)", `${(median(viaApp) / median(direct)).toFixed(1)}x`, "", true],
    ] as const;
    console.log(
      `\nZIM Friend Console benchmarks (${keystrokes.toCounter.length} keystrokes, ${viaApp.length} sends; sends are recorded in the embedded database)\n`,
    );
    for (const [name, value, budget, ok] of rows) {
      const verdict = budget === "" || budget === "(info)" ? budget : `budget ${budget.padEnd(8)} ${ok ? "ok" : "OVER"}`;
      console.log(`${name.padEnd(46)} ${value.padStart(24)}  ${verdict}`);
    }
  } finally {
    await browser.close();
    stopServer(server);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
