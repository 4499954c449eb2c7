import { checkList, type CheckListRequest } from "@/lib/bulk/check-list";

/** What this file needs of a dedicated worker's global scope (the DOM library types `self` as a window). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckListRequest>) => void) | null;
  postMessage(message: ReturnType<typeof checkList>): void;
};

// Off the page's thread, the check runs in one go instead of in slices between the page's work.
scope.onmessage = (event) => scope.postMessage(checkList(event.data));
