import { beforeAll, describe, expect, it } from "vitest";

import { openDatabase, provideDatabase } from "@/lib/db/client";

import { withSignInLimits } from "./sign-in";
import { listSignInEvents, listSignInLocks, LOCKOUT_MINUTES } from "./sign-in-limits";

beforeAll(async () => {
  const opened = openDatabase({});
  provideDatabase(opened);
  await opened;
}, 30_000);

const wrong = async () => false;
const right = async () => true;

describe("sign-in limits", () => {
  it("answers the first four wrong passwords plainly, then makes every attempt wait, and locks out at twenty", async () => {
    const attempt = { email: "Target@Example.test", address: "203.0.113.7" };
    const answers: string[] = [];
    for (let index = 0; index < 25; index++) {
      const result = await withSignInLimits(attempt, wrong);
      answers.push(result.ok ? "signed in" : result.error);
    }
    expect(answers.slice(0, 4)).toEqual(Array(4).fill("Wrong email or password, or the account is disabled."));
    expect(answers.slice(4).every((answer) => answer.startsWith("Too many failed sign-ins. Try again after"))).toBe(true);
    // Even the right password is not checked while locked out.
    expect(await withSignInLimits(attempt, right)).toMatchObject({ ok: false, error: expect.stringMatching(/^Too many failed/) });

    const locks = await listSignInLocks();
    const email = locks.find((lock) => lock.key === "email:target@example.test");
    expect(email?.lockedUntil?.getTime()).toBeGreaterThan(Date.now() + (LOCKOUT_MINUTES - 1) * 60_000);
    expect(locks.map((lock) => lock.key)).toContain("address:203.0.113.7");
    const kinds = (await listSignInEvents({ limit: 100 })).map((event) => event.kind);
    expect(kinds).toContain("locked");
    expect(kinds).toContain("refused");
  });

  it("counts per address too, so rotating emails does not help, and a success starts over", async () => {
    const address = "198.51.100.9";
    for (let index = 0; index < 5; index++) await withSignInLimits({ email: `user${index}@example.test`, address }, wrong);
    const next = await withSignInLimits({ email: "fresh@example.test", address }, right);
    expect(next).toMatchObject({ ok: false, error: expect.stringMatching(/^Too many failed/) });

    const other = { email: "once@example.test", address: "192.0.2.1" };
    await withSignInLimits(other, wrong);
    expect(await withSignInLimits(other, right)).toEqual({ ok: true, value: undefined });
    expect((await listSignInLocks()).map((lock) => lock.key)).not.toContain("email:once@example.test");
  });
});
