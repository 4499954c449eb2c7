/** The first-run setup form as a browser without JavaScript posts it: the page's own hidden action fields, plus ours. */
export async function postSetupForm({
  base,
  name,
  email,
  password,
}: {
  base: string;
  name: string;
  email: string;
  password: string;
}) {
  const html = await (await fetch(`${base}/setup`)).text();
  const form = /<form[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? "";
  const body = new FormData();
  for (const [tag] of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const value = (/value="([^"]*)"/.exec(tag)?.[1] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
    body.append(/name="([^"]*)"/.exec(tag)?.[1] ?? "", value);
  }
  body.append("name", name);
  body.append("email", email);
  body.append("password", password);
  return fetch(`${base}/setup`, { method: "POST", body, redirect: "manual" });
}

/** The session cookie a successful setup or sign-in answered with, as a Cookie header. */
export function sessionCookie(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}
