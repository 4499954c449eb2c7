import type { Metadata } from "next";

import { SearchBox } from "@/components/search/search-box";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Not found" };

/** An address that leads nowhere: say so, and offer the places people usually mean. */
export default function NotFound() {
  return (
    <div className="max-w-prose space-y-2">
      <h1 className="text-2xl font-semibold">Nothing here</h1>
      <p className="text-sm">
        This address leads to no page, send or code. It may have been mistyped, or the send it named does not exist.
      </p>
      <p className="text-sm">
        Try <TextLink href="/history">History</TextLink> to find a send by its RequestId, FromUserId or target, or the{" "}
        <TextLink href="/codes">code reference</TextLink>. Or search for a RequestId, ticket or user ID:
      </p>
      <SearchBox id="not-found-search" name="Search from this page" wide />
    </div>
  );
}
