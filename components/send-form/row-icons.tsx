/** Small inline icons for the row actions (no icon font: nothing to download, nothing missing). */
const SVG = {
  width: 14,
  height: 14,
  viewBox: "0 0 16 16",
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 1.6,
  "aria-hidden": true,
} as const;

export function ChevronIcon({ open }: { open: boolean }) {
  return <svg {...SVG}>{open ? <path d="M3 6l5 5 5-5" /> : <path d="M6 3l5 5-5 5" />}</svg>;
}

export function CopyIcon() {
  return (
    <svg {...SVG}>
      <rect x="5" y="5" width="8.5" height="8.5" rx="1.5" />
      <path d="M3 10.5V3.5A1 1 0 0 1 4 2.5h6.5" />
    </svg>
  );
}

export function RemoveIcon() {
  return (
    <svg {...SVG}>
      <path d="M4 4l8 8M12 4l-8 8" />
    </svg>
  );
}
