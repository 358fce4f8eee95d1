import type { Clock } from '../clock/clock';
import type { Env } from '../config/env';
import type { CaseUpdates } from '../cases/updates';
import type { DeadlineService } from '../deadlines/service';
import { RateLimiter } from '../rate-limit';
import type { Store } from '../store/ports';
import { StaffSignIn } from './accounts/sign-in';
import { StaffApi } from './api';
import { StaffAuth } from './auth';
import { loadConsoleAssets } from './console/assets';
import { OidcSignIn } from './console/oidc';
import { StaffConsole } from './console/routes';
import { StaffGate } from './identity';

/** Sign-in attempts (password or provider) per client address per minute, before any hashing. */
const SIGN_IN_PER_MINUTE = 10;

/** The staff side from settings: bearer tokens for systems; the console and its accounts for people (unless STAFF_CONSOLE=off). */
export function createStaff(env: Env, deps: { store: Store; clock: Clock; updates: CaseUpdates; deadlines: DeadlineService }): { api: StaffApi; gate: StaffGate } {
  const { store, clock } = deps;
  const people =
    env.STAFF_CONSOLE === 'on'
      ? new StaffSignIn({
          accounts: store.staffAccounts,
          sessions: store.staffSessions,
          locks: store.lookupLocks,
          clock,
          limits: { hours: env.STAFF_SESSION_HOURS, idleMinutes: env.STAFF_SESSION_IDLE_MINUTES },
        })
      : undefined;
  const gate = new StaffGate(new StaffAuth(env.STAFF_API_TOKENS), people);
  const oidc =
    people && env.STAFF_OIDC_ISSUER
      ? new OidcSignIn(
          { issuer: env.STAFF_OIDC_ISSUER, clientId: env.STAFF_OIDC_CLIENT_ID!, clientSecret: env.STAFF_OIDC_CLIENT_SECRET!, redirectUri: env.STAFF_OIDC_REDIRECT_URI! },
          { accounts: store.staffAccounts, sessions: store.staffSessions, clock },
        )
      : undefined;
  const console = people ? new StaffConsole({ gate, signIn: people, oidc, assets: loadConsoleAssets(), attempts: new RateLimiter(SIGN_IN_PER_MINUTE, clock) }) : undefined;
  const api = new StaffApi({ gate, console, cases: store.cases, updates: deps.updates, deadlines: deps.deadlines, staffAccounts: store.staffAccounts });
  return { api, gate };
}
