import Link from "next/link";

/** Every ZIM code shown in the app links to its entry in the code reference. */
export function CodeLink({ code }: { code: number }) {
  return (
    <Link href={`/codes/${code}`} className="font-mono text-accent underline decoration-dotted hover:decoration-solid">
      {code}
    </Link>
  );
}
