import type { MessageCatalog } from '../message-translator.js';

/**
 * 三包 parts rules of the domain package. Besides the messages the coverage test finds, some keys
 * are the whole runtime text of messages the code builds from pieces the extractor cannot see
 * (values that are phrases, `' + '` concatenations, optional words): a longer key wins over a
 * shorter one it overlaps, so these give the whole sentence in Chinese word order.
 */
export const PARTS_DOMAIN_MESSAGES: MessageCatalog = {
  // FIFO issue (先进先出)
  'Give the receipt lots of the part (the list may be empty).': '请提供该配件的入库批次（可为空列表）。',
  'Each lot needs its id.': '每个批次都须有批次号。',
  'Lot {} is listed twice.': '批次 {0} 重复列出。',
  'Enter the receipt date as YYYY-MM-DD.': '请按 YYYY-MM-DD 格式填写入库日期。',
  'A lot holds a whole number of pieces, 0 or more.': '批次数量须为整数件数，0 或以上。',
  'Enter the unit cost in whole fen, 0 or more.': '请以分为单位填写单价，须为整数，0 或以上。',
  'The lots or the quantity are not valid; correct the fields listed.': '批次或数量无效，请修正标出的字段。',
  'Only {} on hand in the lots, and the issue takes {}: {} short.': '各批次库存仅 {0} 件，本次出库需 {1} 件，缺 {2} 件。',

  // 就地购置
  'Say why the part cannot wait for the factory: the customer is waiting, production is stopped, or the factory cannot supply in time.':
    '请说明配件不能等待工厂供货的原因：用户急需、影响用户生产经营，或工厂不能及时提供。',
  '{} is already given.': '{0} 已选过。',
  'Compare quotes from {} different suppliers.': '请比较 {0} 家不同供应商的报价。',
  'Enter the supplier who quoted.': '请填写报价供应商。',
  'This supplier already quoted in row {}; each quote comes from a different supplier.': '该供应商已在第 {0} 行报价；每条报价须来自不同的供应商。',
  'Enter the quoted price per piece in whole fen, more than 0.': '请以分为单位填写每件报价，须为大于 0 的整数。',
  'Compare quotes from {} different suppliers; {} given.': '请比较 {0} 家不同供应商的报价；目前仅有 {1} 家。',
  'The supplier and price bought at are not among the quotes; say why, or buy at one of the quoted prices.':
    '所购供应商和价格不在比价报价中；请说明原因，或按其中一家的报价购买。',
  '{}; say why, e.g. quality or delivery time.': '{0}；请说明原因，例如质量或交货期。',
  'The price {} is above the lowest quote, {} from {}; say why, e.g. quality or delivery time.':
    '购置单价 {0} 高于最低报价（{2} 报价 {1}）；请说明原因，例如质量或交货期。',
  'Choose the work order or the complaint the part is bought for.': '请选择购置该配件所对应的派工单或投诉。',
  'Choose the part.': '请选择配件。',
  'Enter the supplier the part is bought from.': '请填写购置该配件的供应商。',
  'Enter the price per piece in whole fen, more than 0.': '请以分为单位填写每件单价，须为大于 0 的整数。',
  "A local purchase needs the CS department leader's approval before the part is bought.": '就地购置须经客服部负责人同意后，方可购买配件。',
  'A local purchase is approved by the CS department leader ({}), not by {}.': '就地购置由客服部负责人（{0}）审批，{1} 无权审批。',
  'The approval time is not a valid date and time.': '审批时间不是有效的日期时间。',
  'The purchase cannot be dated before the leader approved it; check the purchase time.': '购置时间不能早于负责人批准的时间，请检查购置时间。',
  'Enter when the part was bought, after the approval.': '请填写配件的购置时间，须在批准之后。',

  // 领用单明细
  'Give the list of lines.': '请提供配件明细。',
  'Enter a whole number of pieces, 0 or more.': '请输入整数件数，0 或以上。',
  'Evaluate the warranty of unit {} before requisitioning 三包 parts for it.': '请先判定机组 {0} 的三包状态，再为其领用三包配件。',
  'Unit {} has no proof of purchase (NO_PROOF), so it is not covered by 三包; supply the part as a paid part instead.':
    '机组 {0} 无购买凭证（NO_PROOF），不在三包范围内；请改按有偿配件供应。',
  'The warranty of unit {} ended on {} ({}), so it is not covered by 三包; supply the part as a paid part instead.':
    '机组 {0} 的三包期已于 {1} 结束（{2}），不在三包范围内；请改按有偿配件供应。',
  'The warranty of unit {} ended ({}), so it is not covered by 三包; supply the part as a paid part instead.':
    '机组 {0} 的三包期已结束（{1}），不在三包范围内；请改按有偿配件供应。',
  'A {} fault is not a quality fault, so it is not covered by 三包; supply the part as a paid part instead.':
    '{0} 故障不属于质量问题，不在三包范围内；请改按有偿配件供应。',
  'Enter the serial number (出厂编号) of the unit the part goes into.': '请填写装用该配件的机组出厂编号。',
  'Choose the work order or the complaint this repair belongs to.': '请选择该维修所属的派工单或投诉。',
  'Choose a known fault cause, or leave it empty.': '请选择已有的故障原因，或留空。',
  'Only wear parts (易损件) are stocked; requisition this part for the repair that needs it.': '只有易损件可以储备；该配件请在需要它的维修中领用。',
  'A stocking line is not for one unit; clear the unit and work order, or make a REPAIR requisition.':
    '储备领用不针对单台机组；请清除出厂编号和派工单，或改填维修用（REPAIR）领用单。',
  'Choose REPAIR (for units under repair) or STOCKING (wear parts).': '请选择 REPAIR（维修中的机组用）或 STOCKING（储备易损件）。',
  'Add at least one part.': '请至少添加一种配件。',
  // The two runtime forms first: the `{}{}` key has the same literal length as the plain one, and
  // among equals the earlier key is tried first.
  'This part is already listed in row {} for the same unit; put the whole quantity on one line.': '该配件已在第 {0} 行为同一机组列出；请将全部数量填在同一行。',
  'This part is already listed in row {}; put the whole quantity on one line.': '该配件已在第 {0} 行列出；请将全部数量填在同一行。',
  'This part is already listed in row {}{}; put the whole quantity on one line.': '该配件已在第 {0}{1} 行列出；请将全部数量填在同一行。',
  'Give an approved quantity for each of the {} lines.': '请为全部 {0} 行逐一填写核定数量。',
  'Approval may reduce the quantity but not raise it above the {} requested; a larger need is a new requisition.':
    '审批可核减数量，但不能超过申请的 {0} 件；需要更多请另填领用单。',
  'Every line is reduced to 0; reject the requisition instead, giving the reason.': '所有行都核减为 0；请改为驳回该领用单，并说明原因。',
  'Give a shipped quantity for each of the {} lines (0 for none).': '请为全部 {0} 行逐一填写发货数量（不发填 0）。',
  'The approved or shipped quantity recorded on this line is not a whole number.': '该行记录的核定数量或已发数量不是整数。',
  'Only {} remain to ship on this line; ship at most that.': '该行仅剩 {0} 件待发，发货数量不能超过此数。',
  'The shipment ships nothing; enter what is being shipped.': '本次没有发货任何配件，请填写发货数量。',

  // 领用单状态与签字
  'A requisition cannot go from {} to {}: {} Allowed next states: {}.': '领用单不能从 {0} 变为 {1}：{2}允许的下一状态：{3}。',
  // Whole forms rather than the phrases alone: 'it is already {}.' reads differently per area.
  'A requisition cannot go from {} to {}: it is already {}. Allowed next states: {}.': '领用单不能从 {0} 变为 {1}：已经是 {2}。允许的下一状态：{3}。',
  'A requisition cannot go from {} to {}: the requisition rules do not allow it. Allowed next states: {}.':
    '领用单不能从 {0} 变为 {1}：领用单流程不允许。允许的下一状态：{2}。',
  'none (the requisition is finished)': '无（领用单已完结）',
  '"{}" is not a requisition status.': '“{0}”不是领用单状态。',
  '"{}" is not a requisition purpose.': '“{0}”不是领用单用途。',
  'Give the reason for rejecting the requisition; the agent is told it.': '请填写驳回领用单的原因，客服专员会看到该原因。',
  'Enter why the requisition is rejected.': '请填写驳回原因。',
  'A requisition is closed by the quarterly write-off that reconciles it; close that write-off.': '领用单随核销它的季度核销单结案；请结案该核销单。',
  'Choose the write-off that reconciles this requisition.': '请选择核销该领用单的核销单。',
  'Choose REPAIR or STOCKING.': '请选择 REPAIR（维修用）或 STOCKING（储备易损件）。',
  'A {} does not sign this requisition; it is signed by {} then {}.': '{0} 不参与该领用单的签字；该领用单依次由 {1}、{2} 签字。',
  'A {} does not sign this requisition; it is signed by {}.': '{0} 不参与该领用单的签字；该领用单由 {1} 签字。',
  'The {} has already signed this requisition.': '{0} 已在该领用单上签字。',
  'The {} signs this requisition before the {}.': '该领用单须先由 {0} 签字，再由 {1} 签字。',
  'This requisition ({}, {}) still needs the signature of {} then {}.': '该领用单（{0}，{1}）还须依次由 {2}、{3} 签字。',
  'This requisition ({}, {}) still needs the signature of {}.': '该领用单（{0}，{1}）还须 {2} 签字。',
  'The shipment is not valid; correct the lines listed.': '发货信息无效，请修正标出的行。',

  // 配件参数
  'Enter a whole number of quotes from 1 to {}.': '比价家数须为 1 到 {0} 之间的整数。',
  'The parts settings are not valid; correct the listed fields in the parts settings.': '配件参数无效，请在配件参数中修正标出的字段。',

  // 库位与 ABC 分类
  '"{}" is not a repair-center id.': '“{0}”不是有效的维修中心编号。',
  'Choose the repair center.': '请选择维修中心。',
  '"{}" is not a stock location.': '“{0}”不是库位。',
  'Choose FACTORY, HEAD_OFFICE or a repair center.': '请选择 FACTORY（制造单元）、HEAD_OFFICE（客户服务部）或维修中心。',
  '"{}" is not an ABC class; set A, B or C on the part.': '“{0}”不是 ABC 分类；请在配件上设置 A、B 或 C。',
  'Choose A, B or C.': '请选择 A、B 或 C。',

  // 台账：出入库、报废、旧件
  'Scrapping parts worth {} needs an appraisal (鉴定意见) agreed by a leader; record it first.': '报废价值 {0} 的配件须有经领导同意的鉴定意见；请先填写鉴定记录。',
  'Write the appraisal opinion: why the part cannot be repaired or used.': '请填写鉴定意见：该配件为何无法修复或使用。',
  'Name who appraised the part.': '请填写鉴定人。',
  'Name the leader who agreed to the scrap.': '请填写同意报废的领导。',
  'Choose a destination other than the origin.': '去向不能与来源相同，请另选去向。',
  'Old parts go back to HEAD_OFFICE or to the FACTORY (the manufacturing unit), never into a center.':
    '旧件只能返还至 HEAD_OFFICE（客户服务部）或 FACTORY（制造单元），不能返还至维修中心。',
  'The FACTORY is where old parts end; it returns none.': '旧件最终回收至 FACTORY（制造单元），不再从那里返还。',
  'Old parts are written off only in a repair center’s quarterly write-off.': '旧件只能在维修中心的季度核销中核销。',
  'Choose the kind of movement: {}.': '请选择出入库类型：{0}。',
  'Choose where the parts come from: {}.': '请选择配件来源：{0}。',
  'Choose the local purchase record these parts were bought under.': '请选择这些配件对应的就地购置记录。',
  'Choose the work order the parts were issued to.': '请选择这些配件领用出库时对应的派工单。',
  "Give the work order's issued, used and returned counts for this part.": '请提供该派工单此配件的出库、使用和退料数量。',
  'Parts are issued only against a work order; choose it.': '配件须见单发料，请选择派工单。',
  'Parts are shipped only for a requisition; choose it.': '配件只能按领用单发货，请选择领用单。',
  'Enter the value in whole fen, 0 or more.': '请以分为单位填写金额，须为整数，0 或以上。',
  'Give how many old parts the origin holds, 0 or more.': '请提供来源库位现存的旧件数量，0 或以上。',
  'Give how many old parts the center holds, 0 or more.': '请提供维修中心现存的旧件数量，0 或以上。',
  'Old parts are written off only by closing a write-off; choose it.': '旧件只能通过核销单结案来核销，请选择核销单。',
  'Write why the old parts will not come back, e.g. the customer kept them.': '请说明旧件无法返还的原因，例如用户留下了旧件。',
  'Give the quantities on hand by location.': '请按库位提供库存数量。',
  'This is not a stock location.': '这不是有效的库位。',
  'A quantity on hand is a whole number, 0 or more.': '库存数量须为整数，0 或以上。',
  'The quantities on hand are not valid; they come from the ledger, so check it.': '库存数量无效；库存数量来自台账，请检查台账。',
  'Only {} on hand at {}, and this movement takes {}: {} short.': '{1} 库存仅 {0} 件，本次需 {2} 件，缺 {3} 件。',
  'Only {} old parts held at {}, and this movement takes {}: {} short.': '{1} 现存旧件仅 {0} 件，本次需 {2} 件，缺 {3} 件。',
  'Only {} {} at {}, and this movement takes {}: {} short.': '{2} 仅有 {0} 件（{1}），本次需 {3} 件，缺 {4} 件。',
  'Only {} of the parts issued to this work order are unused; used parts cannot go back to stock, so record the old part instead.':
    '该派工单领用的配件中仅 {0} 件未使用；已使用的配件不能退库，请改为登记旧件。',

  // 配件使用记录
  'Choose the work order the part was used on.': '请选择使用该配件的派工单。',
  'Enter the serial number (出厂编号) of the unit the part went into.': '请填写装用该配件的机组出厂编号。',
  'Choose the repair center that used the part.': '请选择使用该配件的维修中心。',
  'Parts are used by a repair center or head office, not by the FACTORY stock.': '配件由维修中心或总部使用，不能从 FACTORY（制造单元）库存使用。',
  'Enter the day of the replacement as YYYY-MM-DD.': '请按 YYYY-MM-DD 格式填写更换日期。',
  'Only {} of this part issued to the work order are unused, and the replacement uses {}: {} short; issue the part against the work order first.':
    '该派工单领用的此配件仅 {0} 件未使用，本次更换需 {1} 件，缺 {2} 件；请先按派工单领用出库该配件。',
  '{} short; issue the part against the work order first.': '缺 {0} 件；请先按派工单领用出库该配件。',
  'The number of old parts already returned must be a whole number, 0 or more.': '已返还的旧件数量须为整数，0 或以上。',
  'The number of old parts written off must be a whole number, 0 or more.': '已核销的旧件数量须为整数，0 或以上。',
  'The number of old parts {} must be a whole number, 0 or more.': '旧件数量（{0}）须为整数，0 或以上。',

  // 季度核销
  '"{}" is not a quarter; enter it as YYYY-Qn, e.g. 2026-Q4.': '“{0}”不是有效的季度；请按 YYYY-Qn 格式填写，例如 2026-Q4。',
  'Enter the quarter as YYYY-Qn, e.g. 2026-Q4.': '请按 YYYY-Qn 格式填写季度，例如 2026-Q4。',
  '"{}" is not a date; enter a real calendar date as YYYY-MM-DD.': '“{0}”不是有效日期；请按 YYYY-MM-DD 格式填写真实的日历日期。',
  '"{}" is not a write-off status.': '“{0}”不是核销单状态。',
  'A write-off cannot go from {} to {}. Allowed next states: {}.': '核销单不能从 {0} 变为 {1}。允许的下一状态：{2}。',
  'none (a closed write-off is final)': '无（已结案的核销单不能再变更）',
  'Give the counts of each part (the list may be empty).': '请提供各配件的盘点数（可为空列表）。',
  'Give the usage records of the quarter (the list may be empty).': '请提供本季度的使用记录（可为空列表）。',
  'This part is already counted in row {}.': '该配件已在第 {0} 行盘点。',
  "This usage is not {}'s; leave it out of this write-off.": '该使用记录不属于 {0}；请勿将其列入本核销单。',
  'The usage has no valid date.': '该使用记录没有有效日期。',
  "This usage is dated {}, outside {}; it belongs to that quarter's write-off.": '该使用记录日期为 {0}，不在 {1} 内；应列入所在季度的核销单。',
  'The usage names no part.': '该使用记录未注明配件。',
  'A usage without its work order and serial unit is not a usage record; complete it first.': '缺少派工单和出厂编号的使用记录无效；请先补全。',
  'The usage has no valid quantity.': '该使用记录没有有效数量。',
  'Choose the repair center of the write-off.': '请选择核销的维修中心。',
  'The write-off counts are not valid; correct the fields listed.': '核销盘点数无效，请修正标出的字段。',
  'The number of old parts held must be a whole number, 0 or more.': '现存旧件数量须为整数，0 或以上。',
  'The write-off of {} cannot close: explain the differences of {} first.': '{0} 的核销不能结案：请先说明 {1} 的差异。',

  // 领用单 lifecycle (REQUISITION_LIFECYCLE)
  'Every approved piece of this requisition has been shipped; nothing is left to ship or back-order.': '该领用单批准的配件已全部发出，没有可发货或缺货排产的内容。',
  'This is the last signature needed: approve the requisition.': '这是所需的最后一个签字：请批准该领用单。',
  'The write-off’s differences have not been read; reload it and close it again.': '尚未读取该核销单的差异，请重新加载后再核销。',
};
