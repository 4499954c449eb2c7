import type { Metadata } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
import { BackendBanner } from "@/components/layout/backend-banner";
import { Providers } from "@/components/providers";
import { getPublicConfig } from "@/lib/config/public-config";
import "./globals.css";

export const metadata: Metadata = {
  title: "ZIM Friend Console",
  description: "Send ZIM friend requests on behalf of a user and read why each target failed.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The banner reflects the running server's env, not the env at build time.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen">
        <BackendBanner config={getPublicConfig()} />
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto max-w-6xl px-4 py-3">
            <p className="text-lg font-semibold">ZIM Friend Console</p>
          </div>
        </header>
        <Providers>
          <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
        </Providers>
      </body>
    </html>
  );
}
