import { ValidationError } from '@wsp/common';
import {
  actionsFilterSql,
  ActionsFilter,
  classifyNextAction,
  matchesActionsFilter,
  NextActionStatus,
  validateContactMomentTiming,
} from './next-action';

const TZ = 'Europe/Amsterdam';

describe('next action classification', () => {
  it.each([
    ['2025-03-09', '2025-03-10', NextActionStatus.OVERDUE],
    ['2024-12-31', '2025-01-01', NextActionStatus.OVERDUE],
    ['2025-03-10', '2025-03-10', NextActionStatus.DUE],
    ['2025-03-11', '2025-03-10', NextActionStatus.UPCOMING],
    ['2026-01-01', '2025-12-31', NextActionStatus.UPCOMING],
  ])('due %s on %s is %s', (dueOn, today, expected) => {
    expect(classifyNextAction(dueOn, today)).toBe(expected);
  });

  it('filters DUE, OVERDUE and ALL_OPEN consistently with the classification', () => {
    const today = '2025-03-10';
    const dates = ['2025-03-08', '2025-03-09', '2025-03-10', '2025-03-11'];
    expect(dates.filter((d) => matchesActionsFilter(d, today, ActionsFilter.OVERDUE))).toEqual(['2025-03-08', '2025-03-09']);
    expect(dates.filter((d) => matchesActionsFilter(d, today, ActionsFilter.DUE))).toEqual(['2025-03-10']);
    expect(dates.filter((d) => matchesActionsFilter(d, today, ActionsFilter.ALL_OPEN))).toEqual(dates);
    expect(actionsFilterSql('c.due', ActionsFilter.DUE)).toBe('c.due = :today');
    expect(actionsFilterSql('c.due', ActionsFilter.OVERDUE)).toBe('c.due < :today');
    expect(actionsFilterSql('c.due', ActionsFilter.ALL_OPEN)).toBeNull();
  });
});

describe('contact moment timing rules', () => {
  const now = new Date('2025-03-10T10:00:00Z');
  const fieldOf = (fn: () => void): unknown => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      return (e as ValidationError).details?.field;
    }
    return undefined;
  };

  it('accepts a past contact moment with a complete next action', () => {
    expect(() =>
      validateContactMomentTiming({ occurredAt: new Date('2025-03-09T09:00:00Z'), nextAction: 'Offerte sturen', nextActionDueOn: '2025-03-09' }, now, TZ),
    ).not.toThrow();
    expect(() => validateContactMomentTiming({ occurredAt: now }, now, TZ)).not.toThrow();
  });

  it('refuses a contact moment in the future (beyond a minute of skew)', () => {
    expect(fieldOf(() => validateContactMomentTiming({ occurredAt: new Date('2025-03-10T10:05:00Z') }, now, TZ))).toBe('occurredAt');
    expect(() => validateContactMomentTiming({ occurredAt: new Date('2025-03-10T10:00:30Z') }, now, TZ)).not.toThrow();
  });

  it('needs both the action and its due date, or neither', () => {
    const occurredAt = new Date('2025-03-09T09:00:00Z');
    expect(fieldOf(() => validateContactMomentTiming({ occurredAt, nextAction: 'Bellen' }, now, TZ))).toBe('nextActionDueOn');
    expect(fieldOf(() => validateContactMomentTiming({ occurredAt, nextActionDueOn: '2025-03-20' }, now, TZ))).toBe('nextAction');
    expect(fieldOf(() => validateContactMomentTiming({ occurredAt, nextAction: '  ', nextActionDueOn: '2025-03-20' }, now, TZ))).toBe('nextAction');
    expect(fieldOf(() => validateContactMomentTiming({ occurredAt, nextActionAssigneeId: 'u1' }, now, TZ))).toBe('nextActionAssigneeId');
  });

  it('refuses an invalid due date and one before the day of the contact moment (in the WSP time zone)', () => {
    // 23:30 UTC on 8 March is already 9 March in Amsterdam.
    const occurredAt = new Date('2025-03-08T23:30:00Z');
    expect(fieldOf(() => validateContactMomentTiming({ occurredAt, nextAction: 'x', nextActionDueOn: '2025-02-30' }, now, TZ))).toBe('nextActionDueOn');
    expect(fieldOf(() => validateContactMomentTiming({ occurredAt, nextAction: 'x', nextActionDueOn: '2025-03-08' }, now, TZ))).toBe('nextActionDueOn');
    expect(() => validateContactMomentTiming({ occurredAt, nextAction: 'x', nextActionDueOn: '2025-03-09' }, now, TZ)).not.toThrow();
  });
});
