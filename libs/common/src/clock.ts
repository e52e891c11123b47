/** Injected wherever "now" matters, so that tests can fix time without mocking globals. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
