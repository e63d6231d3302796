import { Field, Int, ObjectType } from 'type-graphql';

/** 核销明细 One part's line: the ledger's and the usage records' figures against the counts. */
@ObjectType('WriteOffLine', { description: '核销明细 One part: received, used, old parts returned and the differences' })
export class WriteOffLineView {
  partId: string;

  @Field(() => Int, { description: '收入 IN (receipts, local purchases, opening) and transfers in, in the quarter' })
  received: number;

  @Field(() => Int, { description: '使用 from the usage records dated in the quarter' })
  used: number;

  @Field(() => Int, { description: '报废' })
  scrapped: number;

  @Field(() => Int, { description: '调出' })
  transferredOut: number;

  @Field(() => Int, { description: '季初在库 as counted, else the ledger’s balance' })
  onHandAtStart: number;

  @Field(() => Int, { description: '季末在库 as counted, else the ledger’s balance' })
  onHandAtEnd: number;

  @Field(() => Int)
  onHandChange: number;

  @Field(() => Int, { description: '旧件返还 handed back under this write-off' })
  oldPartsReturned: number;

  @Field(() => Int, { description: '旧件在存 still held at the center (once CLOSED: after the old parts written off)' })
  oldPartsHeld: number;

  @Field(() => Int, {
    description:
      '旧件核销 old parts the explained old-part difference settles: written off the center’s held count (OLD_PART_WRITTEN_OFF) when the write-off closes, up to what it holds',
  })
  oldPartsWrittenOff: number;

  @Field(() => Int, { description: 'received − used − scrapped − transferred out − on-hand change' })
  stockDifference: number;

  @Field(() => Int, { description: 'used − old parts returned' })
  oldPartDifference: number;

  @Field(() => String, { nullable: true })
  explanation: string | null;

  @Field(() => Boolean, { description: 'A difference nobody has explained yet: it stops the closing' })
  blocking: boolean;

  /** Kept in the voucher, so an archived line reads the same if the part is renamed later. */
  partNumber: string;
  partName: string;
}
