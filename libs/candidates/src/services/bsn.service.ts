import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { hashBsn, parseBsn } from '../domain/bsn';

/** Turns BSN input into the keyed hash that is stored (the key comes from BSN_HMAC_KEY). */
@Injectable()
export class BsnHasher {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Validates (elfproef) and hashes; a ValidationError on `field` for invalid input. */
  hashInput(input: string, field = 'bsn'): string {
    return hashBsn(parseBsn(input, field), this.config.privacy.bsnHmacKey);
  }

  /** Hashes an already validated, normalised BSN. */
  hashValid(bsn: string): string {
    return hashBsn(bsn, this.config.privacy.bsnHmacKey);
  }
}
