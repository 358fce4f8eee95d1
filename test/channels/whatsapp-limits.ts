import { expect } from 'vitest';
import { WHATSAPP_LIMITS as L } from '../../src/channels/whatsapp/limits';
import type { CloudMessage } from '../../src/channels/whatsapp/outbound';

/** Every limit the Cloud API sets on what we send. */
export function withinLimits(m: CloudMessage): void {
  if (m.type === 'text') {
    expect(m.text.body.length).toBeGreaterThan(0);
    expect(m.text.body.length).toBeLessThanOrEqual(L.text);
    return;
  }
  const i = m.interactive;
  if (i.type === 'button') {
    expect(i.body.text.length).toBeLessThanOrEqual(L.buttons.body);
    expect(i.action.buttons.length).toBeLessThanOrEqual(L.buttons.max);
    for (const b of i.action.buttons) {
      expect(b.reply.title.length).toBeLessThanOrEqual(L.buttons.title);
      expect(b.reply.id.length).toBeLessThanOrEqual(L.buttons.id);
    }
  } else {
    expect(i.body.text.length).toBeLessThanOrEqual(L.list.body);
    expect(i.action.button.length).toBeLessThanOrEqual(L.list.button);
    const rows = i.action.sections.flatMap((s) => s.rows);
    expect(rows.length).toBeLessThanOrEqual(L.list.max);
    for (const r of rows) {
      expect(r.title.length).toBeLessThanOrEqual(L.list.title);
      expect((r.description ?? '').length).toBeLessThanOrEqual(L.list.description);
      expect(r.id.length).toBeLessThanOrEqual(L.list.id);
    }
  }
}

