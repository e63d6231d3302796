import type { MessageCatalog } from '../message-translator.js';

/**
 * Maintenance contracts (保养合同): the registry, the expiry notice (保养到期通知书) and the
 * renewal. Enum codes (LETTER, RENEWED …) stay as the API writes them, with the Chinese beside.
 */
export const MAINTENANCE_CONTRACT_MESSAGES: MessageCatalog = {
  // 合同登记
  'The maintenance contract cannot be saved yet; correct the fields listed.': '保养合同暂不能保存，请更正标出的字段。',
  'Enter the contract number (合同编号) printed on the contract.': '请输入合同上印的合同编号。',
  "Enter the customer's address; the expiry notice is mailed there.": '请输入客户地址，保养到期通知书将寄往此地址。',
  'Use at most {} characters.': '最多 {0} 个字符。',
  'List at least one serial number (出厂编号) the contract covers.': '请至少填写一个合同覆盖的出厂编号。',
  'A contract covers at most {} serial numbers; split it into several contracts.': '一份合同最多覆盖 {0} 个出厂编号，请拆分为多份合同。',
  'Enter a serial number, or remove the empty line.': '请输入出厂编号，或删除该空行。',
  'A serial number has at most {} characters.': '出厂编号最多 {0} 个字符。',
  '{} is listed twice (line {}); list each unit once.': '{0} 重复填写（与第 {1} 行相同），每台产品只填一次。',
  'The contract cannot end before it starts ({}); check both dates.': '合同的到期日不能早于生效日（{0}），请核对两个日期。',
  'Enter the annual fee in yuan with at most 2 decimals, 0 or more, or leave it empty.': '请输入年费（元，最多两位小数，不小于 0），或留空。',
  '{} is already covered by contract {} from {} to {}; a unit is under one contract at a time, so start this one after that one ends.':
    '{0} 已在合同 {1}（{2} 至 {3}）的保养范围内；同一台产品同一时间只能属于一份合同，请将本合同的生效日定在该合同到期之后。',
  'Some units are already under another maintenance contract in these dates; see the serial numbers listed.':
    '部分产品在这些日期内已属于其他保养合同，请查看标出的出厂编号。',
  'A maintenance contract with this number already exists.': '该合同编号的保养合同已存在。',
  'The contract must end on or after its start.': '合同的到期日不能早于生效日。',
  'Someone else changed this maintenance contract while you were working on it. Reload it and try again.':
    '您编辑期间，该保养合同已被他人修改。请重新加载后再试。',

  // 到期通知
  'The notice period must be a whole number of days, 0 or more, not {}.': '通知提前期必须是不小于 0 的整数天，而不是 {0}。',
  'The expiry notice was already recorded as sent on {}; a contract records one notice.': '已登记于 {0} 发出保养到期通知书；每份合同只登记一次通知。',
  'The renewal is already decided ({}); no expiry notice is needed.': '续约结果已确定（{0}），无需再发到期通知。',
  'Enter the date the notice was sent as YYYY-MM-DD.': '请按 YYYY-MM-DD 输入通知发出的日期。',
  'The date is in the future; enter the day the notice was sent.': '日期不能晚于今天，请输入通知实际发出的日期。',
  'The notice cannot be sent before the contract started ({}).': '通知日期不能早于合同生效日（{0}）。',
  'Choose how the notice went out: LETTER, VISIT or PHONE.': '请选择通知方式：LETTER（寄送）、VISIT（派员上门）或 PHONE（电话）。',
  'Enter who sent the notice or visited the customer.': '请填写寄送通知或上门拜访客户的经办人。',
  'Enter the note as text.': '请以文字填写备注。',
  'A note has at most {} characters.': '备注最多 {0} 个字符。',
  'The expiry notice cannot be recorded yet; correct the fields listed.': '暂不能登记到期通知，请更正标出的字段。',

  // 续约结果
  'The renewal is already recorded as {}; a contract records one outcome.': '续约结果已登记为 {0}；每份合同只登记一次结果。',
  'Choose the outcome: RENEWED or DECLINED.': '请选择续约结果：RENEWED（已续约）或 DECLINED（不续约）。',
  'Enter why the customer declined to renew.': '请填写客户不续约的原因。',
  'Choose the new contract that renews this one (create it first).': '请选择续签的新合同（如尚未登记，请先新建）。',
  'A contract cannot renew itself; choose the new contract.': '合同不能续签自身，请选择新合同。',
  'Contract {} ends on {}, not after this one ({}); choose the contract that continues it.':
    '合同 {0} 于 {1} 到期，并不晚于本合同（{2}）；请选择接续本合同的新合同。',
  "Contract {} covers none of this contract's units; choose the contract that continues it.": '合同 {0} 不覆盖本合同的任何产品；请选择接续本合同的新合同。',
  'The renewal cannot be recorded yet; correct the fields listed.': '暂不能登记续约结果，请更正标出的字段。',
  'Contract {} is already recorded as the renewal of another contract.': '合同 {0} 已登记为另一份合同的续签合同。',
  'This contract already renews another one; choose the contract that continues this one.': '该合同已是另一份合同的续签合同；请选择接续本合同的新合同。',
  'This contract is already recorded as the renewal of another contract.': '该合同已登记为另一份合同的续签合同。',

  // 参数
  'The maintenance-contract settings are not valid; correct the fields listed.': '保养合同参数无效，请更正标出的字段。',
};
