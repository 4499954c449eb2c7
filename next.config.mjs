/** @type {import('next').NextConfig} */
const nextConfig = {
  // The simulator answers at `/sim/?Action=...` exactly as ZEGO answers at `/?Action=...`;
  // a redirect from `/sim/` to `/sim` would turn every signed POST into two round trips.
  skipTrailingSlashRedirect: true,
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  reactStrictMode: true,
  experimental: {
    // A bulk job's rows arrive in one server action: 100,000 rows are about 15 MB of JSON.
    serverActions: { bodySizeLimit: "64mb" },
    proxyClientMaxBodySize: "64mb",
  },
  // The static part of the security headers, for built assets too; proxy.ts adds the nonce-based CSP to everything else.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
