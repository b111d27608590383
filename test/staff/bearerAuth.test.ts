import { bearerMatches } from '../../src/staff/bearerAuth';

test('only "Bearer <the token>" matches', () => {
  const token = 'staff-token-0123456789abcdef';
  expect(bearerMatches(`Bearer ${token}`, token)).toBe(true);
  expect(bearerMatches(`Bearer ${token}x`, token)).toBe(false);
  expect(bearerMatches(`bearer${token}`, token)).toBe(false);
  expect(bearerMatches(token, token)).toBe(false);
  expect(bearerMatches(undefined, token)).toBe(false);
  expect(bearerMatches('Bearer ', token)).toBe(false);
});
