import { BadRequestException, ValidationError as ClassValidationError, ValidationPipe } from '@nestjs/common';

function flatten(errors: ClassValidationError[], prefix = ''): { field: string; problems: string[] }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, problems: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Global input validation: unknown fields are refused, every problem is reported with its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors) =>
      new BadRequestException({ message: 'Ongeldige invoer', details: flatten(errors) }),
  });
}
