import Link from "next/link";

/** A UserId that opens the user lookup; never prefetched, since every lookup is audited. */
export function UserLink({ userId, className = "" }: { userId: string; className?: string }) {
  return (
    <Link
      href={`/users?id=${encodeURIComponent(userId)}`}
      prefetch={false}
      className={`text-accent underline decoration-dotted underline-offset-2 ${className}`}
      title={`Look up ${userId}`}
    >
      {userId}
    </Link>
  );
}
