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
