import { DomainError } from './errors.js';
import { type Message, type MessageValue, msg } from './messages/index.js';

/** An amount in fen (分, 1/100 yuan). Always a safe integer so sums and products stay exact. */
export type Fen = number;

const FEN_PER_YUAN = 100n;
const MAX_FEN = BigInt(Number.MAX_SAFE_INTEGER);
const AMOUNT_PATTERN = /^([+-]?)(\d+)(?:\.(\d+))?$/;
const EXAMPLE = msg('common.n123450');

function invalidAmount(message: Message, input: unknown): DomainError {
  return new DomainError('INVALID_INPUT', message, undefined, { input });
}

function tooLarge(what: MessageValue, input: unknown): DomainError {
  return invalidAmount(
    msg('common.whatTooLargeAmountsMust', { what, formatMoney: formatMoney(Number.MAX_SAFE_INTEGER) }),
    input,
  );
}

function toSafeFen(value: bigint, what: MessageValue, input: unknown): Fen {
  if (value > MAX_FEN || value < -MAX_FEN) throw tooLarge(what, input);
  // Number(-0n) is 0, so a negative zero never leaks out.
  return Number(value);
}

function assertFen(value: Fen, what: MessageValue): void {
  if (!Number.isSafeInteger(value)) {
    throw invalidAmount(msg('common.whatValueWholeNumberFen', { what, value: String(value) }), value);
  }
}

/**
 * Reads an amount in yuan. Strings are parsed digit by digit: multiplying a float by 100 turns
 * "0.29" into 28.999… and silently loses a fen.
 */
export function parseMoney(input: string | number): Fen {
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) {
      throw invalidAmount(msg('common.inputAmountEnterNumberMost', { input: String(input), example: EXAMPLE }), input);
    }
    text = String(input);
    // String() uses exponent notation below 1e-6 and from 1e21 on, which the pattern would reject.
    if (/e/i.test(text)) {
      if (Math.abs(input) >= 1) throw tooLarge(msg('common.amountText', { text }), input);
      throw invalidAmount(msg('common.textMoreThan2Decimals', { text }), input);
    }
  } else if (typeof input === 'string') {
    text = input.trim();
  } else {
    throw invalidAmount(msg('common.enterAmountYuanExample', { example: EXAMPLE }), input);
  }

  if (text === '') throw invalidAmount(msg('common.enterAmountYuanExample', { example: EXAMPLE }), input);
  const match = AMOUNT_PATTERN.exec(text);
  if (!match) {
    throw invalidAmount(msg('common.textAmountEnterDigitsMost', { text, example: EXAMPLE }), input);
  }
  const [, sign = '', yuan = '0', decimals = ''] = match;
  if (decimals.length > 2) {
    throw invalidAmount(msg('common.textMoreThan2Decimals2', { text }), input);
  }
  const magnitude = BigInt(yuan) * FEN_PER_YUAN + BigInt(decimals.padEnd(2, '0'));
  return toSafeFen(sign === '-' ? -magnitude : magnitude, msg('common.amountText2', { text }), input);
}

/** Plain two-decimal yuan, for inputs and exports: 123450 → "1234.50". */
export function formatMoney(fen: Fen): string {
  assertFen(fen, msg('common.amountWord'));
  const magnitude = Math.abs(fen);
  const cents = magnitude % 100;
  const yuan = (magnitude - cents) / 100;
  return `${fen < 0 ? '-' : ''}${yuan}.${String(cents).padStart(2, '0')}`;
}

/**
 * Grouped yuan with a currency sign, for display: 123450 → "¥1,234.50". English readers get
 * "CN¥" (as CLDR does) because a bare ¥ is also the yen sign.
 */
export function formatMoneyDisplay(fen: Fen, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const plain = formatMoney(fen);
  const negative = plain.startsWith('-');
  const [yuan = '0', cents = '00'] = (negative ? plain.slice(1) : plain).split('.');
  const grouped = yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${locale === 'en' ? 'CN¥' : '¥'}${grouped}.${cents}`;
}

export function addMoney(...amounts: Fen[]): Fen {
  let total = 0n;
  for (const amount of amounts) {
    assertFen(amount, msg('common.amountWord'));
    total += BigInt(amount);
  }
  return toSafeFen(total, msg('common.theTotal'), amounts);
}

export function multiplyMoney(fen: Fen, quantity: number): Fen {
  assertFen(fen, msg('common.amountWord'));
  if (!Number.isSafeInteger(quantity)) {
    throw invalidAmount(msg('common.quantityQuantityWholeNumberEnter', { quantity: String(quantity) }), quantity);
  }
  return toSafeFen(BigInt(fen) * BigInt(quantity), msg('common.amountTimesQuantity'), { fen, quantity });
}

/** Percentages are taken to 2 decimals (33.33 %), so they are compared as integer hundredths. */
function toHundredthsOfPercent(percent: number, index: number): number {
  const hundredths = Math.round(percent * 100);
  if (!Number.isFinite(percent) || percent < 0 || Math.abs(percent * 100 - hundredths) > 1e-6) {
    throw new DomainError(
      'INVALID_INPUT',
      msg('common.percentagePercentValidUseNumber', { percent: String(percent) }),
      undefined,
      { index, percent },
    );
  }
  return hundredths;
}

/**
 * Splits `total` by percentages so the parts add up to exactly `total`: each part gets its
 * floored share, and the fen left over go one each to the largest remainders (earlier parts
 * first on ties). Negative totals are split by magnitude so rounding is symmetric.
 */
export function allocateByPercent(total: Fen, percents: number[]): Fen[] {
  assertFen(total, 'total');
  const weights = percents.map(toHundredthsOfPercent);
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  if (weightSum !== 10_000) {
    throw new DomainError(
      'INVALID_INPUT',
      msg('common.percentagesAddUpWeightsumAdjust', { weightSum: weightSum / 100 }),
      undefined,
      { percents },
    );
  }

  const magnitude = BigInt(Math.abs(total));
  const shares = weights.map((weight) => {
    const exact = magnitude * BigInt(weight);
    return { floor: exact / 10_000n, remainder: exact % 10_000n };
  });
  let leftover = shares.reduce((rest, share) => rest - share.floor, magnitude);
  const byRemainder = shares
    .map((share, index) => ({ index, remainder: share.remainder }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of byRemainder) {
    if (leftover === 0n) break;
    const share = shares[index];
    if (share) share.floor += 1n;
    leftover -= 1n;
  }
  return shares.map((share) => {
    const part = Number(share.floor);
    return total < 0 && part !== 0 ? -part : part;
  });
}
