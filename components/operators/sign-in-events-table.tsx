import { LocalTime } from "@/components/time/local-time";
import { Cell, Row, Table } from "@/components/ui/table";
import { SIGN_IN_EVENT_LABELS, type SignInEventKind } from "@/lib/auth/sign-in-event";

export type SignInEventRow = {
  id: number;
  kind: SignInEventKind;
  email: string;
  address: string;
  actorEmail: string;
  createdAt: Date;
};

/** Failed sign-ins, refusals, lockouts and clearings, newest first: the sign-in part of the audit trail. */
export function SignInEventsTable({ events }: { events: SignInEventRow[] }) {
  return (
    <Table caption="Sign-in failures and lockouts, newest first" labels={["When", "Event", "Email", "Address", "By"]}>
      {events.map((event) => (
        <Row key={event.id}>
          <Cell className="whitespace-nowrap">
            <LocalTime value={event.createdAt} seconds />
          </Cell>
          <Cell>{SIGN_IN_EVENT_LABELS[event.kind]}</Cell>
          <Cell>{event.email || "—"}</Cell>
          <Cell className="font-mono">{event.address || "—"}</Cell>
          <Cell>{event.actorEmail || "—"}</Cell>
        </Row>
      ))}
    </Table>
  );
}
