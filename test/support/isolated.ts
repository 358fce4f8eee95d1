/**
 * The test files vitest runs each in a fresh process (the `isolated` project in vitest.config.ts).
 * Every other file shares its worker's process with the files run before it there (`isolate:
 * false`): the bot's modules (botbuilder, the dialogs, the triage model) load once a worker, not
 * once a file, which was about 4 s of CPU for each file that builds the app.
 *
 * A file belongs here when it changes something a later file in the same process would see and
 * vitest does not put back: a module replaced by vi.mock, which stays registered; process.env or
 * process.argv; fake timers; globals; data modules share (i18n's addResource writes into the
 * locale JSON every i18n instance reads). What vitest puts back after every file, shared or not
 * (vitest 4, `run` in its worker: vi.resetConfig() and vi.restoreAllMocks() after each file):
 * vi.setConfig and vi.spyOn. Spawned processes, servers on port 0, a browser, temporary files
 * and databases of their own touch nothing another file reads, so those files share.
 *
 * test/support/isolated.test.ts fails when a file doing one of those things is missing here, or
 * when a path here names no file (a renamed file would otherwise fall back into sharing).
 */
export const ISOLATED: readonly string[] = [
  'test/bot/channel-taps.test.ts', // i18n addResource changes the locale JSON every i18n instance shares
  'test/triage/fresh-eval.test.ts', // vi.mock, process.argv
];
