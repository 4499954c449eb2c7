import { LocalTime } from "@/components/time/local-time";
import { Cell, Row, Table } from "@/components/ui/table";
import { describeOperatorChange } from "@/lib/audit/operator-change";
import type { OperatorEvent } from "@/lib/audit/operator-events";

/** The audit trail of operator accounts: who created, re-roled, disabled or enabled whom, newest first. */
export function OperatorEventsTable({ events }: { events: OperatorEvent[] }) {
  return (
    <Table caption="Changes to operator accounts, newest first" labels={["When", "By", "Operator", "Change"]}>
      {events.map((event) => (
        <Row key={event.id}>
          <Cell className="whitespace-nowrap">
            <LocalTime value={event.createdAt} seconds />
          </Cell>
          <Cell>{event.actorEmail}</Cell>
          <Cell>{event.subjectEmail}</Cell>
          <Cell>{describeOperatorChange(event.change)}</Cell>
        </Row>
      ))}
    </Table>
  );
}
