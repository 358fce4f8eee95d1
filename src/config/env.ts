import { z } from 'zod';

/**
 * Every setting, validated at start-up. A bad value stops the process with a message that names
 * the variable, before anything listens or writes.
 */
export const EnvSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be from 0 to 65535')
    .max(65535, 'must be from 0 to 65535')
    .default(3978),
  POLICY: z.string().regex(/^[a-z0-9-]+$/, 'must be a policy id such as housing-ombudsman-code').default('housing-ombudsman-code'),
  POLICY_FILE: z.string().min(1).optional(),
  DATABASE_PATH: z.string().min(1, 'must not be empty').default('./data/complaints.db'),
  BANK_HOLIDAYS_PATH: z.string().min(1).optional(),
  MicrosoftAppId: z.string().default(''),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: z.string().default(''),
});
export type Env = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function readEnv(source: Record<string, string | undefined>): Env {
  // Treat "PORT=" like an unset variable, as shells and .env files commonly leave them.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const r = EnvSchema.safeParse(cleaned);
  if (r.success) {
    const env = r.data;
    if (env.MicrosoftAppType === 'SingleTenant' && env.MicrosoftAppId && !env.MicrosoftAppTenantId) {
      throw new ConfigError('MicrosoftAppTenantId: required when MicrosoftAppType is SingleTenant');
    }
    if (env.MicrosoftAppId && env.MicrosoftAppType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
      throw new ConfigError('MicrosoftAppPassword: required when MicrosoftAppId is set');
    }
    return env;
  }
  const lines = r.error.issues.map((i) => {
    const name = String(i.path[0] ?? 'environment');
    return `${name}: ${i.message} (got ${JSON.stringify(source[name] ?? null)})`;
  });
  throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
}
