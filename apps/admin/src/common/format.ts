import { formatMoneyDisplay, parseMoney } from '@aftersales/domain';

/** Whether text is a non-negative amount in yuan with at most two decimals (the Money scalar's input). */
export function isMoneyText(text: string): boolean {
  try {
    return parseMoney(text) >= 0;
  } catch {
    return false;
  }
}

/** A Money value (`"1234.5"`) for display: `¥1,234.50`, or `CN¥1,234.50` in English. */
export function formatMoney(amount: string | null | undefined, language: string): string {
  if (amount === null || amount === undefined || amount === '') return '';
  try {
    return formatMoneyDisplay(parseMoney(amount), language === 'en' ? 'en' : 'zh-CN');
  } catch {
    return amount;
  }
}

const TIME_ZONE = 'Asia/Shanghai';

/** A DateTimeISO in head office's time zone, in the UI language. */
export function formatDateTime(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(date);
}

const MINUTE_MS = 60_000;

/**
 * A deadline (an instant by which something must be done), in head office's time zone. One at
 * local midnight is the end of the day before, so it names that day — "2026年12月10日 24:00" /
 * "by end of 10 Dec 2026" — rather than "12月11日 00:00", which leaves the last day in doubt.
 * Any other instant reads as `formatDateTime`.
 */
export function formatDeadline(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime()) || !isLocalMidnight(date)) return formatDateTime(iso, language);
  const lastDay = new Date(date.getTime() - MINUTE_MS);
  if (language === 'en') {
    return `by end of ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE }).format(lastDay)}`;
  }
  return `${new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: TIME_ZONE }).format(lastDay)} 24:00`;
}

function isLocalMidnight(date: Date): boolean {
  return nowLocalDateTime(date).endsWith('T00:00') && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0;
}

/** Head office's UTC offset: China has kept +08:00 all year since 1991, so a fixed offset is exact. */
const TIME_ZONE_OFFSET = '+08:00';

/** Now as `YYYY-MM-DDTHH:mm` in head office's time zone: the value of a `datetime-local` input. */
export function nowLocalDateTime(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** A `datetime-local` value read in head office's time zone, as an ISO instant; null when it is not one. */
export function localDateTimeToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(`${value.length === 16 ? `${value}:00` : value}${TIME_ZONE_OFFSET}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Today as `YYYY-MM-DD` in head office's time zone. */
export function todayLocalDate(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The month before the one `today` (`YYYY-MM-DD`) falls in, as `YYYY-MM`. */
export function previousMonth(today: string = todayLocalDate()): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1 ? `${String(year - 1).padStart(4, '0')}-12` : `${today.slice(0, 4)}-${String(month - 1).padStart(2, '0')}`;
}
