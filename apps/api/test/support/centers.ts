import type { TestApp } from '../test-app.js';

/** The demo's repair centers' ids by code (FZ-01 → id), as the signed-in caller sees them. */
export async function centerIdsByCode(app: TestApp, token: string): Promise<Map<string, string>> {
  const data = await app.ok('{ repairCenters { nodes { id code } } }', {}, token);
  return new Map(data.repairCenters.nodes.map((center: { id: string; code: string }) => [center.code, center.id]));
}
