"use client";

import type { ComponentProps } from "react";

import { DownloadLink } from "@/components/ui/text-link";

import { useViewerTimeZone } from "./use-viewer-time-zone";

/** An export link that asks for the human time columns in the viewer's zone. */
export function ZonedDownloadLink({ href, ...props }: ComponentProps<"a"> & { href: string }) {
  const timeZone = useViewerTimeZone();
  return <DownloadLink href={`${href}${href.includes("?") ? "&" : "?"}tz=${encodeURIComponent(timeZone)}`} {...props} />;
}
