import type { MessageCatalog } from '../message-translator.js';

/**
 * Errors any request can meet: sign-in, permissions, input checks, the database's refusals; and
 * the shared reference data, repair centers, technicians, users, API keys, calendar, dates, money.
 */
export const COMMON_MESSAGES: MessageCatalog = {
  'Someone else changed {} while you were working on it. Reload it and try again.': '在您编辑期间，他人已修改了{0}，请重新加载后重试。',
  'this complaint': '该投诉',
  'A {} that is {} cannot be given "{}".': '处于 {1} 状态的{0}不能执行“{2}”。',
  'What it can be given now: {}.': '现在可以执行：{0}。',
  'Nothing more can be done with it.': '已不能再执行任何操作。',
  'Your role may not do "{}" on a {} (it needs {}).': '您的角色不能对{1}执行“{0}”（需要权限 {2}）。',
  '"{}" is not something a {} can do.': '“{0}”不是{1}可以执行的操作。',
  '"{}" is not a {} status.': '“{0}”不是{1}的状态。',
  'Sign in first, or send a valid API key.': '请先登录，或提供有效的 API 密钥。',
  'You do not have permission to do this.': '您没有执行此操作的权限。',
  'Please correct: {}.': '请更正：{0}。',
  '{} {} does not exist.': '{0} {1} 不存在。',
  'This record already exists.': '该记录已存在。',
  'A referenced record does not exist.': '引用的记录不存在。',
  'A value is out of the allowed range.': '有数值超出允许范围。',
  'An id or value has the wrong format.': '编号或数值格式不正确。',
  'This part was not run because another part of this request failed first; see that error, correct it and send again. Nothing was changed.':
    '本请求中的另一部分先出错，此部分未执行；请查看该错误，更正后重新发送。未做任何更改。',
  'A text is longer than allowed; shorten it and send again.': '有文本超出允许的长度，请缩短后重新提交。',
  'A number is too large or too small; send a value in the allowed range.': '有数值过大或过小，请填写允许范围内的数值。',
  'A date or time is not valid; use YYYY-MM-DD for dates and ISO 8601 for times.': '有日期或时间无效；日期请用 YYYY-MM-DD，时间请用 ISO 8601 格式。',
  'A date or time is out of range; use YYYY-MM-DD for dates and ISO 8601 for times.': '有日期或时间超出范围；日期请用 YYYY-MM-DD，时间请用 ISO 8601 格式。',
  'Text cannot contain the NUL character (U+0000) or invalid characters; remove them and send again.': '文本不能包含 NUL 字符（U+0000）或无效字符，请删除后重新提交。',
  'Text cannot contain the NUL character (U+0000): remove it from {} and send again.': '文本不能包含 NUL 字符（U+0000）：请从 {0} 中删除后重新提交。',
  'Text cannot contain the NUL character (U+0000).': '文本不能包含 NUL 字符（U+0000）。',
  'Too many invalid values in the variables: only the first 50 are reported. Correct them and send again.': '变量中的无效值过多，仅列出前 50 个。请更正后重新提交。',
  'Someone else was changing the same records at the same moment; nothing was saved. Try again.': '其他人正在同时修改相同的记录，本次未保存任何内容，请重试。',
  'Something went wrong on the server. Please try again; if it keeps happening, tell your administrator.': '服务器出错，请重试；如仍出现，请联系管理员。',
  'Something went wrong on the server. Please try again.': '服务器出错，请重试。',
  'The change could not be saved. Please try again.': '修改未能保存，请重试。',

  // Every lifecycle's refusals (packages/domain/src/lifecycle/command-table.ts) and the one versioned write.

  // The records the shared services name in "<entity> <id> does not exist."
  ApiKey: 'API 密钥',
  Region: '地区',
  ProductCategory: '产品类别',
  ProductModel: '产品型号',
  ProductUnit: '产品档案',
  Part: '配件',
  RepairCenter: '维修中心',
  Technician: '技术员',
  User: '用户',

  // Several messages of one field (flattenValidationErrors joins them with "; "): each
  // translation ends with its own full stop, so they follow one another.
  '{}; {}': '{0}{1}',

  // class-validator's defaults, for decorators used without a `message`
  '{} must be shorter than or equal to {} characters': '{0} 不能超过 {1} 个字符。',
  'each value in {} must be shorter than or equal to {} characters': '{0} 中的每一项都不能超过 {1} 个字符。',
  '{} must not be less than {}': '{0} 不能小于 {1}。',
  '{} must not be greater than {}': '{0} 不能大于 {1}。',
  '{} must be an integer number': '{0} 必须是整数。',
  '{} must be a boolean value': '{0} 必须是布尔值（true 或 false）。',
  '{} must contain no more than {} elements': '{0} 最多只能有 {1} 项。',
  'nested property {} must be either object or array': '{0} 必须是对象或数组。',
  'each value in nested property {} must be either object or array': '{0} 中的每一项都必须是对象。',

  // graphql-js wraps a scalar's refusal of a variable or a literal in its own words.
  'Variable "{}" got invalid value {} at "{}"; {}': '变量 {0} 中 "{2}" 的值 {1} 无效：{3}',
  'Variable "{}" got invalid value {}; {}': '变量 {0} 的值 {1} 无效：{2}',
  'Expected value of type "{}", found {}; {}': '应为 "{0}" 类型的值，实际为 {1}：{2}',

  // Sign-in and sessions
  'Enter your username.': '请输入用户名。',
  'Enter your password.': '请输入密码。',
  'Wrong username or password.': '用户名或密码错误。',
  'This account is disabled. Ask an administrator to enable it.': '该账号已停用，请联系管理员启用。',
  'The Authorization header must be "Bearer <token or API key>".': 'Authorization 请求头的格式须为 "Bearer <令牌或 API 密钥>"。',
  'Your session has expired or your account is disabled. Please sign in again.': '登录已失效或账号已停用，请重新登录。',
  'Your session was ended because your password, role or account status changed. Please sign in again.':
    '您的密码、角色或账号状态已变更，本次登录已失效，请重新登录。',
  'This API key is unknown or has been revoked. Ask head office for a new key.': '该 API 密钥无效或已吊销，请向总部申请新密钥。',
  'Your repair center’s authorization has been revoked; its accounts and API keys no longer work.':
    '您所在的维修中心已被取消授权，其账号和 API 密钥均已失效。',
  // The throttle composes "<reason> Try again in <wait>."
  'Too many failed sign-ins for this account from your address.': '该账号在您所在的网络地址登录失败次数过多。',
  'Too many failed sign-ins from your address.': '您所在的网络地址登录失败次数过多。',
  '{} Try again in {}.': '{0}请 {1}后再试。',
  '1 minute': '1 分钟',
  '{} minutes': '{0} 分钟',
  '{} hours': '{0} 小时',

  // API keys and users
  'Choose a repair center.': '请选择维修中心。',
  'Partners can only see the API keys of their own repair center.': '特约维修中心只能查看本中心的 API 密钥。',
  'This API key is already revoked.': '该 API 密钥已吊销。',
  'A username has at least 3 characters.': '用户名至少 3 个字符。',
  'Use letters, digits, ".", "-" and "_" only.': '只能使用字母、数字、“.”、“-”和“_”。',
  'Choose a password of 8 to 128 characters.': '请设置 8 到 128 个字符的密码。',
  'A password has 8 to 128 characters.': '密码须为 8 到 128 个字符。',
  'Choose the repair center this partner works for.': '请选择该特约维修中心用户所属的维修中心。',
  'You cannot change your own role; ask another administrator.': '不能修改自己的角色，请联系其他管理员。',
  'You cannot disable your own account.': '不能禁用自己的账号。',
  'A PARTNER user must belong to a repair center.': '特约维修中心（PARTNER）用户必须属于一个维修中心。',
  'Partner (repair center)': '特约维修中心',

  // Database constraints
  'A region with this code already exists.': '该编码的地区已存在。',
  'A product category with this code already exists.': '该编码的产品类别已存在。',
  'A product model with this code already exists.': '该编码的产品型号已存在。',
  'A unit with this serial number already exists.': '该出厂编号的产品已存在。',
  'A part with this part number already exists.': '该配件号的配件已存在。',
  'This username is taken.': '该用户名已被使用。',
  'A repair center with this code already exists.': '该编码的维修中心已存在。',
  'This date already has an entry.': '该日期已有设置。',
  'Choose an existing product category.': '请选择已有的产品类别。',
  'Choose an existing product model.': '请选择已有的产品型号。',
  'Choose an existing repair center.': '请选择已有的维修中心。',
  'Choose existing product models.': '请选择已有的产品型号。',
  'Choose an existing region.': '请选择已有的地区。',
  'Choose existing product categories.': '请选择已有的产品类别。',
  'The agreement must end on or after its start.': '合作协议的有效期止不能早于有效期起。',
  'A technician with this code already exists.': '该编号的技术员已存在。',
  'The assignment must end on or after its start.': '派遣的结束日期不能早于开始日期。',
  'Choose technicians of this repair center.': '请选择本维修中心的技术员。',
  'Each technician is scored once per assessment.': '每次考核中每名技术员只能评分一次。',

  // Input rules shared by the forms
  'Enter a code.': '请输入编码。',
  'A code has at most 32 characters.': '编码最多 32 个字符。',
  'Use letters, digits, "-" and "_" only.': '只能使用字母、数字、“-”和“_”。',
  'Enter a name.': '请输入名称。',
  'At most {} characters.': '最多 {0} 个字符。',
  'The cursor is not valid; start again from the first page.': '分页游标无效，请从第一页重新开始。',
  'Invalid cursor.': '游标无效。',

  // Scalars: money and dates
  'Expected a string value.': '应为字符串。',
  'Money must be a decimal string such as "1234.50".': '金额须为十进制数字字符串，例如 "1234.50"。',
  'Invalid amount of money.': '金额无效。',
  '"{}" is not a date; use YYYY-MM-DD, e.g. 2026-03-31.': '“{0}”不是有效日期，请使用 YYYY-MM-DD 格式，例如 2026-03-31。',

  // Reference data
  'Name the day, e.g. 国庆节.': '请填写名称，例如 国庆节。',
  'The cost cannot be negative.': '费用不能为负数。',
  'Name the component.': '请填写部件名称。',
  'At least 1 month.': '至少 1 个月。',
  'At most 120 months.': '最多 120 个月。',
  'Choose a product category.': '请选择产品类别。',
  'Choose a product model.': '请选择产品型号。',
  'Choose a region.': '请选择地区。',
  'Enter a whole number of months from {} to {}.': '请输入 {0} 到 {1} 之间的整数月数。',
  'Enter the component name, e.g. 电机绕组.': '请填写部件名称，例如 电机绕组。',
  '"{}" is already listed in row {}; list each component once.': '“{0}”已在第 {1} 行列出，每个部件只能列一次。',
  'Enter a real calendar date as YYYY-MM-DD, or leave it empty.': '请按 YYYY-MM-DD 输入真实的日期，或留空。',
  'The unit cannot be bought before it left the factory ({}); check both dates.': '购买日期不能早于出厂日期（{0}），请核对两个日期。',
  'The warranty period must be a whole number of months, at least 1, not {}; correct the product category.':
    '三包期须为至少 1 个月的整数月数，而不是 {0}；请更正产品类别。',
  'Enter a whole number of months, at least 1.': '请输入至少为 1 的整数月数。',

  // Repair centers: records, status, assessments, settings
  'Enter the address.': '请填写地址。',
  'Enter a contact person.': '请填写联系人。',
  'Enter a phone number.': '请填写电话。',
  'Enter the agreement number.': '请填写合作协议编号。',
  'Choose at least one product category.': '请至少选择一个产品类别。',
  'Head office sets ACTIVE, SUSPENDED or REVOKED; rectification follows assessments.':
    '总部只能手动设置 ACTIVE（正常）、SUSPENDED（暂停）或 REVOKED（取消授权）；限期整改由考核结果决定。',
  'Give the reason; it is kept in the center’s history.': '请填写原因，该原因将记入维修中心的状态变更记录。',
  'Only a repair center’s own accounts and API keys have a “my center”.': '只有维修中心自己的账号和 API 密钥才有“本中心”。',
  'Choose a technician of this center.': '请选择本中心的技术员。',
  'Not a technician of this repair center.': '不是本维修中心的技术员。',
  'Only the center’s own technicians can be scored in its assessment.': '维修中心的考核只能为本中心的技术员评分。',
  'The warning period must be a whole number of days, 0 or more, not {}.': '提醒天数须为 0 或以上的整数，而不是 {0}。',
  'Enter a whole number of days, 0 or more.': '请输入 0 或以上的整数天数。',
  'The agreement cannot end before it starts ({}); check both dates.': '合作协议的有效期止不能早于有效期起（{0}），请核对两个日期。',
  'Enter a score from 0 to 100 for each of the three items.': '请为三个项目分别输入 0 到 100 的分数。',
  'Enter a whole number of points from 0 to 100.': '请输入 0 到 100 之间的整数分。',
  'The pass mark must be a whole number from 0 to 100, not {}.': '考核合格分须为 0 到 100 之间的整数，而不是 {0}。',
  'The rectification period must be a whole number of days, at least 1, not {}; correct the settings.':
    '限期整改天数须为至少 1 天的整数，而不是 {0}；请更正维修中心参数。',
  'Enter a whole number of days, at least 1.': '请输入至少为 1 的整数天数。',
  'The repair center is REVOKED, and a revoked center is not assessed.': '该维修中心已取消授权（REVOKED），不再对其考核。',
  'The repair center is {}, so no rectification is open to follow up; record a periodic assessment instead.':
    '该维修中心当前为 {0}，没有待复查的限期整改；请改为登记定期考核。',
  'A repair center cannot go from {} to {}: {} Allowed next states: {}.': '维修中心不能从 {0} 变更为 {1}：{2}可变更为：{3}。',
  // More specific than the line above, so a center's "already" never reads as another record's.
  'A repair center cannot go from {} to {}: it is already {}. Allowed next states: {}.':
    '维修中心不能从 {0} 变更为 {1}：该维修中心当前已是 {2}。可变更为：{3}。',
  'it is already {}.': '当前已是 {0}。',
  "EXPIRED follows from the agreement's end date; change the agreement dates instead.": 'EXPIRED（协议到期）由合作协议的有效期决定，请改为修改协议日期。',
  'the status rules do not allow it.': '状态规则不允许此变更。',
  'a center is put under rectification only by a failed assessment; record the assessment instead.':
    '维修中心只能因考核不合格而进入限期整改，请改为登记考核。',
  'a rectification is closed only by a passing follow-up; record a passing follow-up assessment.':
    '限期整改只能由合格的整改复查结束，请登记合格的整改复查。',
  'none (REVOKED is final)': '无（REVOKED 为最终状态）',
  '"{}" is not a recorded repair-center status.': '“{0}”不是维修中心的记录状态。',
  'Repair center is {}: only an ACTIVE center receives new work orders and parts.': '维修中心当前为 {0}：只有 ACTIVE（正常）的维修中心才能接收新派工和配件。',
  'Enter a whole number of days from {} to {}.': '请输入 {0} 到 {1} 之间的整数天数。',

  // Technicians
  'Choose a technician.': '请选择技术员。',
  'Give the reason for the assignment.': '请填写派遣原因。',
  'Ends before it starts.': '结束日期早于开始日期。',
  'Enter the date the certificate expires.': '请填写资格证书到期日。',
  'Enter the certificate number, or clear the expiry date.': '请填写资格证书编号，或清空到期日。',
  // Up to three reasons, joined with "; "
  'This technician cannot be dispatched: {}.': '该技术员不能派工：{0}。',
  'This technician cannot be dispatched: {}; {}.': '该技术员不能派工：{0}；{1}。',
  'This technician cannot be dispatched: {}; {}; {}.': '该技术员不能派工：{0}；{1}；{2}。',
  'the technician is marked inactive': '该技术员已停用',
  'no qualification certificate with an expiry date is recorded': '未登记带到期日的资格证书',
  'the qualification certificate expired on {}': '资格证书已于 {0} 到期',
  "the technician's repair center is {}, and only an ACTIVE center takes work": '其所属维修中心当前为 {0}，只有 ACTIVE（正常）的维修中心才能接收派工',

  // Business calendar
  'Choose at least one working weekday.': '请至少选择一个工作日。',
  'Weekdays are numbers from 1 (Monday) to 7 (Sunday); remove {}.': '工作日以 1（周一）到 7（周日）表示，请删除 {0}。',
  'Weekday {} is listed twice; list each weekday once.': '工作日 {0} 重复出现，每个工作日只能列一次。',
  'Add at least one working period, e.g. 09:00 to 18:00.': '请至少添加一个工作时段，例如 09:00 至 18:00。',
  'Enter the time as HH:mm on a 24-hour clock, e.g. 09:00.': '请按 24 小时制 HH:mm 输入时间，例如 09:00。',
  'The period must end after it starts ({}); correct the end time.': '时段的结束时间须晚于开始时间（{0}），请更正结束时间。',
  'This period starts before the previous one ends; list the periods in order without overlaps.':
    '该时段在上一个时段结束前开始，请按时间顺序列出各时段，不要重叠。',
  'Give a list of dates as YYYY-MM-DD (it may be empty).': '请提供 YYYY-MM-DD 格式的日期列表（可以为空）。',
  'Enter a real calendar date as YYYY-MM-DD.': '请按 YYYY-MM-DD 输入真实的日期。',
  'Use an IANA time zone such as Asia/Shanghai.': '请使用 IANA 时区，例如 Asia/Shanghai。',
  '{} is also listed as a holiday; remove it from one of the two lists.': '{0} 同时被列为节假日，请从两个列表之一中删除。',
  'The business calendar is not valid; correct the listed fields in the calendar settings.': '工作日历设置无效，请在工作日历设置中更正所列字段。',
  '{} is not a valid date and time; pass a valid Date.': '{0} 不是有效的日期时间，请传入有效的 Date。',
  'Enter a valid date and time.': '请输入有效的日期和时间。',
  'The business calendar has no working day within {} days after {}; check its holidays and working weekdays.':
    '工作日历在 {1} 之后的 {0} 天内没有工作日，请检查节假日和工作日设置。',
  'Working hours must be from 0 to {}, not {}.': '工作小时数须在 0 到 {0} 之间，而不是 {1}。',
  'Enter a number of hours from 0 to {}.': '请输入 0 到 {0} 之间的小时数。',
  'Working days must be a whole number from 0 to {}, not {}.': '工作日数须为 0 到 {0} 之间的整数，而不是 {1}。',
  'Enter a whole number of days from 0 to {}.': '请输入 0 到 {0} 之间的整数天数。',

  // Dates and months
  '{} must be a whole number, not {}.': '{0} 须为整数，而不是 {1}。',
  'Enter a whole number.': '请输入整数。',
  'The resulting date is outside the years 0001–9999; use a nearer date.': '计算得到的日期超出 0001–9999 年的范围，请使用更近的日期。',
  'The instant is not a valid date and time; pass a valid Date.': '该时间点不是有效的日期时间，请传入有效的 Date。',
  '"{}" is not a date; enter a real calendar date as YYYY-MM-DD.': '“{0}”不是有效日期，请按 YYYY-MM-DD 输入真实的日期。',
  '"{}" is not a known time zone; use an IANA name such as Asia/Shanghai.': '“{0}”不是已知的时区，请使用 IANA 时区名称，例如 Asia/Shanghai。',
  '"{}" is not a month; enter it as YYYY-MM, e.g. 2026-11.': '“{0}”不是有效月份，请按 YYYY-MM 输入，例如 2026-11。',
  'Enter the month as YYYY-MM, e.g. 2026-11.': '请按 YYYY-MM 输入月份，例如 2026-11。',
  'Some fields are not valid; correct the fields listed and try again.': '部分字段无效，请更正所列字段后重试。',

  // Money
  'e.g. 1234.50': '例如 1234.50',
  '{} is too large; amounts must stay within ±{} yuan.': '{0}过大，金额须在 ±{1} 元以内。',
  'The amount "{}"': '金额“{0}”',
  'The amount {}': '金额 {0}',
  'The total': '合计',
  'The amount times the quantity': '金额乘以数量的结果',
  'The {} {} is not a whole number of fen; pass amounts as integer fen.': '{0} {1} 不是整数分，金额须以整数分传入。',
  '{} is not an amount; enter a number with at most 2 decimals, {}.': '{0} 不是有效金额，请输入最多两位小数的数字，{1}。',
  '"{}" is not an amount; enter digits with at most 2 decimals, {}.': '“{0}”不是有效金额，请输入最多两位小数的数字，{1}。',
  '{} has more than 2 decimals; round it to the fen (0.01).': '{0} 超过两位小数，请精确到分（0.01）。',
  '"{}" has more than 2 decimals; round it to the fen (0.01).': '“{0}”超过两位小数，请精确到分（0.01）。',
  'Enter an amount in yuan, {}.': '请输入以元为单位的金额，{0}。',
  'The quantity {} is not a whole number; enter a whole quantity.': '数量 {0} 不是整数，请输入整数数量。',
  'Percentage {} is not valid; use a number from 0 to 100 with at most 2 decimals.': '百分比 {0} 无效，请使用 0 到 100 之间、最多两位小数的数字。',
  'The percentages add up to {}; adjust them so they add up to exactly 100.': '各百分比合计为 {0}，请调整为正好 100。',

  // The database connection (issue #10)
  'The database is unavailable or busy at the moment; nothing was changed. Please try again in a few seconds.':
    '数据库暂时无法访问或繁忙，未做任何更改。请几秒钟后重试。',
  'The request took too long and was stopped; nothing was changed. Ask for less at a time (a narrower filter, a shorter period, a smaller page) or try again later.':
    '请求耗时过长，已被终止，未做任何更改。请缩小查询范围（更精确的筛选条件、更短的时间段、更小的分页）或稍后重试。',
  'The request has ended; its client is no longer waiting for the answer.': '请求已结束，客户端已不再等待应答。',

  // Server start-up (environment variables)
  '{} must be a whole number of at least 1 (got "{}")': '{0} 须为至少为 1 的整数（当前为 "{1}"）',

  // SQL the extractor takes for sentences; never shown to anyone, so it stays as it is.
  'SELECT {} AS owner, {} AS target FROM {} WHERE {} = ANY($1)': 'SELECT {0} AS owner, {1} AS target FROM {2} WHERE {3} = ANY($1)',
  "SELECT set_config('role', 'aftersales_api', true), set_config('app.center_id', $1, true), set_config('app.scope', $2, true), set_config('statement_timeout', $3, true)":
    "SELECT set_config('role', 'aftersales_api', true), set_config('app.center_id', $1, true), set_config('app.scope', $2, true), set_config('statement_timeout', $3, true)",
  'DROP DATABASE IF EXISTS "{}" WITH (FORCE)': 'DROP DATABASE IF EXISTS "{0}" WITH (FORCE)',
  'EXISTS (SELECT 1 FROM part_compatible_model pcm WHERE pcm.part_id = part.id AND pcm.model_id = :modelId)':
    'EXISTS (SELECT 1 FROM part_compatible_model pcm WHERE pcm.part_id = part.id AND pcm.model_id = :modelId)',
  'EXISTS (SELECT 1 FROM repair_center_category rcc WHERE rcc.repair_center_id = center.id AND rcc.category_id = :categoryId)':
    'EXISTS (SELECT 1 FROM repair_center_category rcc WHERE rcc.repair_center_id = center.id AND rcc.category_id = :categoryId)',
  'EXISTS (SELECT 1 FROM technician_skill ts WHERE ts.technician_id = technician.id AND ts.category_id = :skill)':
    'EXISTS (SELECT 1 FROM technician_skill ts WHERE ts.technician_id = technician.id AND ts.category_id = :skill)',
  'An array parameter cannot hold {}.': '数组参数不能包含 {0}。',
};
