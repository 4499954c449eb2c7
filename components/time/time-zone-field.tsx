"use client";

import { useViewerTimeZone } from "./use-viewer-time-zone";

/** Sends the browser's zone with a GET form, so the server reads its date fields as the viewer meant them. */
export function TimeZoneField() {
  return <input type="hidden" name="tz" value={useViewerTimeZone()} />;
}
