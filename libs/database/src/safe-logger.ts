import { Logger as NestLogger } from '@nestjs/common';
import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

/**
 * TypeORM logger that never prints query parameters or driver messages that may echo them:
 * parameters carry personal data (names, e-mail addresses, BSN hashes). Failed queries are logged
 * with the SQL text (placeholders only), the SQLSTATE and the constraint name.
 */
export class SafeTypeOrmLogger extends AbstractLogger {
  private readonly logger = new NestLogger('Database');

  override logQueryError(error: string | Error, query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const driverError = error as { code?: string; constraint?: string; name?: string };
    this.logger.warn({
      msg: 'query failed',
      sqlState: driverError.code,
      constraint: driverError.constraint,
      errorName: driverError.name,
      query: query.slice(0, 500),
    });
  }

  override logQuerySlow(time: number, query: string): void {
    this.logger.warn({ msg: 'slow query', ms: time, query: query.slice(0, 500) });
  }

  protected override writeLog(level: LogLevel, logMessage: LogMessage | LogMessage[]): void {
    const messages = this.prepareLogMessages(logMessage, { highlightSql: false, appendParameterAsComment: false });
    for (const message of messages) {
      if (message.type === 'query' || message.type === 'query-error' || message.type === 'query-slow') continue;
      const text = typeof message.message === 'string' ? message.message : String(message.message);
      if (level === 'warn') this.logger.warn({ msg: text });
      else if (level === 'error') this.logger.error({ msg: text });
      else this.logger.log({ msg: text });
    }
  }
}
