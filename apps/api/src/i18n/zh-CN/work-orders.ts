import type { MessageCatalog } from '../message-translator.js';

/**
 * Work orders, surveys and technician scores. Status and enum codes stay as the API writes them.
 * Where a message is built from parts (a transition's reason, a loaner's description in
 * parentheses, a step's name), the whole variants come first so they read as one sentence; the
 * general keys are the fallback.
 */
export const WORK_ORDER_MESSAGES: MessageCatalog = {
  // 叫修登记
  "Enter the customer's name.": '请输入客户姓名。',
  "Enter the customer's phone number.": '请输入客户联系电话。',
  'Enter the site address the technician goes to.': '请输入技术员上门的服务地址。',
  'Enter the serial number (出厂编号) on the nameplate.': '请输入铭牌上的出厂编号。',
  "Classify the fault with a code from head office's list (it is how repeat repairs are found).":
    '请从总部的故障代码表中选择故障代码（用于判定重复维修）。',
  'Describe the fault as the customer reports it.': '请按客户所述填写故障描述。',
  'A repair center registers calls for itself only; leave the repair center empty or choose your own.':
    '维修中心只能为本中心登记叫修；请将维修中心留空或选择本中心。',
  'Enter when the customer called.': '请输入客户叫修的时间。',
  'The call time is in the future; enter when the customer called.': '叫修时间不能晚于现在，请输入客户叫修的时间。',
  "Choose the customer's region.": '请选择客户所在地区。',
  'The unit with this serial number is recorded with a different model; leave the model empty or check the serial number.':
    '该出厂编号的产品登记的是其他型号；请将型号留空，或核对出厂编号。',
  'The call cannot be registered yet; correct the fields listed.': '暂不能登记叫修，请更正标出的字段。',
  'All {} work-order numbers of {} are used; tell your administrator.': '{1} 年的 {0} 个派工单号已全部用完，请联系管理员。',
  'Complaint {} is {}; a visit is registered for an open complaint.': '投诉 {0} 当前为 {1}；只能为未结案的投诉登记上门服务。',
  'An earlier repair of this fault changed while the call was being saved. Try again.': '保存叫修时，该故障之前的维修记录被修改了。请重试。',
  'Choose URBAN or SUBURBAN for the site.': '请选择服务地点：URBAN（市区）或 SUBURBAN（郊区）。',
  '"{}" is not an area type; use URBAN or SUBURBAN.': '“{0}”不是有效的服务地点，请使用 URBAN（市区）或 SUBURBAN（郊区）。',
  'Some calls have no valid call time; correct them and try again.': '部分叫修没有有效的叫修时间，请更正后重试。',

  // 派工与各步骤
  'Someone else changed this work order while you were working on it. Reload it and try again.':
    '您编辑期间，该派工单已被他人修改。请重新加载后再试。',
  'Choose an existing technician.': '请选择已有的技术员。',
  "A repair center dispatches its own technicians only; choose one of your center's technicians.":
    '维修中心只能派本中心的技术员，请选择本中心的技术员。',
  'The work order is already dispatched to {}.': '该派工单已派给 {0}。',
  'Enter a valid date and time.': '请输入有效的日期和时间。',
  'This time is in the future; enter when it happened.': '时间不能晚于现在，请输入实际发生的时间。',
  'This cannot be before the call ({}).': '不能早于叫修时间（{0}）。',
  'This cannot be before the arrival ({}).': '不能早于到达时间（{0}）。',
  'This cannot be before the take-back ({}).': '不能早于带回时间（{0}）。',
  'This cannot be before the return ({}).': '不能早于送回时间（{0}）。',
  'This cannot be before the loan ({}).': '不能早于备用机借出时间（{0}）。',
  'This cannot be before {} ({}).': '不能早于{0}（{1}）。',
  'Enter the labour hours from 0 to {}, with at most 2 decimals, e.g. 1.25.': '请输入 0 至 {0} 的工时，最多两位小数，例如 1.25。',
  'The customer must sign the service voucher (服务凭证) for this step.': '此步骤须由客户在服务凭证上签字。',
  'Enter why the call is cancelled.': '请填写取消叫修的原因。',
  'Enter the number of the receipt given to the customer.': '请输入交给客户的领取收据号。',
  'Take back the receipt from the customer and void it.': '请收回客户的领取收据并作废。',
  'Choose how the work order ended: FIXED_ON_SITE or NOT_FIXED.': '请选择维修结果：FIXED_ON_SITE（现场修复）或 NOT_FIXED（未修复）。',
  'Choose how the work order ended: TAKEN_BACK or NOT_FIXED.': '请选择维修结果：TAKEN_BACK（带回修复）或 NOT_FIXED（未修复）。',
  'Choose how the work order ended: {} or {}.': '请选择维修结果：{0} 或 {1}。',
  'Choose how the work order ended: {}.': '请选择维修结果：{0}。',
  'Enter why the unit was not fixed.': '请填写未修复的原因。',
  'This step needs more details; fill in the fields listed.': '此步骤还需更多信息，请填写标出的字段。',
  'A work order cannot go from {} to {}: it is already {}. Allowed next states: none (the work order is finished).':
    '派工单不能从 {0} 转为 {1}：已经是 {2}。派工单已结束，没有可转入的状态。',
  'A work order cannot go from {} to {}: it is already {}. Allowed next states: {}.':
    '派工单不能从 {0} 转为 {1}：已经是 {2}。可转入的状态：{3}。',
  'A work order cannot go from {} to {}: the work-order rules do not allow it. Allowed next states: none (the work order is finished).':
    '派工单不能从 {0} 转为 {1}：派工单已结束，没有可转入的状态。',
  'A work order cannot go from {} to {}: the work-order rules do not allow it. Allowed next states: {}.':
    '派工单不能从 {0} 转为 {1}：派工流程不允许。可转入的状态：{2}。',
  'A work order cannot go from {} to {}: {} Allowed next states: {}.': '派工单不能从 {0} 转为 {1}：{2}可转入的状态：{3}。',
  '"{}" is not a work-order status.': '“{0}”不是有效的派工单状态。',

  // 有偿服务：收费标准
  'At most 100 part lines.': '配件最多 100 行。',
  'Some parts do not exist; choose them again.': '部分配件不存在，请重新选择。',
  'This is a FREE service: the customer is not charged, so there is no fee schedule to show.':
    '这是三包免费服务（FREE）：不向客户收费，无需出示收费标准。',
  'This is a CONTRACT service: the customer is not charged, so there is no fee schedule to show.':
    '这是保养合同服务（CONTRACT）：不向客户收费，无需出示收费标准。',
  'This is a {} service: the customer is not charged, so there is no fee schedule to show.': '这是 {0} 服务：不向客户收费，无需出示收费标准。',
  'The fee schedule is shown before the work; this work order is already {}.': '收费标准须在维修前出示；该派工单已是 {0}。',
  'Enter the hourly rate in whole fen, 0 or more.': '请输入工时单价，以分为单位的整数，不小于 0。',
  'Give a list of parts (it may be empty).': '请提供配件列表（可以为空）。',
  'Enter the part number.': '请输入配件编号。',
  'Enter a whole quantity from 1 to {}.': '请输入 1 至 {0} 的整数数量。',
  'The fee details are not valid; correct the fields listed.': '收费明细无效，请更正标出的字段。',
  'This is a paid service: show the customer the repair items and the fee schedule before doing the work.':
    '这是有偿服务：维修前须向客户出示维修项目与收费标准。',
  'The time the fee was shown is not a valid date and time.': '出示收费标准的时间不是有效的日期和时间。',
  'The fee schedule was shown after the work; a paid service shows it to the customer before the work.':
    '收费标准是在维修后出示的；有偿服务须在维修前向客户出示。',
  'workAt is not a valid date and time; pass a valid Date.': 'workAt 不是有效的日期和时间，请传入有效的 Date。',

  // 备用机
  'The customer must sign for the loaner unit; enter the name they signed with.': '客户须签字借用备用机，请输入客户签字的姓名。',
  'A signature has at most {} characters.': '签字最多 {0} 个字符。',
  'Enter the loaner unit’s serial number or a description of it (备用机).': '请输入备用机的出厂编号或说明。',
  'Describe the loaner unit in at most {} characters.': '备用机说明最多 {0} 个字符。',
  'A loaner unit ({}) is already lent on this work order; take it back first.': '本派工单已借出备用机（{0}），请先收回。',
  'A loaner unit is already lent on this work order; take it back first.': '本派工单已借出备用机，请先收回。',
  'A loaner unit{} is already lent on this work order; take it back first.': '本派工单已借出备用机{0}，请先收回。',
  'A loaner unit ({}) was already lent and returned on this work order; a work order records one loan.':
    '本派工单已借出并收回过备用机（{0}）；每张派工单只登记一次借用。',
  'A loaner unit was already lent and returned on this work order; a work order records one loan.':
    '本派工单已借出并收回过备用机；每张派工单只登记一次借用。',
  'A loaner unit{} was already lent and returned on this work order; a work order records one loan.':
    '本派工单已借出并收回过备用机{0}；每张派工单只登记一次借用。',
  'A loaner unit is lent only while the customer’s unit is taken back for repair; this work order is {}.':
    '只有客户的产品带回维修期间才能借出备用机；该派工单当前为 {0}。',
  'Lending a loaner unit needs more details; fill in the fields listed.': '借出备用机还需更多信息，请填写标出的字段。',
  'No loaner unit was lent on this work order.': '本派工单未借出备用机。',
  'The loaner unit ({}) is already back ({}).': '备用机（{0}）已于 {1} 收回。',
  'The loaner unit is already back ({}).': '备用机已于 {0} 收回。',
  'The loaner unit{} is already back ({}).': '备用机{0}已于 {1} 收回。',
  'The customer still has the loaner unit ({}): record 收回备用机 (loaner returned) before returning the repaired unit.':
    '客户仍持有备用机（{0}）：请先登记“收回备用机”，再送回修好的产品。',
  'The customer still has the loaner unit: record 收回备用机 (loaner returned) before returning the repaired unit.':
    '客户仍持有备用机：请先登记“收回备用机”，再送回修好的产品。',
  'The customer still has the loaner unit{}: record 收回备用机 (loaner returned) before returning the repaired unit.':
    '客户仍持有备用机{0}：请先登记“收回备用机”，再送回修好的产品。',
  'The unit cannot be returned before the loaner unit came back ({}).': '送回产品的时间不能早于备用机收回时间（{0}）。',

  // 重复维修与一次修复
  'Give the work order id.': '请提供派工单编号。',
  'Enter the serial number (出厂编号).': '请输入出厂编号。',
  'Classify the fault with a fault code before judging repeats.': '判定重复维修前，请先为故障选择故障代码。',
  'Give the work order status.': '请提供派工单状态。',
  'Give a list of work orders (it may be empty).': '请提供派工单列表（可以为空）。',
  'Some work orders are not valid; correct the fields listed.': '部分派工单无效，请更正标出的字段。',
  'Work order {} is {}: only a completed work order with its outcome is judged a first-time fix or not.':
    '派工单 {0} 当前为 {1}：只有已完工并有维修结果的派工单才能判定是否一次修复。',

  // 派工参数
  'The work-order settings are not valid; correct the fields listed.': '派工参数无效，请更正标出的字段。',
  'The work-order settings are not valid; correct the listed fields in the work-order settings.': '派工参数无效，请在派工参数中更正标出的字段。',
  'Enter a whole number of working hours from 1 to {}.': '请输入 1 至 {0} 的整数工作小时。',
  'Enter the hourly rate in whole fen, from 0 to {}.': '请输入工时单价，以分为单位的整数，0 至 {0}。',

  // 投诉核实到技术员
  'Complaint {} was rejected, so it is not a verified complaint against anyone.': '投诉 {0} 已驳回，不能核实到任何技术员。',
  'Complaint {} is already verified against {}.': '投诉 {0} 已核实到技术员 {1}。',

  // 客户意见调查
  'This survey link is not valid: it may have expired or been used already. Please ask customer service for a new one.':
    '此调查链接无效：可能已过期或已使用。请联系客服重新获取链接。',
  'This survey has already been answered, thank you. Customer service recorded your answers by phone.':
    '此调查已填写，谢谢您。客服已通过电话记录您的评价。',
  'Some answers are not valid; correct the items listed.': '部分评价无效，请更正标出的项目。',
  'Work order {} is {}; its survey opens when it is completed.': '派工单 {0} 当前为 {1}，完工后才能进行客户意见调查。',
  'The survey of {} was already answered (CALLBACK) on {}.': '派工单 {0} 的调查已于 {1} 通过客服回访录入。',
  'The survey of {} was already answered (LINK) on {}.': '派工单 {0} 的调查已于 {1} 由客户通过链接填写。',
  'The survey of {} was already answered ({}) on {}.': '派工单 {0} 的调查已于 {2} 回复（{1}）。',
  'Enter when the customer answered.': '请输入客户回复的时间。',
  'This time is in the future; enter when the customer answered.': '时间不能晚于现在，请输入客户回复的时间。',
  'The customer answered after the work order was completed.': '客户回复时间应在派工单完工之后。',
  'A complaint was already opened from this survey ({}).': '该调查已转为投诉（{0}）。',
  'A complaint was already opened from this survey.': '该调查已转为投诉。',
  'A complaint was already opened from this survey{}.': '该调查已转为投诉{0}。',
  "The survey of {} holds no complaint; record the customer's complaint in the survey first.":
    '派工单 {0} 的调查中没有投诉内容，请先在调查中录入客户的投诉。',
  'The work order does not hold everything a complaint needs ({}); register the complaint on the complaint form.':
    '派工单缺少登记投诉所需的信息（{0}），请在投诉登记表中登记该投诉。',
  'Choose ORDINARY (一般) or MAJOR (重大).': '请选择 ORDINARY（一般）或 MAJOR（重大）。',
  '"{}" is not a survey complaint severity; use ORDINARY or MAJOR.': '“{0}”不是有效的调查投诉性质，请使用 ORDINARY（一般）或 MAJOR（重大）。',
  "Enter the customer's ratings.": '请录入客户的评价。',
  'Choose a level from 4 (very satisfied) to 1 (dissatisfied), or leave it blank.': '请选择 4（很满意）至 1（不满意）的等级，或留空。',
  'The customer rated nothing; enter at least one of the four items.': '客户未评价任何一项，请至少录入四项中的一项。',
  'Give a list of surveys (it may be empty).': '请提供调查列表（可以为空）。',
  'Some surveys are not valid; correct the fields listed.': '部分调查无效，请更正标出的字段。',

  // 技术员月度考核
  'The month {} has not begun; choose this month or an earlier one.': '{0} 尚未开始，请选择本月或之前的月份。',
  'Choose this month or an earlier one.': '请选择本月或之前的月份。',
  'Choose from 1 to 36 months.': '请选择 1 至 36 个月。',
  'Enter the year as four digits, e.g. 2026.': '请输入四位年份，例如 2026。',
  '{} is not a year; enter it as four digits, e.g. 2026.': '{0} 不是有效年份，请输入四位年份，例如 2026。',
  '{} is not a valid id.': '{0} 不是有效的编号。',
  'Choose one from the list.': '请从列表中选择。',
  'The score has no supervisor entry (D1, D2) yet; enter it first.': '该考核尚未录入主管评分（D1、D2），请先录入。',
  'Someone else changed this score while you were working on it. Reload it and try again.': '您编辑期间，该考核记录已被他人修改。请重新加载后再试。',
  'Some points are out of range; correct the fields listed.': '部分分数超出范围，请更正标出的字段。',
  '{} of the chosen scores have no supervisor entry (D1, D2) yet; enter them first.': '所选考核中有 {0} 条尚未录入主管评分（D1、D2），请先录入。',
  'No score of {} is waiting to be published; the supervisors submit them first.': '{0} 没有待发布的考核，须先由服务主管提交。',
  'The adjustment is not valid; correct the fields listed.': '调整无效，请更正标出的字段。',
  'A score cannot go from {} to {}: a published score is final; record an adjustment instead. Allowed next states: none.':
    '考核不能从 {0} 转为 {1}：已发布的考核为最终结果，请改为录入调整。',
  'A score cannot go from {} to {}: it is already {}. Allowed next states: {}.': '考核不能从 {0} 转为 {1}：已经是 {2}。可转入的状态：{3}。',
  'A score cannot go from {} to {}: the score rules do not allow it. Allowed next states: {}.':
    '考核不能从 {0} 转为 {1}：考核流程不允许。可转入的状态：{2}。',
  'A score cannot go from {} to {}: {} Allowed next states: {}.': '考核不能从 {0} 转为 {1}：{2}可转入的状态：{3}。',
  '"{}" is not a score status.': '“{0}”不是有效的考核状态。',
  'Give the reason for sending the score back; the supervisor is told it.': '请填写退回考核的原因，服务主管会看到此原因。',
  'Enter what the supervisor should correct.': '请填写服务主管需要修改的内容。',
  'The score is {} and cannot be changed; record an adjustment instead.': '考核已是 {0}，不能修改；请改为录入调整。',
  'The score is {} and cannot be changed; ask HR to send it back first.': '考核已是 {0}，不能修改；请先由人力资源部退回。',
  'The score is {} and cannot be changed; {}.': '考核已是 {0}，不能修改；{1}。',
  'The month {} is not over yet; submit its score from {} on.': '{0} 尚未结束；该月考核请于 {1} 起提交。',
  '"{}" is not a known time zone; use an IANA name such as Asia/Shanghai.': '“{0}”不是已知的时区，请使用 IANA 时区名称，例如 Asia/Shanghai。',
  'Enter the change in points, from −{} to {} and not 0, with at most 2 decimals.': '请输入调整分数：−{0} 至 {1}，不能为 0，最多两位小数。',
  'Enter why the published score is corrected.': '请填写调整已发布考核的原因。',
  'The score is {}: correct the score itself; adjustments are for published scores.': '考核当前为 {0}：请直接修改考核本身；调整仅用于已发布的考核。',
  'The published total must be from 0 to {}, not {}.': '已发布的总分须在 0 至 {0} 之间，而不是 {1}。',
  'Enter points from 0 to {}, with at most 2 decimals.': '请输入 0 至 {0} 的分数，最多两位小数。',
  'Give a list of adjustments (it may be empty).': '请提供调整列表（可以为空）。',
  'Some adjustments are not valid; correct the fields listed.': '部分调整无效，请更正标出的字段。',
  "The adjustments take the score to {}, above the rubric's {} points; reduce the change.": '调整后总分为 {0}，超过满分 {1} 分，请减少调整分数。',
  'The total cannot exceed {} points.': '总分不能超过 {0} 分。',
  'A score total must be from 0 to {} with at most 2 decimals, not {}.': '考核总分须在 0 至 {0} 之间且最多两位小数，而不是 {1}。',
  '"{}" is not a grade; use A, B or C.': '“{0}”不是有效的等级，请使用 A、B 或 C。',
  'Give the complaint id.': '请提供投诉编号。',
  'Give the {} id.': '请提供{0}编号。',
  '{} is listed twice; each work order counts once.': '{0} 重复出现；每张派工单只计一次。',
  '{} is listed twice; each complaint counts once.': '{0} 重复出现；每条投诉只计一次。',
  '{} is listed twice; each {} counts once.': '{0} 重复出现；每个{1}只计一次。',
  'Give a list (it may be empty).': '请提供列表（可以为空）。',
  'Say whether it was a first-time fix.': '请说明是否一次修复。',
  'The score cannot be computed; correct the fields listed.': '无法计算考核，请更正标出的字段。',
  'Give a whole count, 0 or more.': '请输入不小于 0 的整数。',
  'There cannot be more late arrivals than arrivals.': '迟到次数不能多于到达次数。',
  'There cannot be more repeats than repairs.': '重复维修次数不能多于维修次数。',
  'The levels must each be 1 to 4.': '每项等级须为 1 至 4。',
  'A card has at most four answers.': '每张调查卡最多四项评价。',
  'Give a list of monthly grades (it may be empty).': '请提供月度等级列表（可以为空）。',
  '{} is listed twice; a technician has one score per month.': '{0} 重复出现；技术员每月只有一份考核。',
  'Some monthly grades are not valid; correct the fields listed.': '部分月度等级无效，请更正标出的字段。',
  'D3 服务绩效: MEASURED 有记录, PARTIAL 部分无记录, NO_DATA 本月无派工单 (按 D1+D2 比例折算)':
    'D3 服务绩效：MEASURED 有记录，PARTIAL 部分无记录，NO_DATA 本月无派工单（按 D1+D2 比例折算）',

  // 技术员考核参数
  'The score settings are not valid; correct the fields listed.': '考核参数无效，请更正标出的字段。',
  'The technician score settings are not valid; correct the listed fields in the score settings.': '技术员考核参数无效，请在考核参数中更正标出的字段。',
  'Enter a whole number of points from 0 to {}.': '请输入 0 至 {0} 的整数分数。',
  'Enter a whole number of points from 1 to {}.': '请输入 1 至 {0} 的整数分数。',
  'The rubric adds up to {} points; adjust the items so they add up to exactly {}.': '各项满分合计为 {0} 分，请调整各项，使合计正好为 {1} 分。',
  'Give at least one of the supervisor-entered items (D1, D2) some points.': '主管评分项目（D1、D2）中至少要有一项的满分大于 0。',
  'The B threshold must be below the A threshold ({}); lower it or raise A.': 'B 等最低分须低于 A 等最低分（{0}），请调低 B 等或调高 A 等。',
  'Enter a ratio from 0 to {} with at most 2 decimals, e.g. 1.10.': '请输入 0 至 {0} 的比例，最多两位小数，例如 1.10。',
  'The B ratio cannot be above the A ratio.': 'B 等工资发放比例不能高于 A 等。',
  'The C ratio cannot be above the B ratio.': 'C 等工资发放比例不能高于 B 等。',
  'Enter a day of the month from 1 to {}.': '请输入当月的日期：1 至 {0} 日。',
  'Enter a whole number of months from 1 to {}.': '请输入 1 至 {0} 的整数月数。',
  'The two counts must add up to more than {} so a year cannot call for both; raise one of them (they add up to {}).':
    '两个次数之和须大于 {0}，以免同一年既建议晋升又进入降级/解聘评审；请调高其中一项（当前合计 {1}）。',

  // Not messages but SQL the extractor reads as sentences: kept verbatim so the coverage test is complete.
  'SELECT complaint_id, complaint_severity FROM survey WHERE complaint_id = ANY($1)':
    'SELECT complaint_id, complaint_severity FROM survey WHERE complaint_id = ANY($1)',
  "SELECT set_config('app.scope', 'head_office', true)": "SELECT set_config('app.scope', 'head_office', true)",
  'SELECT * FROM technician_month_tally($1, $2::date, $3)': 'SELECT * FROM technician_month_tally($1, $2::date, $3)',
  'SELECT id, status, called_at, completed_at, outcome, first_time_fix, repeated_by_work_order_id, version FROM work_order_repair_history($1, $2, $3)':
    'SELECT id, status, called_at, completed_at, outcome, first_time_fix, repeated_by_work_order_id, version FROM work_order_repair_history($1, $2, $3)',
  'NOT (wo.loanerLentAt IS NOT NULL AND wo.loanerReturnedAt IS NULL)': 'NOT (wo.loanerLentAt IS NOT NULL AND wo.loanerReturnedAt IS NULL)',
};
