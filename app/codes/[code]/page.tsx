import { CodeEntryCard } from "@/components/codes/code-entry-card";
import { TextLink } from "@/components/ui/text-link";
import { requirePageCaller } from "@/lib/auth/page-guard";
import { CODE_CATALOG, describeCode } from "@/lib/zim/code-catalog";
import { CATEGORY_LABELS } from "@/lib/zim/code-search";

export default async function CodePage({ params }: PageProps<"/codes/[code]">) {
  await requirePageCaller();
  const { code: raw } = await params;
  const code = /^\d{1,12}$/.test(raw) ? Number(raw) : undefined;
  const entry = code === undefined ? undefined : describeCode(code);
  return (
    <div className="max-w-2xl space-y-4">
      <p className="text-sm">
        <TextLink href="/codes">All codes</TextLink>
      </p>
      <h1 className="text-2xl font-semibold">Code {raw}</h1>
      {entry ? (
        <>
          <p className="text-sm text-muted">
            {CATEGORY_LABELS[entry.category]}
            {code !== undefined && !CODE_CATALOG.has(code) && " · not in ZEGO's documentation"}
          </p>
          <CodeEntryCard entry={entry} />
        </>
      ) : (
        <p role="alert" className="text-sm">
          “{raw}” is not a number; ZIM codes are whole numbers.
        </p>
      )}
    </div>
  );
}
