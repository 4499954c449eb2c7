import { jobRoute, viewJob } from "@/lib/bulk/job-routes";

export const GET = jobRoute(async (job) => Response.json(await viewJob(job), { headers: { "cache-control": "no-store" } }));
