/**
 * Chinese words common in Bitable field names and MySQL column comments, with the English tokens column
 * names use for them. Longer words are matched first ("创建时间" before "时间").
 */
export const NAME_GLOSSARY: Readonly<Record<string, readonly string[]>> = {
  创建时间: ['created', 'create', 'time', 'at'],
  创建人: ['creator', 'created', 'by'],
  更新时间: ['updated', 'update', 'modified', 'time', 'at'],
  修改时间: ['updated', 'modified', 'time', 'at'],
  截止日期: ['due', 'deadline', 'date'],
  负责人: ['owner', 'assignee'],
  手机号: ['mobile', 'phone'],
  优先级: ['priority'],
  是否: ['is'],
  姓名: ['name'],
  名称: ['name'],
  名字: ['name'],
  标题: ['title'],
  金额: ['amount'],
  价格: ['price'],
  单价: ['unit', 'price'],
  数量: ['quantity', 'qty', 'count'],
  状态: ['status', 'state'],
  日期: ['date'],
  时间: ['time', 'at'],
  邮箱: ['email', 'mail'],
  电话: ['phone', 'tel'],
  手机: ['mobile', 'phone'],
  地址: ['address', 'addr'],
  位置: ['location'],
  备注: ['remark', 'note', 'comment'],
  描述: ['description', 'desc'],
  类型: ['type', 'kind'],
  分类: ['category'],
  编号: ['no', 'code', 'number', 'id'],
  客户: ['customer', 'client'],
  订单: ['order'],
  产品: ['product'],
  标签: ['tags', 'tag', 'labels'],
  链接: ['url', 'link'],
  网址: ['url', 'website'],
  附件: ['attachment', 'attachments', 'files'],
  完成: ['done', 'completed', 'finished'],
  部门: ['department', 'dept'],
  用户: ['user'],
  城市: ['city'],
  年龄: ['age'],
  性别: ['gender', 'sex'],
  开始: ['start', 'begin'],
  结束: ['end', 'finish'],
  进度: ['progress'],
  评分: ['rating', 'score'],
  群: ['chat', 'group'],
};

const WORDS = Object.keys(NAME_GLOSSARY).sort((a, b) => b.length - a.length);

/** English tokens for the Chinese words found in `text`, longest words first, each word used once. */
export function translateTokens(text: string): string[] {
  let rest = text;
  const tokens: string[] = [];
  for (const word of WORDS) {
    if (!rest.includes(word)) continue;
    tokens.push(...(NAME_GLOSSARY[word] ?? []));
    rest = rest.split(word).join(' ');
  }
  return tokens;
}
