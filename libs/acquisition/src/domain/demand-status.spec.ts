import { DemandStatus as D } from '../entities/employer-demand.entity';
import { canChangeDemandStatus, isFinalDemandStatus } from './demand-status';

describe('demand status lifecycle', () => {
  const all = [D.OPEN, D.IN_PROGRESS, D.FULFILLED, D.CANCELLED];
  const allowed = new Set(['OPEN>IN_PROGRESS', 'OPEN>CANCELLED', 'IN_PROGRESS>FULFILLED', 'IN_PROGRESS>CANCELLED']);
  const pairs = all.flatMap((from) => all.map((to) => ({ from, to, ok: allowed.has(`${from}>${to}`) })));

  it.each(pairs)('$from → $to allowed: $ok', ({ from, to, ok }) => {
    expect(canChangeDemandStatus(from, to)).toBe(ok);
  });

  it('treats FULFILLED and CANCELLED as final', () => {
    expect(all.filter(isFinalDemandStatus)).toEqual([D.FULFILLED, D.CANCELLED]);
  });
});
