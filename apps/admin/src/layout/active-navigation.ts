/**
 * The one navigation entry to highlight for `pathname`: the most specific (longest) `to` that the
 * path equals or lies under, so 年度考核评审 (`/scores/year-review`) lights alone rather than with
 * 技术员考核 (`/scores`). `/` only matches itself.
 */
export function activeNavigationTarget(pathname: string, targets: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const to of targets) {
    const matches = to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
    if (matches && (best === undefined || to.length > best.length)) best = to;
  }
  return best;
}
