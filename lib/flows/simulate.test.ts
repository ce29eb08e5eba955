import { describe, expect, it } from 'vitest';
import { EMPTY_FLOW } from './definition';
import { type SimInput, simulateCall } from './simulate';

const weekdays = { mon: { open: '09:00', close: '18:00' }, tue: { open: '09:00', close: '18:00' } };
const base: SimInput = {
  // Monday 2026-11-09 10:00 IST.
  at: new Date('2026-11-09T04:30:00Z'),
  isNow: false,
  didNumber: '+911140000001',
  didSchedule: { timezone: 'Asia/Kolkata', working_hours: weekdays },
  holidays: [],
  flow: { id: 'f1', name: 'Sales', definition: { ...EMPTY_FLOW, name: 'Sales', agentExt: '101', transferTo: '102' } },
  agents: [
    { extension: '101', name: 'Asha', active: true, available: true, onCall: false, schedule: null },
    { extension: '102', name: 'Ravi', active: true, available: true, onCall: false, schedule: null },
  ],
  bots: [{ id: 'b1', name: 'Lead bot', wssUrl: 'wss://bot.example/s' }],
};

describe('simulateCall', () => {
  it('a holiday closes the number, named in plain language', () => {
    const r = simulateCall({ ...base, holidays: [{ name: 'Diwali', date: '2026-11-09' }] });
    expect(r.outcome).toBe('closed');
    expect(r.summary).toBe('Diwali (holiday) → closed: caller hears the closed message');
  });

  it('inside working hours the call rings the agent’s extension', () => {
    const r = simulateCall(base);
    expect(r.outcome).toBe('agent');
    expect(r.summary).toContain('rings Asha (ext 101)');
  });

  it('an agent off their own schedule sends the call to the transfer fallback', () => {
    const agents = [
      {
        ...base.agents[0],
        schedule: { timezone: 'Asia/Kolkata', working_hours: { mon: { open: '12:00', close: '20:00' } } },
      },
      base.agents[1],
    ];
    const r = simulateCall({ ...base, agents });
    expect(r.outcome).toBe('agent');
    expect(r.summary).toContain('off duty');
    expect(r.summary).toContain('transfer: Ravi (ext 102)');
  });

  it('live availability counts only for "now"', () => {
    const agents = [{ ...base.agents[0], available: false }, base.agents[1]];
    expect(simulateCall({ ...base, agents }).summary).toContain('rings Asha');
    expect(simulateCall({ ...base, agents, isNow: true }).summary).toContain('marked unavailable');
  });

  it('a bot flow goes to the bot', () => {
    const flow = {
      id: 'f1',
      name: 'Bot',
      definition: { ...EMPTY_FLOW, name: 'Bot', target: 'bot' as const, botId: 'b1', transferTo: '102' },
    };
    expect(simulateCall({ ...base, flow })).toMatchObject({ outcome: 'bot' });
  });

  it('after hours and with no flow say so', () => {
    expect(simulateCall({ ...base, at: new Date('2026-11-09T13:00:00Z') }).outcome).toBe('closed');
    expect(simulateCall({ ...base, flow: null }).summary).toContain('no flow answers this number');
  });
});
