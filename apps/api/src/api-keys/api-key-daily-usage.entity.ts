import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How many requests a key made on one UTC day (written by `api-key-usage.ts`, in batches). */
@Entity('api_key_daily_usage')
export class ApiKeyDailyUsage {
  @PrimaryColumn({ type: 'uuid', name: 'api_key_id' })
  apiKeyId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'bigint' })
  requests: string;
}
