/** The staff subcommands `complaints staff` takes. */
export const STAFF_COMMANDS = ['add', 'list', 'disable', 'enable', 'reset', 'rename'] as const;

/** What `complaints staff` says to a subcommand it does not take: every one it does. */
export const STAFF_EXPECTED = 'staff: expected add <name>, list, disable <name>, enable <name>, reset <name> or rename <name> --name "<full name>"';

/** The staff commands' part of `complaints --help`. */
export const STAFF_USAGE = `  staff add <name> [--name "<full name>"] [--oidc]
                            Create a console account; prints a one-time password to change at first
                            sign-in. <name> signs in; --name (or --display-name) is the person's
                            name as the console shows it, and its first word is what residents see
                            when they join a conversation (default: <name> with a capital).
                            --oidc: no password; signs in only through OpenID Connect (the name is
                            then the e-mail address or UPN the provider gives).
  staff list                List the accounts: name, display name, status, how they sign in, and
                            when each last signed in (\`never\` for none since migration 10).
  staff disable <name>      Stop an account signing in and end its sessions at once.
  staff enable <name>       Let a disabled account sign in again.
  staff reset <name>        Give a new one-time password (a forgotten password); ends its sessions.
  staff rename <name> --name "<full name>"
                            Change the person's name as the console and residents see it (the
                            sign-in name stays); seen from that person's next request.`;
