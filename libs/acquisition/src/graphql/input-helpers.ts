import { Matches, ValidateIf } from 'class-validator';

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const ISO_DATE_MESSAGE = 'Gebruik een datum als JJJJ-MM-DD';
export const PHONE = /^\+?[0-9 ()-]{6,30}$/;

/** On updates: the field may be left out, but not set to null. */
export const NotNullIfGiven = () => ValidateIf((_: object, value: unknown) => value !== undefined);

/** An ISO calendar date string (the service checks that the date exists). */
export const IsIsoDateString = () => Matches(ISO_DATE, { message: ISO_DATE_MESSAGE });
