import { addDays } from '@aftersales/domain';

/**
 * Demo data: the DOMAIN defaults (motor 12, generator 12, pump 6, furniture 24 months) and a
 * small world to click through. Loaded once, into an empty database.
 */
export const DEMO_PASSWORD = 'demo1234';

export const demoRegions = [
  { code: 'FZ', name: '福州地区', zone: 'LOCAL' as const },
  { code: 'XM', name: '厦门地区', zone: 'REMOTE' as const },
  { code: 'QZ', name: '泉州地区', zone: 'REMOTE' as const },
  { code: 'XZ', name: '西藏地区', zone: 'SPECIAL' as const },
];

export const demoCategories = [
  { code: 'MOTOR', name: '电动机', nameEn: 'Motor', warrantyMonths: 12, componentWarranties: [{ component: '定子绕组', months: 24 }] },
  { code: 'GENERATOR', name: '发电机', nameEn: 'Generator', warrantyMonths: 12, componentWarranties: [] },
  { code: 'PUMP', name: '水泵', nameEn: 'Water pump', warrantyMonths: 6, componentWarranties: [{ component: '机械密封', months: 3 }] },
  { code: 'FURNITURE', name: '家具', nameEn: 'Furniture', warrantyMonths: 24, componentWarranties: [{ component: '五金件', months: 12 }] },
];

export const demoModels = [
  { code: 'Y2-132M-4', name: 'Y2 系列三相异步电动机 7.5kW', category: 'MOTOR', unitCost: 185000 },
  { code: 'Y2-160L-4', name: 'Y2 系列三相异步电动机 15kW', category: 'MOTOR', unitCost: 320000 },
  { code: 'GF-50', name: '50kW 柴油发电机组', category: 'GENERATOR', unitCost: 4250000 },
  { code: 'QJ-100', name: 'QJ 型井用潜水泵', category: 'PUMP', unitCost: 68000 },
  { code: 'BG-01', name: '办公椅 BG-01', category: 'FURNITURE', unitCost: 42000 },
];

/**
 * Unit dates are relative to the day the demo is loaded, so each unit tells the same warranty
 * story (DOMAIN §2) however long after that the demo is used or the tests run; the serials keep
 * the years they were first given.
 * - M2025-000101 (motor: 12 months, stator winding 24): bought ~19 months ago, so the motor's
 *   warranty ended ~7 months ago while the winding's runs ~5 months more.
 * - M2024-000877 (motor): bought ~2½ years ago, out of warranty, winding too: paid service.
 * - G2026-000012 (generator: 12 months): bought ~9 months ago, in warranty ~3 months more.
 * - P2026-000455 (pump: 6 months): bought 2 months ago, before the demo's oldest pump call
 *   (26 working days back), and in warranty ~4 months more.
 * - F2025-003310 (chair): neither invoice nor purchase date, so NO_PROOF.
 * - M2023-000512 (motor): bought ~3 years ago, long out of warranty, under 厦门海沧水务's
 *   maintenance contract (demoMaintenanceContracts), so its calls are CONTRACT service.
 * - G2024-000208 (generator): bought ~2 years ago, out of warranty, under 福州宏达机械厂's contract.
 */
export function demoUnits(today: string) {
  const daysAgo = (days: number) => addDays(today, -days);
  return [
    { serialNumber: 'M2025-000101', model: 'Y2-132M-4', factoryDate: daysAgo(625), purchaseDate: daysAgo(580), invoiceNumber: 'FP-3501-88231', customerName: '福州宏达机械厂', dealerName: '福州机电经销部' },
    { serialNumber: 'M2024-000877', model: 'Y2-160L-4', factoryDate: daysAgo(920), purchaseDate: daysAgo(900), invoiceNumber: 'FP-3502-11902', customerName: '厦门海沧水务', dealerName: '厦门机电公司' },
    { serialNumber: 'G2026-000012', model: 'GF-50', factoryDate: daysAgo(315), purchaseDate: daysAgo(270), invoiceNumber: 'FP-3505-00321', customerName: '泉州安平冷库', dealerName: null },
    { serialNumber: 'P2026-000455', model: 'QJ-100', factoryDate: daysAgo(260), purchaseDate: daysAgo(60), invoiceNumber: 'FP-3501-90012', customerName: '闽侯农场', dealerName: '福州机电经销部' },
    { serialNumber: 'F2025-003310', model: 'BG-01', factoryDate: daysAgo(480), purchaseDate: null, invoiceNumber: null, customerName: '个人客户', dealerName: null },
    { serialNumber: 'M2023-000512', model: 'Y2-160L-4', factoryDate: daysAgo(1130), purchaseDate: daysAgo(1100), invoiceNumber: 'FP-3502-08817', customerName: '厦门海沧水务', dealerName: '厦门机电公司' },
    { serialNumber: 'G2024-000208', model: 'GF-50', factoryDate: daysAgo(790), purchaseDate: daysAgo(760), invoiceNumber: 'FP-3501-70456', customerName: '福州宏达机械厂', dealerName: '福州机电经销部' },
  ];
}

export const demoParts = [
  { partNumber: 'BRG-6308', name: '深沟球轴承', spec: '6308-2Z', unitCost: 4500, abcClass: 'C' as const, wearPart: true, models: ['Y2-132M-4', 'Y2-160L-4'] },
  { partNumber: 'WND-132M', name: '定子绕组', spec: 'Y2-132M-4 用', unitCost: 62000, abcClass: 'A' as const, wearPart: false, models: ['Y2-132M-4'] },
  { partNumber: 'AVR-50', name: '自动电压调节器', spec: 'AVR 50kW', unitCost: 88000, abcClass: 'A' as const, wearPart: false, models: ['GF-50'] },
  { partNumber: 'SEAL-QJ', name: '机械密封', spec: 'QJ 用 Φ25', unitCost: 3800, abcClass: 'C' as const, wearPart: true, models: ['QJ-100'] },
  { partNumber: 'GAS-BG', name: '气压棒', spec: '100mm 行程', unitCost: 2500, abcClass: 'B' as const, wearPart: true, models: ['BG-01'] },
];

/** Agreement dates are relative to the day the demo is loaded, so the dashboard has something to show. */
export function demoRepairCenters(today: string) {
  return [
    {
      code: 'FZ-01', name: '福州鼓楼特约维修中心', region: 'FZ', address: '福州市鼓楼区五四路 88 号', contactName: '陈建国', phone: '0591-87650001',
      agreementNumber: 'SQ-2026-001', agreementValidFrom: addDays(today, -200), agreementValidTo: addDays(today, 530),
      categories: ['MOTOR', 'GENERATOR', 'PUMP'],
    },
    {
      code: 'XM-01', name: '厦门思明特约维修中心', region: 'XM', address: '厦门市思明区湖滨南路 123 号', contactName: '林海燕', phone: '0592-55660002',
      agreementNumber: 'SQ-2026-002', agreementValidFrom: addDays(today, -330), agreementValidTo: addDays(today, 400),
      categories: ['MOTOR', 'FURNITURE'],
    },
    {
      code: 'QZ-01', name: '泉州丰泽特约维修中心', region: 'QZ', address: '泉州市丰泽区田安路 45 号', contactName: '黄志明', phone: '0595-22880003',
      agreementNumber: 'SQ-2025-017', agreementValidFrom: addDays(today, -345), agreementValidTo: addDays(today, 20),
      categories: ['PUMP', 'GENERATOR'],
    },
  ];
}

/**
 * Maintenance contracts (保养合同), dates relative to the day the demo is loaded: 厦门海沧水务's
 * pump-house motor was under HT-2024-0107 for a year, renewed (after the expiry notice) by
 * HT-2025-0031, which ends in 20 days with no notice sent yet, so it shows as expiring; 福州宏达
 * 机械厂's generator is under HT-2026-0002, served by head office, for about a year more. The
 * demo's work orders on M2024-000877 stay paid service: that unit is under no contract.
 */
export function demoMaintenanceContracts(today: string) {
  const xiamen = { customerName: '厦门海沧水务', customerPhone: '0592-6660000', customerAddress: '厦门市海沧区水厂路 1 号', center: 'XM-01' };
  return [
    {
      ...xiamen, contractNumber: 'HT-2024-0107', serialNumbers: ['M2023-000512'], validFrom: addDays(today, -710), validTo: addDays(today, -346), annualFee: 980_000,
      notice: { sentOn: addDays(today, -376), method: 'LETTER' as const, sentBy: '林海燕', note: '挂号信寄出，并约定上门洽谈续约' },
      renewedBy: 'HT-2025-0031',
    },
    { ...xiamen, contractNumber: 'HT-2025-0031', serialNumbers: ['M2023-000512'], validFrom: addDays(today, -345), validTo: addDays(today, 20), annualFee: 1_080_000, notice: null, renewedBy: null },
    {
      contractNumber: 'HT-2026-0002', customerName: '福州宏达机械厂', customerPhone: '0591-88880000', customerAddress: '福州市仓山区工业路 9 号', center: null,
      serialNumbers: ['G2024-000208'], validFrom: addDays(today, -30), validTo: addDays(today, 335), annualFee: 1_500_000, notice: null, renewedBy: null,
    },
  ];
}

export function demoTechnicians(today: string) {
  return [
    { code: 'HQ-T01', name: '林师傅', phone: '13800000001', center: null, skills: ['MOTOR', 'GENERATOR'], certificateNumber: 'ZG-2024-1001', certificateExpiresOn: addDays(today, 400) },
    { code: 'HQ-T02', name: '郑师傅', phone: '13800000002', center: null, skills: ['PUMP', 'FURNITURE'], certificateNumber: 'ZG-2024-1002', certificateExpiresOn: addDays(today, 200) },
    { code: 'FZ-T01', name: '陈小兵', phone: '13900000011', center: 'FZ-01', skills: ['MOTOR', 'PUMP'], certificateNumber: 'ZG-2025-2011', certificateExpiresOn: addDays(today, 300) },
    { code: 'FZ-T02', name: '王立新', phone: '13900000012', center: 'FZ-01', skills: ['GENERATOR'], certificateNumber: 'ZG-2023-2012', certificateExpiresOn: addDays(today, -15) },
    { code: 'XM-T01', name: '吴家豪', phone: '13900000021', center: 'XM-01', skills: ['MOTOR', 'FURNITURE'], certificateNumber: 'ZG-2025-3021', certificateExpiresOn: addDays(today, 500) },
    { code: 'QZ-T01', name: '蔡明亮', phone: '13900000031', center: 'QZ-01', skills: ['PUMP'], certificateNumber: null, certificateExpiresOn: null },
  ];
}

export const demoUsers = [
  { username: 'admin', displayName: '王管理', role: 'ADMIN' as const },
  { username: 'cs_agent', displayName: '李客服', role: 'CS_AGENT' as const },
  { username: 'cs_manager', displayName: '陈部长', role: 'CS_MANAGER' as const },
  { username: 'tech_center', displayName: '林工程师', role: 'TECH_CENTER' as const },
  { username: 'commerce', displayName: '张商务', role: 'COMMERCE' as const },
  { username: 'director', displayName: '黄总监', role: 'DIRECTOR' as const },
  { username: 'supervisor', displayName: '吴主管', role: 'SUPERVISOR' as const },
  { username: 'hr', displayName: '郑人事', role: 'HR' as const },
  { username: 'partner', displayName: '鼓楼维修中心', role: 'PARTNER' as const, center: 'FZ-01' },
  { username: 'partner2', displayName: '思明维修中心', role: 'PARTNER' as const, center: 'XM-01' },
];

/**
 * The demo partner's API key (鼓楼维修中心), so the API explorer (/explorer) and the README's
 * examples can be tried at once. It exists only in the demo data: a real database never loads it,
 * and head office issues real keys (secrets shown once) in 设置 → API 密钥.
 */
export const demoApiKey = {
  key: 'ask_demoFZ01keys_only-in-the-demo-data-for-the-api-explorer1',
  name: '演示密钥 Demo key (API explorer)',
  center: 'FZ-01',
};

export const demoCalendarDays = [
  { date: '2026-01-01', kind: 'HOLIDAY' as const, name: '元旦' },
  { date: '2026-05-01', kind: 'HOLIDAY' as const, name: '劳动节' },
  ...['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'].map((date) => ({
    date,
    kind: 'HOLIDAY' as const,
    name: '国庆节',
  })),
  { date: '2026-10-10', kind: 'WORKDAY' as const, name: '国庆节调休上班' },
  { date: '2027-01-01', kind: 'HOLIDAY' as const, name: '元旦' },
];

/**
 * Demo work orders (派工单) and their surveys, so the work-order list, the dispatch board, the goods
 * in/out book and the month's scores have something to show. Times are relative to the moment the
 * demo is loaded: `workingDaysAgo` counts working days of the business calendar back from today
 * (at a clock time in its zone); the arrival is minutes after the call or after the due time (a
 * late arrival); completion is minutes after the arrival, or after the return of a unit taken
 * back; the survey is answered a day after completion, or left PENDING when absent.
 * Orders are listed in call order; the loader judges repeats and fees from the rules.
 */
export function demoWorkOrders() {
  const pump = { region: 'FZ', areaType: 'URBAN' as const, customerName: '闽侯农场', customerPhone: '0591-22668800', customerAddress: '福州市闽侯县上街镇农场路 6 号', serialNumber: 'P2026-000455' };
  return [
    {
      // Fixed on site; the same seal leaked again within 30 days, so it is not a first-time fix.
      ...pump, center: 'FZ-01', technician: 'FZ-T01', faultCode: 'E04', faultDescription: '机械密封漏水',
      called: { workingDaysAgo: 8, at: '10:00' }, arrival: { afterCall: 120 },
      completion: { outcome: 'FIXED_ON_SITE' as const, afterPrevious: 90, labourHours: 1.5, signedBy: '张场长' },
      survey: { channel: 'CALLBACK' as const, attitude: 4, skill: 4, arrivalTime: 4, promisesHandled: 3, comments: '处理及时' },
    },
    {
      center: 'XM-01', technician: 'XM-T01', region: 'XM', areaType: 'SUBURBAN' as const,
      customerName: '厦门海沧水务', customerPhone: '0592-6660000', customerAddress: '厦门市海沧区水厂路 1 号', serialNumber: 'M2024-000877',
      faultCode: 'E11', faultDescription: '轴承异响，振动大',
      called: { workingDaysAgo: 6, at: '14:00' }, arrival: { afterCall: 150 },
      fee: { labourHours: 2.5, parts: [{ partNumber: 'BRG-6308', quantity: 2 }] },
      takeBack: { afterArrival: 30, receiptNumber: 'SJ-XM-0001', returnAfterHours: 48, signedBy: '许工', loaner: '备用电机 Y2-160L-4（备机 XM-BJ-02）' },
      completion: { outcome: 'TAKEN_BACK' as const, afterPrevious: 10, labourHours: 2.5, signedBy: '许工' },
      survey: { channel: 'LINK' as const, attitude: 4, skill: 4, arrivalTime: 3, promisesHandled: 4, comments: null },
    },
    {
      // The repeat of the first: the technician came 75 minutes after the due time.
      ...pump, center: 'FZ-01', technician: 'FZ-T01', faultCode: 'E04', faultDescription: '机械密封再次漏水',
      called: { workingDaysAgo: 3, at: '09:30' }, arrival: { afterDue: 75 },
      completion: { outcome: 'FIXED_ON_SITE' as const, afterPrevious: 120, labourHours: 2, signedBy: '张场长' },
      survey: { channel: 'CALLBACK' as const, attitude: 3, skill: 3, arrivalTime: 2, promisesHandled: 3, comments: '到达较晚' },
    },
    {
      center: null, technician: 'HQ-T01', region: 'QZ', areaType: 'SUBURBAN' as const,
      customerName: '泉州安平冷库', customerPhone: '0595-85550000', customerAddress: '泉州市晋江市安海镇冷链园 3 号', serialNumber: 'G2026-000012',
      faultCode: 'G02', faultDescription: '输出电压不稳',
      called: { workingDaysAgo: 2, at: '10:00' }, arrival: { afterCall: 180 },
      completion: { outcome: 'FIXED_ON_SITE' as const, afterPrevious: 60, labourHours: 1, signedBy: '蔡经理' },
    },
    {
      // Not dispatched yesterday: first on today's board (003 §13).
      center: null, technician: null, region: 'FZ', areaType: 'URBAN' as const,
      customerName: '福州宏达机械厂', customerPhone: '0591-88880000', customerAddress: '福州市仓山区工业路 9 号', serialNumber: 'M2025-000101',
      faultCode: 'E11', faultDescription: '轴承异响', called: { hoursAgo: 24 },
    },
    {
      center: 'FZ-01', technician: 'FZ-T01', region: 'FZ', areaType: 'URBAN' as const,
      customerName: '福州宏达机械厂', customerPhone: '0591-88880000', customerAddress: '福州市仓山区工业路 9 号', serialNumber: 'M2025-000101',
      faultCode: 'E07', faultDescription: '温升过高', called: { minutesAgo: 90 },
    },
    {
      center: 'XM-01', technician: null, region: 'XM', areaType: 'URBAN' as const,
      customerName: '个人客户', customerPhone: '13600000000', customerAddress: '厦门市思明区莲前西路 2 号', serialNumber: 'F2025-003310',
      faultCode: 'F01', faultDescription: '气压棒失效，座椅下沉', called: { minutesAgo: 40 },
    },
    // About five weeks back, so last month's demo scores (the month HR works on) rest on records.
    {
      center: null, technician: 'HQ-T01', region: 'FZ', areaType: 'URBAN' as const,
      customerName: '福州宏达机械厂', customerPhone: '0591-88880000', customerAddress: '福州市仓山区工业路 9 号', serialNumber: 'M2025-000101',
      faultCode: 'E03', faultDescription: '启动困难', called: { workingDaysAgo: 24, at: '09:00' }, arrival: { afterCall: 150 },
      completion: { outcome: 'FIXED_ON_SITE' as const, afterPrevious: 60, labourHours: 1, signedBy: '王厂长' },
      survey: { channel: 'CALLBACK' as const, attitude: 4, skill: 4, arrivalTime: 4, promisesHandled: 4, comments: '很专业' },
    },
    {
      center: 'FZ-01', technician: 'FZ-T01', region: 'FZ', areaType: 'SUBURBAN' as const,
      customerName: '闽清陶瓷厂', customerPhone: '0591-22330000', customerAddress: '福州市闽清县白樟镇 18 号', serialNumber: 'M2024-000877',
      faultCode: 'E09', faultDescription: '接线盒进水', called: { workingDaysAgo: 25, at: '10:30' }, arrival: { afterDue: 40 },
      completion: { outcome: 'FIXED_ON_SITE' as const, afterPrevious: 90, labourHours: 1.5, signedBy: '林主任' },
      survey: { channel: 'CALLBACK' as const, attitude: 3, skill: 4, arrivalTime: 2, promisesHandled: 3, comments: '来得晚了些' },
    },
    {
      center: 'XM-01', technician: 'XM-T01', region: 'XM', areaType: 'URBAN' as const,
      customerName: '厦门海沧水务', customerPhone: '0592-6660000', customerAddress: '厦门市海沧区水厂路 1 号', serialNumber: 'P2026-000455',
      faultCode: 'P02', faultDescription: '流量不足', called: { workingDaysAgo: 26, at: '14:00' }, arrival: { afterCall: 200 },
      completion: { outcome: 'NOT_FIXED' as const, afterPrevious: 120, labourHours: 2, signedBy: '许工', reason: '叶轮损坏，需返厂' },
      survey: { channel: 'LINK' as const, attitude: 3, skill: 2, arrivalTime: 3, promisesHandled: 2, comments: null },
    },
  ];
}
