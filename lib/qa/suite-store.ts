import "server-only";

import { asc, eq } from "drizzle-orm";

import { getDb } from "@/lib/db/client";
import { suite } from "@/lib/db/schema";

import type { SuiteCase } from "./suite";

export async function saveSuite({
  name,
  cases,
  updatedBy,
}: {
  name: string;
  cases: SuiteCase[];
  updatedBy: string;
}): Promise<void> {
  const db = await getDb();
  await db
    .insert(suite)
    .values({ name, cases, updatedBy })
    .onConflictDoUpdate({ target: suite.name, set: { cases, updatedBy, updatedAt: new Date() } });
}

export async function listSuites(): Promise<{ name: string; updatedBy: string; updatedAt: Date; count: number }[]> {
  const db = await getDb();
  const rows = await db.select().from(suite).orderBy(asc(suite.name));
  return rows.map(({ name, updatedBy, updatedAt, cases }) => ({
    name,
    updatedBy,
    updatedAt,
    count: cases.length,
  }));
}

export async function loadSuite(name: string): Promise<SuiteCase[] | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(suite).where(eq(suite.name, name));
  return row?.cases;
}
