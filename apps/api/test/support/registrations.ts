/**
 * The inputs tests register work orders and complaints with: a customer in the FZ region and a
 * demo unit whose warranty is known. The demo's unit dates are relative to the day it was loaded:
 * G2026-000012 (a generator, 12 months) was bought about nine months before, so it is in
 * warranty; M2025-000101 is a motor. Override what the test is about.
 */

/** `RegisterWorkOrderInput` for a call in `regionId`, an hour ago unless overridden. */
export function workOrderCall(regionId: string | undefined, overrides: Record<string, unknown> = {}) {
  return {
    calledAt: new Date(Date.now() - 3_600_000).toISOString(),
    regionId,
    areaType: 'URBAN',
    customerName: '泉州安平冷库',
    customerPhone: '0595-85550000',
    customerAddress: '泉州市晋江市安海镇冷链园 3 号',
    serialNumber: 'G2026-000012',
    faultCode: 'TEST',
    faultDescription: '发电机无法启动',
    ...overrides,
  };
}

/** `RegisterComplaintInput` for a phoned-in complaint in `regionId`, a minute ago unless overridden. */
export function complaintRegistration(regionId: string | undefined, overrides: Record<string, unknown> = {}) {
  return {
    channel: 'PHONE',
    receivedAt: new Date(Date.now() - 60_000).toISOString(),
    regionId,
    customerName: '福州宏达机械厂',
    customerPhone: '0591-88880000',
    customerAddress: '福州市仓山区工业路 9 号',
    serialNumber: 'M2025-000101',
    mainFault: '电机运行异响，温升过高',
    customerRequest: '上门维修',
    subject: 'PRODUCT_QUALITY',
    ...overrides,
  };
}
