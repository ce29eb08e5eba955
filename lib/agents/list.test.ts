import { describe, expect, it } from 'vitest';
import { coverageWarnings } from './coverage';
import { type Agent, countAgents, filterAgents, parseAgentFilters } from './list';

const agent = (id: string, over: Partial<Agent> = {}): Agent => ({
  id,
  name: `Agent ${id}`,
  email: `${id}@example.com`,
  phone: '9876543210',
  extension: `21${id.padStart(2, '0')}`,
  didNum: null,
  active: true,
  available: false,
  onCall: false,
  ...over,
});

describe('agent list', () => {
  const agents = [
    agent('1', { name: 'Zara', available: true }),
    agent('2', { name: 'asha', onCall: true, available: true }),
    agent('3', { name: 'Mohan', active: false }),
  ];

  it('parses filters leniently from the URL', () => {
    expect(parseAgentFilters({ status: 'bogus', sort: 'extension', dir: 'desc', q: ['  zara '] })).toEqual({
      q: 'zara',
      status: 'all',
      availability: 'all',
      sort: 'extension',
      dir: 'desc',
    });
  });

  it('searches, filters and sorts', () => {
    const f = parseAgentFilters({});
    expect(filterAgents(agents, f).map((a) => a.name)).toEqual(['asha', 'Mohan', 'Zara']);
    expect(filterAgents(agents, { ...f, q: '2101' }).map((a) => a.id)).toEqual(['1']);
    expect(filterAgents(agents, { ...f, status: 'inactive' }).map((a) => a.id)).toEqual(['3']);
    expect(filterAgents(agents, { ...f, availability: 'on-call' }).map((a) => a.id)).toEqual(['2']);
    expect(filterAgents(agents, { ...f, sort: 'extension', dir: 'desc' }).map((a) => a.id)).toEqual(['3', '2', '1']);
  });

  it('counts active agents once each: on a call beats available', () => {
    expect(countAgents(agents)).toEqual({ total: 2, available: 1, onCall: 1, unavailable: 0 });
  });
});

describe('coverage warnings', () => {
  // Wednesday 2026-12-02 11:00 in Kolkata.
  const at = new Date('2026-12-02T05:30:00Z');
  const open = { timezone: 'Asia/Kolkata', working_hours: { wed: { open: '09:00', close: '18:00' } } };
  const did = (agentExt: string, schedule = open, holidays: { name: string; date: string }[] = []) => ({
    number: '+911140000001',
    agentExt,
    schedule,
    holidays,
  });

  it('warns when an open number routes to an unavailable agent or to nobody', () => {
    const agents = [agent('1', { available: false })];
    expect(coverageWarnings([did('2101')], agents, new Map(), at)[0].problem).toContain('is unavailable');
    expect(coverageWarnings([did('2199')], agents, new Map(), at)[0].problem).toContain('no active agent');
  });

  it('warns when the agent is off its own schedule, and not when the number is closed', () => {
    const agents = [agent('1', { available: true })];
    const offNow = { timezone: 'Asia/Kolkata', working_hours: { wed: { open: '14:00', close: '20:00' } } };
    const w = coverageWarnings([did('2101')], agents, new Map([['1', offNow]]), at);
    expect(w[0].problem).toContain('off schedule');
    expect(coverageWarnings([did('2101')], agents, new Map([['1', open]]), at)).toEqual([]);
    const holiday = did('2101', open, [{ name: 'Founders day', date: '2026-12-02' }]);
    expect(coverageWarnings([holiday], [agent('1')], new Map(), at)).toEqual([]);
  });
});
