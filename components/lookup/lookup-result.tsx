"use client";

import { UserLink } from "@/components/lookup/user-link";
import { LocalTime } from "@/components/time/local-time";
import { Button } from "@/components/ui/button";
import { Notice, Panel } from "@/components/ui/notice";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
import { FRIENDS_PER_PAGE_SHOWN } from "@/lib/lookup/page-size";
import type { LookupAnswer } from "@/lib/lookup/run-lookup";
import type { FriendPage } from "@/lib/preflight/reads";

function Registration({ answer }: { answer: LookupAnswer }) {
  if (answer.problem)
    return (
      <Notice tone="error">
        Could not tell whether {answer.userId} is registered: {answer.problem}
      </Notice>
    );
  if (answer.registered === false)
    return (
      <Notice tone="warning" role="status">
        <strong className="font-mono">{answer.userId}</strong> is <strong>not registered</strong>: every friend request to or from
        them fails (660700015 as a target, 660500002 as FromUserId). They must log in once, or be created with UserRegister.
      </Notice>
    );
  const { info } = answer;
  return (
    <Panel tone="success" role="status">
      <p className="flex items-center gap-3">
        {info?.avatar && /^https:\/\//.test(info.avatar) && (
          // An avatar URL from ZIM: any host, so not through next/image's allow-list.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={info.avatar} alt="" width={40} height={40} className="size-10 rounded-full" referrerPolicy="no-referrer" />
        )}
        <span>
          <strong className="font-mono">{answer.userId}</strong> is <strong>registered</strong>
          {info?.userName && info.userName !== answer.userId ? ` as “${info.userName}”` : ""}.
        </span>
      </p>
    </Panel>
  );
}

function FriendTable({
  friends,
  page,
  busy,
  onNextPage,
  onPreviousPage,
}: {
  friends: FriendPage;
  page: number;
  busy: boolean;
  onNextPage: (cursor: string) => void;
  onPreviousPage: () => void;
}) {
  const first = (page - 1) * FRIENDS_PER_PAGE_SHOWN + 1;
  const last = first + friends.friends.length - 1;
  const more = friends.next !== "0" && friends.next !== "";
  return (
    <section aria-labelledby="friends-heading" className="space-y-2">
      <h2 id="friends-heading" className="font-semibold">
        Friend list: <span aria-label="Friend count">{friends.totalCount.toLocaleString("en")}</span>{" "}
        {friends.totalCount === 1 ? "friend" : "friends"}
      </h2>
      {friends.totalCount >= 2990 && (
        <Notice tone="warning">
          {friends.totalCount >= 3000 ? "At" : "Near"} the cap of 3,000 friends: requests from this user fail with 660800028 once
          it is reached.
        </Notice>
      )}
      {friends.friends.length > 0 && (
        <>
          <p className="text-sm" role="status" aria-label="Friends shown">
            Friends {first.toLocaleString("en")}–{last.toLocaleString("en")} of {friends.totalCount.toLocaleString("en")}, newest
            first
          </p>
          <Table caption="Friends" labels={["UserId", "Alias", "Wording", "Attributes", "Friends since"]}>
            {friends.friends.map((friend) => (
              <Row key={friend.userId}>
                <RowHeader className="font-mono">
                  <UserLink userId={friend.userId} />
                </RowHeader>
                <Cell>{friend.friendAlias || <span className="text-muted">—</span>}</Cell>
                <Cell>{friend.wording || <span className="text-muted">—</span>}</Cell>
                <Cell className="font-mono text-xs">
                  {friend.attributes.length > 0 ? friend.attributes.map(({ key, value }) => `${key}=${value}`).join(" ") : "—"}
                </Cell>
                <Cell>{friend.createTime > 0 ? <LocalTime value={new Date(friend.createTime)} /> : "—"}</Cell>
              </Row>
            ))}
          </Table>
        </>
      )}
      <div className="flex gap-2">
        <Button onClick={onPreviousPage} disabled={page === 1 || busy}>
          Previous page
        </Button>
        <Button onClick={() => onNextPage(friends.next)} disabled={!more || busy}>
          Next page
        </Button>
      </div>
    </section>
  );
}

/** What a lookup found: registration, the relation asked about, and one page of the friend list. */
export function LookupResult({
  answer,
  page,
  busy,
  onNextPage,
  onPreviousPage,
}: {
  answer: LookupAnswer;
  page: number;
  busy: boolean;
  onNextPage: (cursor: string) => void;
  onPreviousPage: () => void;
}) {
  return (
    <div className="space-y-4">
      <Registration answer={answer} />
      {answer.relation && (
        <section aria-labelledby="relation-heading">
          <h2 id="relation-heading" className="font-semibold">
            Relation of {answer.userId} with <UserLink userId={answer.relation.withUserId} />
          </h2>
          <p className="text-sm" aria-label="Relation">
            {answer.relation.words}
          </p>
        </section>
      )}
      {answer.friends && "problem" in answer.friends && (
        <Notice tone="error">Could not read the friend list: {answer.friends.problem}</Notice>
      )}
      {answer.friends && !("problem" in answer.friends) && (
        <FriendTable friends={answer.friends} page={page} busy={busy} onNextPage={onNextPage} onPreviousPage={onPreviousPage} />
      )}
    </div>
  );
}
