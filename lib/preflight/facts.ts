import type { z } from "zod";

import type { checkFriendsRelationResponseSchema, queryUserInfosResponseSchema, UserInfo } from "@/lib/zim/read-responses";

import type { TargetFacts } from "./prediction";

const NOT_REGISTERED = 660700015;

export type Registration = { found: Map<string, UserInfo>; unregistered: Set<string>; problems: Map<string, string> };
export type Relations = { relations: Map<string, number>; unregistered: Set<string>; problems: Map<string, string> };

/** Who QueryUserInfos found, who it says is not registered (660700015), and any other per-user answer. */
export function collectRegistration(answers: readonly z.output<typeof queryUserInfosResponseSchema>[]): Registration {
  const registration: Registration = { found: new Map(), unregistered: new Set(), problems: new Map() };
  for (const answer of answers) {
    for (const info of answer.Result) registration.found.set(info.userId, info);
    for (const { userId, subCode } of answer.ErrorList) {
      if (subCode === NOT_REGISTERED) registration.unregistered.add(userId);
      else registration.problems.set(userId, `QueryUserInfos answered SubCode ${subCode} for this user`);
    }
  }
  return registration;
}

/** The Relation of each user CheckFriendsRelation answered for; a Fails entry is unregistered or a problem. */
export function collectRelations(answers: readonly z.output<typeof checkFriendsRelationResponseSchema>[]): Relations {
  const result: Relations = { relations: new Map(), unregistered: new Set(), problems: new Map() };
  for (const answer of answers) {
    for (const { userId, relation } of answer.Successes) result.relations.set(userId, relation);
    for (const { userId, subCode } of answer.Fails) {
      if (subCode === NOT_REGISTERED) result.unregistered.add(userId);
      else result.problems.set(userId, `CheckFriendsRelation answered SubCode ${subCode} for this user`);
    }
  }
  return result;
}

/** true or false when either read says so; null when neither could tell. */
export function isRegistered(userId: string, registration: Registration, relations?: Relations): boolean | null {
  if (registration.found.has(userId)) return true;
  return registration.unregistered.has(userId) || relations?.unregistered.has(userId) ? false : null;
}

export function targetFacts(userId: string, registration: Registration, relations: Relations | undefined): TargetFacts {
  return {
    userId,
    registered: isRegistered(userId, registration, relations),
    relation: relations?.relations.get(userId) ?? null,
    problem: registration.problems.get(userId) ?? relations?.problems.get(userId),
  };
}
