"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import type { SuiteInputs } from "@/lib/qa/suite-generator";

const FIELDS: [keyof Omit<SuiteInputs, "batchLimit">, string][] = [
  ["fromUserId", "FromUserId (registered)"],
  ["registered", "A registered target"],
  ["unregistered", "An unregistered user ID"],
  ["friend", "A friend of FromUserId"],
  ["oneWayFriend", "A user to make a one-way friend"],
];

/** The users the boundary cases need; the defaults are the simulator's seeded users. */
export function SuiteGeneratorForm({
  batchLimit,
  onGenerate,
}: {
  batchLimit: number;
  onGenerate: (inputs: SuiteInputs) => void;
}) {
  const [inputs, setInputs] = useState<SuiteInputs>({
    fromUserId: "agent_amy",
    registered: "user_alice",
    unregistered: "ghost_gary",
    friend: "friend_fred",
    oneWayFriend: "oneway_olga",
    batchLimit,
  });
  return (
    <form
      aria-label="Generate a boundary suite"
      onSubmit={(event) => {
        event.preventDefault();
        onGenerate(inputs);
      }}
      className="grid gap-3 rounded-lg border border-border bg-surface p-3 md:grid-cols-6"
    >
      {FIELDS.map(([key, label]) => (
        <div key={key}>
          <label htmlFor={`suite-${key}`} className="text-xs font-medium">
            {label}
          </label>
          <Input
            id={`suite-${key}`}
            value={inputs[key]}
            onChange={(event) => setInputs({ ...inputs, [key]: event.target.value })}
            className="mt-1 w-full font-mono"
          />
        </div>
      ))}
      <div>
        <label htmlFor="suite-batch" className="text-xs font-medium">
          Batch limit
        </label>
        <Input
          id="suite-batch"
          type="number"
          min={1}
          max={50}
          value={inputs.batchLimit}
          onChange={(event) => setInputs({ ...inputs, batchLimit: Number(event.target.value) || 20 })}
          className="mt-1 w-full font-mono"
        />
      </div>
      <div className="md:col-span-6">
        <Button type="submit" variant="primary">
          Generate boundary cases
        </Button>
      </div>
    </form>
  );
}
