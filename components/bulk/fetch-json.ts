/** GETs one of the job's JSON routes; a signed-out or failed answer becomes an error React Query shows. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: "no-store" });
  if (response.status === 401) throw new Error("Your session has ended: sign in again to follow this job.");
  if (!response.ok) throw new Error(`The server answered ${response.status}; the figures shown may be old.`);
  return (await response.json()) as T;
}
