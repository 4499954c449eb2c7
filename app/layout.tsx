import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";

import { EnvironmentBanner } from "@/components/layout/environment-banner";
import { EnvironmentProvider } from "@/components/layout/environment-context";
import { SiteHeader } from "@/components/layout/site-header";
import { Providers } from "@/components/providers";
import { ThemeScript } from "@/components/theme/theme-script";
import { getCaller } from "@/lib/auth/caller";
import { getPublicConfig } from "@/lib/config/public-config";

import "./globals.css";

export const metadata: Metadata = {
  title: { template: "%s · ZIM Friend Console", default: "ZIM Friend Console" },
  description: "Send ZIM friend requests on behalf of a user and read why each target failed.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The banner reflects the running server's env, not the env at build time.
  await connection();
  const caller = await getCaller();
  return (
    // The theme script sets data-theme before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen">
        <EnvironmentProvider environments={getPublicConfig().environments}>
          {caller && <EnvironmentBanner />}
          <SiteHeader caller={caller} />
          <Providers>
            <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
          </Providers>
        </EnvironmentProvider>
      </body>
    </html>
  );
}
