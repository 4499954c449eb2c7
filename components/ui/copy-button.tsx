"use client";

import { useState } from "react";

import { Button } from "./button";

export function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  }
  return (
    <Button onClick={copy} aria-label={label} className="px-2 py-0.5 text-xs">
      {copied ? "Copied" : "Copy"}
    </Button>
  );
}
