import type { MessageCatalog } from '../message-translator.js';

/** Complaints: registration, investigation, responsibility, resolution, CAPA, visits, reports. */
export const COMPLAINT_MESSAGES: MessageCatalog = {
  // Registration and the warranty check
  'Choose a region.': '请选择地区。',
  'Choose a product model.': '请选择产品型号。',
  "Enter the customer's detailed address.": '请输入客户详细地址。',
  'Describe the main fault.': '请描述主要故障。',
  'Enter what the customer asks for.': '请输入客户要求。',
  'Choose the product model.': '请选择型号。',
  'Enter the factory date (出厂日期) as YYYY-MM-DD.': '请按 YYYY-MM-DD 格式填写出厂日期。',
  'Enter the purchase date (the invoice or voucher date) as YYYY-MM-DD.': '请按 YYYY-MM-DD 格式填写购买日期（发票或购货凭证日期）。',
  'The unit with this serial number is recorded with {}; leave the field empty or check the serial number.':
    '该出厂编号的产品档案登记的是{0}，与所填不符；请将此项留空或核对出厂编号。',
  'a different model': '另一型号',
  // "<what the registered unit lacks>. <what to enter>": the labels are values of this message.
  'The registered unit has no {}. {}': '已登记的产品档案中没有{0}。{1}',
  model: '型号',
  'factory date': '出厂日期',
  'purchase date': '购买日期',
  'The unit cannot be bought before it left the factory ({}); check both dates.': '购买日期不能早于出厂日期（{0}），请核对两个日期。',
  'Choose how the complaint came in: {}.': '请选择投诉渠道：{0}。',
  'Enter when the complaint was received.': '请输入受理时间。',
  'The year must be a whole number from 1 to 9999, not {}.': '年份须为 1 到 9999 之间的整数，而不是 {0}。',
  'Enter a four-digit year.': '请输入四位数年份。',
  'The complaint number {} does not fit the code: numbers run from 1 to {} each year.':
    '投诉序号 {0} 超出编号范围：每年的序号为 1 到 {1}。',
  'Enter a whole number from 1 to {}.': '请输入 1 到 {0} 之间的整数。',
  'Give a serial number, or a model and a purchase date.': '请提供出厂编号，或型号和购买日期。',
  'Enter the serial number (出厂编号), or choose a model.': '请输入出厂编号，或选择型号。',
  'Choose the department that handles this subject.': '请选择处理该投诉主题的部门。',
  'Choose the department that handles the complaint.': '请选择处理该投诉的部门。',
  'Say why the complaint goes to {} rather than {}.': '请说明投诉为何分派给 {0} 而不是 {1}。',
  '"{}" is not a complaint subject.': '“{0}”不是投诉主题。',
  'The routing table sends {} to "{}", which is not a department; correct the complaint routing settings.':
    '分派表把 {0} 分派给“{1}”，但它不是部门；请更正投诉分派设置。',
  'The number of open complaints must be a whole number, 0 or more, not {}.': '未结投诉数须为 0 或以上的整数，而不是 {0}。',
  'Enter a whole number, 0 or more.': '请输入 0 或以上的整数。',

  // Lifecycle
  'A complaint cannot go from {} to {}: {} Allowed next states: {}.': '投诉不能从 {0} 转为 {1}：{2}允许的下一状态：{3}。',
  'the complaint rules do not allow it.': '投诉规则不允许此操作。',
  'it is already {}.': '当前已是 {0}。',
  'none (the complaint is finished)': '无（投诉已结束）',
  '"{}" is not a complaint status.': '“{0}”不是投诉状态。',
  'Give the reason for rejecting the complaint; the customer is told it.': '请填写不予受理的原因；该原因将告知客户。',
  'Enter why the complaint is rejected.': '请输入不予受理的原因。',
  'Someone else changed this complaint while you were working on it. Reload it and try again.':
    '在您处理期间，该投诉已被他人修改。请重新加载后再试。',
  Complaint: '投诉',
  '{} is possible while the complaint is {}; it is {}.': '{0}只能在投诉状态为 {1} 时进行；当前状态为 {2}。',
  'Recording the investigation': '记录调查结果',
  'Dividing the responsibility': '划分责任',
  'Choosing the resolution': '确定处理方式',
  'INVESTIGATING or RESPONSIBILITY_DETERMINED': 'INVESTIGATING 或 RESPONSIBILITY_DETERMINED',
  'INVESTIGATING or RESPONSIBILITY_DETERMINED or RESOLVING': 'INVESTIGATING、RESPONSIBILITY_DETERMINED 或 RESOLVING',
  'RESPONSIBILITY_DETERMINED or RESOLVING': 'RESPONSIBILITY_DETERMINED 或 RESOLVING',
  'Record the investigation (fault cause, loss) and the responsibility split first.': '请先记录调查结果（故障原因、损失）并划分责任。',
  'Choose how the complaint is resolved (退、赔、换、修) first.': '请先确定处理方式（退、赔、换、修）。',
  'Record the investigation first.': '请先记录调查结果。',

  // Tier, office meeting, special cases, deadlines
  'Choose MINOR, MAJOR or CRITICAL.': '请选择 MINOR（一般）、MAJOR（较大）或 CRITICAL（重大）。',
  'Complaint tiers are MINOR, MAJOR or CRITICAL, not "{}".': '投诉等级只能是 MINOR（一般）、MAJOR（较大）或 CRITICAL（重大），而不是“{0}”。',
  '"{}" is not a complaint tier; use MINOR, MAJOR or CRITICAL.': '“{0}”不是投诉等级；请使用 MINOR、MAJOR 或 CRITICAL。',
  'Enter the direct loss in whole fen, 0 or more.': '请输入 0 或以上的直接损失（以分为单位的整数）。',
  'Say whether the responsibility is clear.': '请说明责任是否明确。',
  'Only a CRITICAL complaint can be especially major, and this one is {}; clear the flag or correct the loss.':
    '只有 CRITICAL（重大）投诉才能标记为特别重大，而该投诉为 {0}；请取消标记或更正损失金额。',
  'Only an especially major (特别重大) CRITICAL complaint goes to the office meeting.': '只有特别重大的 CRITICAL（重大）投诉才需提交办公会审批。',
  'The office meeting has already approved this complaint.': '办公会已审批该投诉。',
  'The office-meeting approval time is not a valid date and time.': '办公会审批时间不是有效的日期和时间。',
  'This complaint is especially major: the company office meeting (办公会) must approve the handling proposal before it is resolved.':
    '该投诉为特别重大投诉：处理方案须经公司办公会审批后才能处理完毕。',
  'Say why this is a crisis (media, lawsuit, public credibility…).': '请说明列为重大危机的原因（媒体曝光、诉讼、影响公众信誉等）。',
  'Enter the reason.': '请输入原因。',
  'Enter a valid date and time, or leave it empty.': '请输入有效的日期和时间，或留空。',
  'This cannot be before the complaint was received; check the time.': '该时间不能早于投诉受理时间，请核对。',

  // Investigation, responsibility, resolution
  'The loss cannot be negative.': '损失金额不能为负数。',
  'The cost cannot be negative.': '费用不能为负数。',
  'Choose the fault cause: {}.': '请选择故障原因：{0}。',
  'Evaluate the warranty first.': '请先判定三包状态。',
  'Say whether the customer has a maintenance contract.': '请说明客户是否有保养合同。',
  'Name at least one responsible unit with its share.': '请至少填写一个责任单位及其比例。',
  'Choose the responsible unit.': '请选择责任单位。',
  '{} is already listed in row {}; list each unit once with its whole share.': '{0} 已在第 {1} 行列出；每个单位只列一次，并填写其全部比例。',
  'Enter a share above 0 and at most 100, with at most 2 decimals.': '请输入大于 0、不超过 100 的比例，最多两位小数。',
  'The shares add up to {} %; adjust them so they add up to exactly 100 %.': '各单位比例合计为 {0}%，请调整为正好 100%。',
  'The loss must be a whole number of fen, 0 or more, not {}.': '损失金额须为 0 或以上的整数（以分为单位），而不是 {0}。',
  'Enter the loss in whole fen, 0 or more.': '请输入 0 或以上的损失金额（以分为单位的整数）。',
  'Choose the resolution: {}.': '请选择处理方式：{0}。',
  'Choose the service type: {}.': '请选择服务类型：{0}。',
  'Appraise the fault cause before deciding the resolution.': '请先鉴定故障原因，再确定处理方式。',
  'Enter the compensation in whole fen, more than 0.': '请输入大于 0 的赔偿金额（以分为单位的整数）。',
  'Only a COMPENSATE resolution has an amount; clear it or choose COMPENSATE.': '只有 COMPENSATE（赔偿）处理方式才有金额；请清空金额或选择 COMPENSATE。',
  'A {} fault is not a quality fault and is not served free; choose PAID or CONTRACT.':
    '{0} 属于非质量问题，不能三包免费；请选择 PAID（有偿服务）或 CONTRACT（合同服务）。',
  'A {} fault is not a quality fault, so the company does not {}; choose REPAIR or NONE.':
    '{0} 属于非质量问题，公司不予{1}；请选择 REPAIR（维修）或 NONE（不处理）。',
  // The resolution kinds the company would pay for, lower-cased into the message above.
  exchange: '换货',
  refund: '退货',
  compensate: '赔偿',
  'The resolution is not allowed; correct the fields listed and try again.': '该处理方式不符合规定；请更正列出的字段后重试。',

  // Re-routing (转派) to another handling department
  'Choose the department and say why the complaint moves there.': '请选择处理部门并说明转派原因。',
  'Enter why the complaint moves to another department.': '请填写转派原因。',
  'The complaint is {}; only a complaint that is still open (before RESOLVED) moves to another department.':
    '投诉当前为 {0}；只有尚未处理完毕（RESOLVED 之前）的投诉才能转派。',
  'The complaint is already with {}; choose another department.': '投诉已由 {0} 处理；请选择其他部门。',

  // The contractual reply term (合同约定答复期限) and the purchaser's consent to a delay
  "Give the new reply time, the purchaser's contact who agreed and the reason.": '请填写新的答复期限、同意延期的采购人联系人和延期原因。',
  'Enter the new reply time the purchaser agreed to.': '请填写采购人同意的新答复期限。',
  "Enter the name of the purchaser's contact who agreed.": '请填写同意延期的采购人联系人姓名。',
  'Enter why the reply is delayed (investigation, analysis…).': '请填写延期原因（调查、分析等）。',
  'This complaint has no contractual reply term (合同约定答复期限); its reply deadline follows its tier and needs no consent to move.':
    '该投诉没有合同约定答复期限；其答复期限按投诉等级计算，无需采购人同意延期。',
  'The complaint is {} and the purchaser has had the reply; there is no reply left to delay.': '投诉当前为 {0}，已答复采购人；没有可延期的答复。',
  "The reply was due at {}; a delay needs the purchaser's consent before the deadline passes, so the reply is now late.":
    '答复期限为 {0}，已经过去；延期须在期限届满前事先征得采购人同意，现在答复已逾期。',
  'Choose a time after the current deadline, {}.': '请选择晚于当前答复期限（{0}）的时间。',
  'Choose a time within {} days of receipt.': '请选择受理后 {0} 天内的时间。',
  'Enter a whole number of working days from 1 to {}.': '请输入 1 到 {0} 之间的整数工作日。',

  // Forwarding, penalties and the 退赔换 ledger
  'The complaint is {}; forwarding is recorded while it is open.': '投诉当前为 {0}；只能在投诉处理完毕前登记转交。',
  'The forwarding time must lie between receipt and now.': '转交时间须在受理时间之后、当前时间之前。',
  'Between receipt and now.': '须在受理时间之后、当前时间之前。',
  'Choose the unit that forwards complaints, or none.': '请选择转交投诉的单位，或选择无。',
  'Choose the unit that handles the complaint.': '请选择处理投诉的单位。',
  'Give a list of entries (it may be empty).': '请提供条目列表（可以为空）。',
  'Enter an amount in whole fen, 0 or more.': '请输入 0 或以上的金额（以分为单位的整数）。',
  'The ledger entries are not valid; correct the entries listed.': '退赔换台账条目无效，请更正列出的条目。',

  // Corrective and preventive action (纠正预防措施)
  'Corrective action is requested for company-caused complaints; divide the responsibility to a company unit first.':
    '纠正措施仅针对公司原因造成的投诉；请先将责任划分给公司内部单位。',
  'Ask a unit that bears a share of the responsibility.': '纠正措施须下发给承担责任的单位。',
  'Choose a responsible unit of this complaint.': '请选择本投诉的责任单位。',
  'The actions were ineffective: write the new root-cause analysis.': '措施验证无效：请填写新的原因分析。',
  'Enter the new analysis.': '请输入新的原因分析。',
  'A corrective-action request cannot go from {} to {}. Allowed next states: {}.': '纠正措施不能从 {0} 转为 {1}。允许的下一状态：{2}。',
  'none (verified effective is final)': '无（验证有效即为最终状态）',
  '"{}" is not a corrective-action status.': '“{0}”不是纠正措施状态。',
  'Describe the root cause found by the analysis.': '请填写分析查明的根本原因。',
  'Describe the corrective action taken on this nonconformity.': '请填写针对该不合格项采取的纠正措施。',
  'Describe the preventive action that stops it happening again.': '请填写防止再次发生的预防措施。',
  'Describe what the verification checked and found.': '请填写验证的内容和结果。',
  'Choose one of {}.': '请从以下选项中选择：{0}。',
  CapaRequest: '纠正措施',

  // Travel requests (出差申请)
  'Say what the visit is for.': '请填写出差事由。',
  'This travel request is approved by the {}.': '该出差申请须由{0}审批。',
  'This travel request is approved by the CS department leader.': '该出差申请须由客服部长审批。',
  'This travel request is approved by the after-sales director.': '该出差申请须由售后总监审批。',
  'This travel request was already {}.': '该出差申请已处理（{0}）。',
  'This travel request was already approved.': '该出差申请已批准。',
  'This travel request was already rejected.': '该出差申请已驳回。',
  '"{}" is not a region zone; use LOCAL, REMOTE or SPECIAL.': '“{0}”不是区域类型；请使用 LOCAL、REMOTE 或 SPECIAL。',
  'Choose LOCAL, REMOTE or SPECIAL.': '请选择 LOCAL（本地）、REMOTE（外地）或 SPECIAL（特殊地区）。',
  VisitRequest: '出差申请',

  // Complaint settings (head office)
  'Enter a whole number of days from 1 to {}.': '请输入 1 到 {0} 之间的整数天数。',
  'Choose calendar days or working days.': '请选择日历日或工作日。',
  'Enter a whole number of hours from 1 to {}.': '请输入 1 到 {0} 之间的整数小时数。',
  'Enter a whole number from 2 to {}.': '请输入 2 到 {0} 之间的整数。',
  'The complaint settings are not valid; correct the listed fields in the complaint settings.': '投诉设置无效；请在投诉设置中更正列出的字段。',
  'The complaint loss limits are not valid; correct the listed fields in the complaint settings.': '投诉损失限额无效；请在投诉设置中更正列出的字段。',
  'The MAJOR limit cannot be below the MINOR limit ({}); raise it or lower the MINOR limit.':
    'MAJOR（较大）限额不能低于 MINOR（一般）限额（{0}）；请提高该限额或降低 MINOR 限额。',
  'The responsibility rules are not valid; correct the listed rows in the complaint settings.': '责任划分规则无效；请在投诉设置中更正列出的行。',
  '"{}" is not a responsibility scenario.': '“{0}”不是责任划分情形。',

  // Not a message: a SQL condition the extractor reads as one; kept as it is.
  'NOT (complaint.id = ANY(:ids))': 'NOT (complaint.id = ANY(:ids))',
};
