import Link from "next/link";
import type { ComponentProps } from "react";

const LINK = "text-accent underline underline-offset-2 hover:decoration-2";

/** An in-app link in the accent colour. */
export function TextLink({ className = "", ...props }: ComponentProps<typeof Link>) {
  return <Link className={`${LINK} ${className}`} {...props} />;
}

/** A plain anchor with the same look: downloads and exports, which must not be prefetched or routed. */
export function DownloadLink({ className = "", ...props }: ComponentProps<"a">) {
  return <a className={`${LINK} ${className}`} {...props} />;
}
