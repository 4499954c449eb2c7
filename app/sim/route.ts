import { serveZimRequest } from "@/lib/simulator/serve";

export const dynamic = "force-dynamic";

export const GET = serveZimRequest;
export const POST = serveZimRequest;
