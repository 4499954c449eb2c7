import type { Metadata } from "next";

import { CodeEntryCard } from "@/components/codes/code-entry-card";
import { TextLink } from "@/components/ui/text-link";
import { requirePageCaller } from "@/lib/auth/page-guard";
import { CODE_CATALOG, describeCode } from "@/lib/zim/code-catalog";
import { CATEGORY_LABELS } from "@/lib/zim/code-search";

export async function generateMetadata({ params }: PageProps<"/codes/[code]">): Promise<Metadata> {
  const { code } = await params;
  return { title: { absolute: `${code.slice(0, 20)} · Codes` } };
}

export default async function CodePage({ params }: PageProps<"/codes/[code]">) {
  await requirePageCaller();
  const { code: codeParam } = await params;
  const code = /^\d{1,12}$/.test(codeParam) ? Number(codeParam) : undefined;
  const entry = code === undefined ? undefined : describeCode(code);
  return (
    <div className="max-w-2xl space-y-4">
      <p className="text-sm">
        <TextLink href="/codes">All codes</TextLink>
      </p>
      <h1 className="text-2xl font-semibold">Code {codeParam}</h1>
      {entry ? (
        <>
          <p className="text-sm text-muted">
            {CATEGORY_LABELS[entry.category]}
            {code !== undefined && !CODE_CATALOG.has(code) && " · unknown to this app: not in ZEGO's documentation"}
          </p>
          <CodeEntryCard entry={entry} level={2} />
        </>
      ) : (
        <p role="alert" className="text-sm">
          “{codeParam}” is not a number; ZIM codes are whole numbers.
        </p>
      )}
    </div>
  );
}
