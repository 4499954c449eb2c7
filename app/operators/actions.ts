"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { defineAction } from "@/lib/actions/define-action";
import { createOperator, updateOperator } from "@/lib/auth/operators";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rule";
import { ROLES } from "@/lib/auth/roles";
import { clearSignInLock } from "@/lib/auth/sign-in-limits";

const newOperatorSchema = z.object({
  email: z.email("Enter an email address"),
  name: z.string().trim().min(1, "Enter a name").max(80),
  password: z.string().min(PASSWORD_MIN_LENGTH, `At least ${PASSWORD_MIN_LENGTH} characters`),
  role: z.enum(ROLES),
});

export const createOperatorAction = defineAction({
  name: "createOperator",
  role: "admin",
  schema: () => newOperatorSchema,
  handler: async (input, { caller }) => {
    const created = await createOperator({ ...input, actor: caller });
    if (!created.ok) return { status: "failed", message: created.error };
    revalidatePath("/operators");
    return { status: "done" as const };
  },
});

const updateSchema = z.object({ id: z.string().min(1), role: z.enum(ROLES).optional(), disabled: z.boolean().optional() });

export const updateOperatorAction = defineAction({
  name: "updateOperator",
  role: "admin",
  schema: () => updateSchema,
  handler: async ({ id, role, disabled }, { caller }) => {
    if (id === caller.id) return { status: "failed", message: "You cannot change your own role or disable yourself." };
    const updated = await updateOperator({ id, patch: { role, disabled }, actor: caller });
    if (!updated.ok) return { status: "failed", message: updated.error };
    revalidatePath("/operators");
    return { status: "done" as const };
  },
});

export const clearSignInLockAction = defineAction({
  name: "clearSignInLock",
  role: "admin",
  schema: () => z.object({ key: z.string().regex(/^(email|address):.{1,400}$/) }),
  handler: async ({ key }, { caller }) => {
    await clearSignInLock({ key, actorEmail: caller.email });
    revalidatePath("/operators");
    return { status: "done" as const };
  },
});
