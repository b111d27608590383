import { ConfigError, loadConfig } from '../../src/config/config';

test('STAFF_SESSION_HOURS is 8 unless set, and a bad value names the variable', () => {
  expect(loadConfig({}).handoff.staffSessionHours).toBe(8);
  expect(loadConfig({ STAFF_SESSION_HOURS: '12' }).handoff.staffSessionHours).toBe(12);
  for (const bad of ['0', '25', 'eight', '1.5']) {
    expect(() => loadConfig({ STAFF_SESSION_HOURS: bad })).toThrow(new ConfigError('STAFF_SESSION_HOURS', `must be a whole number from 1 to 24 (got "${bad}")`));
  }
});
