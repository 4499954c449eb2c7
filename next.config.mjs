/** @type {import('next').NextConfig} */
const nextConfig = {
  // The simulator answers at `/sim/?Action=...` exactly as ZEGO answers at `/?Action=...`;
  // a redirect from `/sim/` to `/sim` would turn every signed POST into two round trips.
  skipTrailingSlashRedirect: true,
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  reactStrictMode: true,
};

export default nextConfig;
