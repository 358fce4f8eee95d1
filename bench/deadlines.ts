/**
 * Timelines per second from the shared deadline engine, on pre-built calendars (as the bot and
 * the staff API hold them). Run: npm run bench:deadlines
 */
import { performance } from 'node:perf_hooks';
import { formatDate, shippedBankHolidays, type TimelineRequest } from '../src/deadlines';
import { DeadlineService } from '../src/deadlines/service';
import { createProfileRegistry } from '../src/policy/profiles';

const service = new DeadlineService(createProfileRegistry(), shippedBankHolidays());
const ids = service.profiles.ids();
for (const id of ids) service.calendar(service.profile(id)); // index once, as a running service does

// A fixed pseudo-random mix, so runs are comparable.
let seed = 42;
const rand = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) % n);
const base = Date.UTC(2018, 0, 1);
const requests: Array<{ policy: string; req: TimelineRequest }> = [];
for (let i = 0; i < 10_000; i++) {
  const ms = base + rand(13 * 365) * 86_400_000 + rand(86_400) * 1000;
  const stage = (1 + rand(2)) as 1 | 2;
  const received = new Date(ms).toISOString();
  const req: TimelineRequest = { stage, received };
  if (rand(2)) req.acknowledged = formatDate(Math.floor(ms / 86_400_000) + 2 + rand(3));
  if (rand(3) === 0) req.responded = formatDate(Math.floor(ms / 86_400_000) + 20 + rand(10));
  requests.push({ policy: ids[rand(ids.length)], req });
}
const dateOnly = requests.map(({ policy, req }) => ({ policy, req: { ...req, received: req.received.slice(0, 10) } }));

function run(label: string, set: typeof requests, seconds: number) {
  let n = 0;
  let sink = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < set.length; i++) {
      const { policy, req } = set[i];
      sink += service.timeline(policy, req).respondBy.day;
    }
    n += set.length;
  }
  const elapsed = (performance.now() - start) / 1000;
  console.log(`${label.padEnd(34)} ${Math.round(n / elapsed).toLocaleString('en-GB').padStart(12)} timelines/s  (${n.toLocaleString('en-GB')} in ${elapsed.toFixed(2)} s${sink ? '' : ''})`);
}

const t0 = performance.now();
const fresh = new DeadlineService(createProfileRegistry(), shippedBankHolidays());
for (const id of ids) fresh.calendar(fresh.profile(id));
console.log(`Building ${ids.length} profile calendars (2000-2069): ${(performance.now() - t0).toFixed(1)} ms`);
run('warm-up', requests, 1);
run('received as ISO instants', requests, 3);
run('received as London dates', dateOnly, 3);
console.log(`Heap used: ${(process.memoryUsage().heapUsed / 1048576).toFixed(1)} MiB`);
