<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
    <context>
        <name>messages</name>
        <message>
            <source>应收年月格式不正确：{month}（应为 yyyymm，如 202510）</source>
            <translation>应收年月格式不正确：{month}（应为 yyyymm，如 202510）</translation>
        </message>
        <message>
            <source>应收年月 {month}：{exc}</source>
            <translation>应收年月 {month}：{exc}</translation>
        </message>
        <message>
            <source>缴费金额必须大于零：{amount}</source>
            <translation>缴费金额必须大于零：{amount}</translation>
        </message>
        <message>
            <source>缴费金额最多保留两位小数（到分）：{amount}</source>
            <translation>缴费金额最多保留两位小数（到分）：{amount}</translation>
        </message>
        <message>
            <source>应收年月 {bill_month} 重复出现</source>
            <translation>应收年月 {bill_month} 重复出现</translation>
        </message>
        <message>
            <source>金额不足以支付最早一个月（{bill_month}）的电费和违约金，至少需要{format_amount}元</source>
            <translation>金额不足以支付最早一个月（{bill_month}）的电费和违约金，至少需要{format_amount}元</translation>
        </message>
        <message>
            <source>柜台号应为1至4位英文字母或数字（如 3、A2）：{code}</source>
            <translation>柜台号应为1至4位英文字母或数字（如 3、A2）：{code}</translation>
        </message>
        <message>
            <source>户号 {account_no} 尚有欠费 {open_arrears:,.2f} 元，须先结清欠费才能办理{name}</source>
            <translation>户号 {account_no} 尚有欠费 {open_arrears:,.2f} 元，须先结清欠费才能办理{name}</translation>
        </message>
        <message>
            <source>户号 {account_no} 是办理“{by}”停用的，不能以{name}恢复：请办理对应的恢复业务</source>
            <translation>户号 {account_no} 是办理“{by}”停用的，不能以{name}恢复：请办理对应的恢复业务</translation>
        </message>
        <message>
            <source>户号 {account_no} 当前为“{now}”状态，不能办理{name}</source>
            <translation>户号 {account_no} 当前为“{now}”状态，不能办理{name}</translation>
        </message>
        <message>
            <source>{name}只适用于{items}用户</source>
            <translation>{name}只适用于{items}用户</translation>
        </message>
        <message>
            <source>须提前{min_days}天申请：开始日期最早为{year}年{month}月{day}日</source>
            <translation>须提前{min_days}天申请：开始日期最早为{year}年{month}月{day}日</translation>
        </message>
        <message>
            <source>须提前{min_days}个工作日申请：最早为{year}年{month}月{day}日</source>
            <translation>须提前{min_days}个工作日申请：最早为{year}年{month}月{day}日</translation>
        </message>
        <message>
            <source>末日不能早于首日</source>
            <translation>末日不能早于首日</translation>
        </message>
        <message>
            <source>每年最多办理{max}次，{year}年已办理{done}次</source>
            <translation>每年最多办理{max}次，{year}年已办理{done}次</translation>
        </message>
        <message>
            <source>容量超过{max}kW，不适用本业务，请选择其他办理方式</source>
            <translation>容量超过{max}kW，不适用本业务，请选择其他办理方式</translation>
        </message>
        <message>
            <source>增容后的容量应大于现有容量 {current:f} kW</source>
            <translation>增容后的容量应大于现有容量 {current:f} kW</translation>
        </message>
        <message>
            <source>减容后的容量应小于现有容量 {current:f} kW</source>
            <translation>减容后的容量应小于现有容量 {current:f} kW</translation>
        </message>
        <message>
            <source>{label}至少为{min}，不能办理{name}</source>
            <translation>{label}至少为{min}，不能办理{name}</translation>
        </message>
        <message>
            <source>延期后的最后一天应晚于原来的最后一天</source>
            <translation>延期后的最后一天应晚于原来的最后一天</translation>
        </message>
        <message>
            <source>最后一天不能早于第一天</source>
            <translation>最后一天不能早于第一天</translation>
        </message>
        <message>
            <source>期限不超过{max_months}个月（首尾两天都计入）：最后一天最晚为{year}年{month}月{day}日</source>
            <translation>期限不超过{max_months}个月（首尾两天都计入）：最后一天最晚为{year}年{month}月{day}日</translation>
        </message>
        <message>
            <source>每次不少于{min_days}天（现为{days}天，首末日均计入）</source>
            <translation>每次不少于{min_days}天（现为{days}天，首末日均计入）</translation>
        </message>
        <message>
            <source>每次不超过{max_days}天（现为{days}天，首末日均计入）</source>
            <translation>每次不超过{max_days}天（现为{days}天，首末日均计入）</translation>
        </message>
        <message>
            <source>期限不少于{min_months}个月：末日最早为{year}年{month}月{day}日</source>
            <translation>期限不少于{min_months}个月：末日最早为{year}年{month}月{day}日</translation>
        </message>
        <message>
            <source>期限不超过{max_months}个月：末日最晚为{year}年{month}月{day}日</source>
            <translation>期限不超过{max_months}个月：末日最晚为{year}年{month}月{day}日</translation>
        </message>
        <message>
            <source>{year}年内累计不超过{max_days}天：已用{used}天，本次{now}天</source>
            <translation>{year}年内累计不超过{max_days}天：已用{used}天，本次{now}天</translation>
        </message>
        <message>
            <source>{year}年内累计不超过{max_months}个月（{allowed}天）：已用{used}天，本次{now}天</source>
            <translation>{year}年内累计不超过{max_months}个月（{allowed}天）：已用{used}天，本次{now}天</translation>
        </message>
        <message>
            <source>违约金跨年度划分 current_year_by 应为 due 或 bill：{value}</source>
            <translation>违约金跨年度划分 current_year_by 应为 due 或 bill：{value}</translation>
        </message>
        <message>
            <source>合同约定的违约金日费率应在千分之一到千分之三之间：{value}</source>
            <translation>合同约定的违约金日费率应在千分之一到千分之三之间：{value}</translation>
        </message>
        <message>
            <source>违约金日费率 {name} {problem}：{value}</source>
            <translation>违约金日费率 {name} {problem}：{value}</translation>
        </message>
        <message>
            <source>违约金最低金额 minimum {problem}：{minimum}</source>
            <translation>违约金最低金额 minimum {problem}：{minimum}</translation>
        </message>
        <message>
            <source>{year}年{month}月{day}日到期，未逾期，无违约金</source>
            <translation>{year}年{month}月{day}日到期，未逾期，无违约金</translation>
        </message>
        <message>
            <source>{principal}元×{rate}×{days}天</source>
            <translation>{principal}元×{rate}×{days}天</translation>
        </message>
        <message>
            <source>{term}（{year}年内）</source>
            <translation>{term}（{year}年内）</translation>
        </message>
        <message>
            <source>{term}（{year}年起）</source>
            <translation>{term}（{year}年起）</translation>
        </message>
        <message>
            <source>{term}（合同约定费率）</source>
            <translation>{term}（合同约定费率）</translation>
        </message>
        <message>
            <source>{year}年{month}月{day}日到期，逾期{days}天：{terms}={amount}元</source>
            <translation>{year}年{month}月{day}日到期，逾期{days}天：{terms}={amount}元</translation>
        </message>
        <message>
            <source>欠费金额无效：{principal}</source>
            <translation>欠费金额无效：{principal}</translation>
        </message>
        <message>
            <source>欠费金额不能为负数：{principal}</source>
            <translation>欠费金额不能为负数：{principal}</translation>
        </message>
        <message>
            <source>欠费金额最多保留两位小数（到分）：{principal}</source>
            <translation>欠费金额最多保留两位小数（到分）：{principal}</translation>
        </message>
        <message>
            <source>违约金合计{fees}元，不足{minimum}元，按{minimum}元收取，补足{topup}元</source>
            <translation>违约金合计{fees}元，不足{minimum}元，按{minimum}元收取，补足{topup}元</translation>
        </message>
        <message>
            <source>违约金已在前次缴费时按最低额收取，本次抵减{credit}元</source>
            <translation>违约金已在前次缴费时按最低额收取，本次抵减{credit}元</translation>
        </message>
        <message>
            <source>以{code}开头的是港澳台居民居住证号码：请把证件类型选为“港澳台居民居住证”</source>
            <translation>以{code}开头的是港澳台居民居住证号码：请把证件类型选为“港澳台居民居住证”</translation>
        </message>
        <message>
            <source>身份证号码地区码无效：不存在以{code}开头的省份代码</source>
            <translation>身份证号码地区码无效：不存在以{code}开头的省份代码</translation>
        </message>
        <message>
            <source>身份证号码地区码无效：{code}不是存在过的地市代码</source>
            <translation>身份证号码地区码无效：{code}不是存在过的地市代码</translation>
        </message>
        <message>
            <source>请输入身份证号码</source>
            <translation>请输入身份证号码</translation>
        </message>
        <message>
            <source>身份证号码长度应为18位，现为{count}位</source>
            <translation>身份证号码长度应为18位，现为{count}位</translation>
        </message>
        <message>
            <source>身份证号码前17位应为数字，最后一位为数字或X</source>
            <translation>身份证号码前17位应为数字，最后一位为数字或X</translation>
        </message>
        <message>
            <source>出生日期无效：{birth_text}不是真实日期</source>
            <translation>出生日期无效：{birth_text}不是真实日期</translation>
        </message>
        <message>
            <source>出生日期无效：{birth_text}早于1900年</source>
            <translation>出生日期无效：{birth_text}早于1900年</translation>
        </message>
        <message>
            <source>出生日期无效：{birth_text}晚于今天</source>
            <translation>出生日期无效：{birth_text}晚于今天</translation>
        </message>
        <message>
            <source>身份证号码校验位不正确，请核对号码</source>
            <translation>身份证号码校验位不正确，请核对号码</translation>
        </message>
        <message>
            <source>请输入统一社会信用代码</source>
            <translation>请输入统一社会信用代码</translation>
        </message>
        <message>
            <source>统一社会信用代码长度应为18位，现为{count}位</source>
            <translation>统一社会信用代码长度应为18位，现为{count}位</translation>
        </message>
        <message>
            <source>统一社会信用代码含有无效字符：{shown}（不使用字母I、O、S、V、Z）</source>
            <translation>统一社会信用代码含有无效字符：{shown}（不使用字母I、O、S、V、Z）</translation>
        </message>
        <message>
            <source>统一社会信用代码校验位不正确；早期发放的代码可能如此，请核对营业执照，需值班长确认</source>
            <translation>统一社会信用代码校验位不正确；早期发放的代码可能如此，请核对营业执照，需值班长确认</translation>
        </message>
        <message>
            <source>请输入手机号码</source>
            <translation>请输入手机号码</translation>
        </message>
        <message>
            <source>手机号码只能包含数字</source>
            <translation>手机号码只能包含数字</translation>
        </message>
        <message>
            <source>手机号码应为11位，现为{count}位</source>
            <translation>手机号码应为11位，现为{count}位</translation>
        </message>
        <message>
            <source>手机号码应以13至19开头</source>
            <translation>手机号码应以13至19开头</translation>
        </message>
        <message>
            <source>金额无效：{amount}</source>
            <translation>金额无效：{amount}</translation>
        </message>
        <message>
            <source>金额最多保留两位小数（到分）：{amount}</source>
            <translation>金额最多保留两位小数（到分）：{amount}</translation>
        </message>
        <message>
            <source>金额不能为负数：{original}</source>
            <translation>金额不能为负数：{original}</translation>
        </message>
        <message>
            <source>金额格式不正确：{original}（应为如 1,409.50 的数字）</source>
            <translation>金额格式不正确：{original}（应为如 1,409.50 的数字）</translation>
        </message>
        <message>
            <source>金额格式不正确：{original}（最多两位小数，到分）</source>
            <translation>金额格式不正确：{original}（最多两位小数，到分）</translation>
        </message>
        <message>
            <source>金额过大：{original}</source>
            <translation>金额过大：{original}</translation>
        </message>
        <message>
            <source>数量格式不正确：{original}（应为如 2 或 0.5 的数字）</source>
            <translation>数量格式不正确：{original}（应为如 2 或 0.5 的数字）</translation>
        </message>
        <message>
            <source>数量不正确：{original}（最多两位小数，且不超过一百万）</source>
            <translation>数量不正确：{original}（最多两位小数，且不超过一百万）</translation>
        </message>
        <message>
            <source>数量应大于0：{original}</source>
            <translation>数量应大于0：{original}</translation>
        </message>
        <message>
            <source>负数金额不能写成大写：{format_amount}</source>
            <translation>负数金额不能写成大写：{format_amount}</translation>
        </message>
        <message>
            <source>金额过大，无法写成大写：{format_amount}</source>
            <translation>金额过大，无法写成大写：{format_amount}</translation>
        </message>
        <message>
            <source>请输入居住证号码</source>
            <translation>请输入居住证号码</translation>
        </message>
        <message>
            <source>港澳台居民居住证号码长度应为18位，现为{count}位</source>
            <translation>港澳台居民居住证号码长度应为18位，现为{count}位</translation>
        </message>
        <message>
            <source>港澳台居民居住证号码前17位应为数字，最后一位为数字或X</source>
            <translation>港澳台居民居住证号码前17位应为数字，最后一位为数字或X</translation>
        </message>
        <message>
            <source>港澳台居民居住证号码应以810000（香港）、820000（澳门）或830000（台湾）开头</source>
            <translation>港澳台居民居住证号码应以810000（香港）、820000（澳门）或830000（台湾）开头</translation>
        </message>
        <message>
            <source>港澳居民来往内地通行证号码应为H或M加8位数字（旧版为加10位数字）</source>
            <translation>港澳居民来往内地通行证号码应为H或M加8位数字（旧版为加10位数字）</translation>
        </message>
        <message>
            <source>台湾居民来往大陆通行证号码应为8位数字</source>
            <translation>台湾居民来往大陆通行证号码应为8位数字</translation>
        </message>
        <message>
            <source>请输入通行证号码</source>
            <translation>请输入通行证号码</translation>
        </message>
        <message>
            <source>请输入永久居留身份证号码</source>
            <translation>请输入永久居留身份证号码</translation>
        </message>
        <message>
            <source>外国人永久居留身份证号码应为18位（以9开头，末位为数字或X），旧版为15位（3个字母加12位数字）</source>
            <translation>外国人永久居留身份证号码应为18位（以9开头，末位为数字或X），旧版为15位（3个字母加12位数字）</translation>
        </message>
        <message>
            <source>永久居留身份证号码校验位不正确，请核对号码</source>
            <translation>永久居留身份证号码校验位不正确，请核对号码</translation>
        </message>
        <message>
            <source>问卷 {survey} 的题目 {question} 的 category“{category}”不是投诉参数文件 complaints.toml 中的投诉类别</source>
            <translation>问卷 {survey} 的题目 {question} 的 category“{category}”不是投诉参数文件 complaints.toml 中的投诉类别</translation>
        </message>
        <message>
            <source>走访参数文件 visits.toml 中规则 {rule} 的 survey“{survey}”没有对应的问卷</source>
            <translation>走访参数文件 visits.toml 中规则 {rule} 的 survey“{survey}”没有对应的问卷</translation>
        </message>
        <message>
            <source>走访参数文件 visits.toml 中规则 {rule} 的 businesses“{business}”不是已有的业务</source>
            <translation>走访参数文件 visits.toml 中规则 {rule} 的 businesses“{business}”不是已有的业务</translation>
        </message>
        <message>
            <source>{title} {name} 无法读取：{exc}</source>
            <translation>{title} {name} 无法读取：{exc}</translation>
        </message>
        <message>
            <source>{title} {name} 不是 UTF-8 编码</source>
            <translation>{title} {name} 不是 UTF-8 编码</translation>
        </message>
        <message>
            <source>{title} {name} 格式有误：{exc}</source>
            <translation>{title} {name} 格式有误：{exc}</translation>
        </message>
        <message>
            <source>{title} {name} 中{message}</source>
            <translation>{title} {name} 中{message}</translation>
        </message>
        <message>
            <source>问卷文件夹 {folder} 中没有问卷（*.toml）</source>
            <translation>问卷文件夹 {folder} 中没有问卷（*.toml）</translation>
        </message>
        <message>
            <source>问卷文件 {name} 中 code“{code}”与 {other} 重复</source>
            <translation>问卷文件 {name} 中 code“{code}”与 {other} 重复</translation>
        </message>
        <message>
            <source>请回答“{question}”</source>
            <translation>请回答“{question}”</translation>
        </message>
        <message>
            <source>“{question}”的回答不能超过{max}字</source>
            <translation>“{question}”的回答不能超过{max}字</translation>
        </message>
        <message>
            <source>“{question}”应打1至5分</source>
            <translation>“{question}”应打1至5分</translation>
        </message>
        <message>
            <source>“{question}”的回答应为：{items}</source>
            <translation>“{question}”的回答应为：{items}</translation>
        </message>
        <message>
            <source>{name}的档位编号应为 {expected}，实为 {tier}</source>
            <translation>{name}的档位编号应为 {expected}，实为 {tier}</translation>
        </message>
        <message>
            <source>{name}的电量下限应为非负整数：{lower_kwh}</source>
            <translation>{name}的电量下限应为非负整数：{lower_kwh}</translation>
        </message>
        <message>
            <source>{name}的电量上限应为整数：{upper_kwh}</source>
            <translation>{name}的电量上限应为整数：{upper_kwh}</translation>
        </message>
        <message>
            <source>{name}的电价应为小数（Decimal）：{price!r}</source>
            <translation>{name}的电价应为小数（Decimal）：{price!r}</translation>
        </message>
        <message>
            <source>{name}的电价不能为负数：{price}</source>
            <translation>{name}的电价不能为负数：{price}</translation>
        </message>
        <message>
            <source>最后一档（{name}）不应有电量上限，应为“及以上”</source>
            <translation>最后一档（{name}）不应有电量上限，应为“及以上”</translation>
        </message>
        <message>
            <source>只有最后一档可以没有电量上限，{name}缺少上限</source>
            <translation>只有最后一档可以没有电量上限，{name}缺少上限</translation>
        </message>
        <message>
            <source>{name}的电量上限 {upper_kwh} 小于下限 {max}</source>
            <translation>{name}的电量上限 {upper_kwh} 小于下限 {max}</translation>
        </message>
        <message>
            <source>第1档应从 0 千瓦时开始，实为 {lower_kwh}</source>
            <translation>第1档应从 0 千瓦时开始，实为 {lower_kwh}</translation>
        </message>
        <message>
            <source>{name}的电量下限应为 {expected}（第{index}档上限 {upper_kwh} 加 1），实为 {lower_kwh}</source>
            <translation>{name}的电量下限应为 {expected}（第{index}档上限 {upper_kwh} 加 1），实为 {lower_kwh}</translation>
        </message>
        <message>
            <source>{name}的电价 {price} 低于第{index}档的 {price2}，阶梯电价应逐档不降</source>
            <translation>{name}的电价 {price} 低于第{index}档的 {price2}，阶梯电价应逐档不降</translation>
        </message>
        <message>
            <source>用电量应为非负整数（千瓦时）：{consumption_kwh}</source>
            <translation>用电量应为非负整数（千瓦时）：{consumption_kwh}</translation>
        </message>
        <message>
            <source>本年此前用电量应为非负整数（千瓦时）：{already_used_kwh}</source>
            <translation>本年此前用电量应为非负整数（千瓦时）：{already_used_kwh}</translation>
        </message>
        <message>
            <source>证件号码应为5至17位字母或数字</source>
            <translation>证件号码应为5至17位字母或数字</translation>
        </message>
        <message>
            <source>姓名长度应为2至30个字符</source>
            <translation>姓名长度应为2至30个字符</translation>
        </message>
        <message>
            <source>姓名含有不允许的字符</source>
            <translation>姓名含有不允许的字符</translation>
        </message>
        <message>
            <source>户号应为10至16位数字</source>
            <translation>户号应为10至16位数字</translation>
        </message>
        <message>
            <source>日期格式应为 年-月-日，例如 2026-12-01</source>
            <translation>日期格式应为 年-月-日，例如 2026-12-01</translation>
        </message>
        <message>
            <source>证件号码应为4至30位字母、数字或汉字</source>
            <translation>证件号码应为4至30位字母、数字或汉字</translation>
        </message>
        <message>
            <source>请填写{label}</source>
            <translation>请填写{label}</translation>
        </message>
        <message>
            <source>{label}至少{min_length}个字</source>
            <translation>{label}至少{min_length}个字</translation>
        </message>
        <message>
            <source>{label}不能超过{max_length}个字</source>
            <translation>{label}不能超过{max_length}个字</translation>
        </message>
        <message>
            <source>{label}应为数字</source>
            <translation>{label}应为数字</translation>
        </message>
        <message>
            <source>{label}不能小于{minimum}{unit}</source>
            <translation>{label}不能小于{minimum}{unit}</translation>
        </message>
        <message>
            <source>{label}不能大于{maximum}{unit}</source>
            <translation>{label}不能大于{maximum}{unit}</translation>
        </message>
        <message>
            <source>户号 {account_no} 不存在，请核对客户的电费单或缴费卡</source>
            <translation>户号 {account_no} 不存在，请核对客户的电费单或缴费卡</translation>
        </message>
        <message>
            <source>{month}月{day}日 {time}</source>
            <translation>{month}月{day}日 {time}</translation>
        </message>
        <message>
            <source>{year}年{date}</source>
            <translation>{year}年{date}</translation>
        </message>
        <message>
            <source>{start} 起</source>
            <translation>{start} 起</translation>
        </message>
        <message>
            <source>{start} 起，至恢复供电为止</source>
            <translation>{start} 起，至恢复供电为止</translation>
        </message>
        <message>
            <source>{start} 至 {end}</source>
            <translation>{start} 至 {end}</translation>
        </message>
        <message>
            <source>请选择公告类别</source>
            <translation>请选择公告类别</translation>
        </message>
        <message>
            <source>请填写标题</source>
            <translation>请填写标题</translation>
        </message>
        <message>
            <source>请填写停电范围（街道、村、小区或台区，用顿号或逗号分隔）</source>
            <translation>请填写停电范围（街道、村、小区或台区，用顿号或逗号分隔）</translation>
        </message>
        <message>
            <source>计划停电须填写预计送电时间</source>
            <translation>计划停电须填写预计送电时间</translation>
        </message>
        <message>
            <source>结束时间应晚于开始时间</source>
            <translation>结束时间应晚于开始时间</translation>
        </message>
        <message>
            <source>结束时间已过，无需再发布公告</source>
            <translation>结束时间已过，无需再发布公告</translation>
        </message>
        <message>
            <source>公告已撤回，不能再修改</source>
            <translation>公告已撤回，不能再修改</translation>
        </message>
        <message>
            <source>公告已经撤回</source>
            <translation>公告已经撤回</translation>
        </message>
        <message>
            <source>公告已撤回，不能打印</source>
            <translation>公告已撤回，不能打印</translation>
        </message>
        <message>
            <source>找不到受理编号 {application_no}</source>
            <translation>找不到受理编号 {application_no}</translation>
        </message>
        <message>
            <source>未知的业务：{business_code}</source>
            <translation>未知的业务：{business_code}</translation>
        </message>
        <message>
            <source>以下必备资料未收齐：{documents}</source>
            <translation>以下必备资料未收齐：{documents}</translation>
        </message>
        <message>
            <source>该客户在同一地址已有一笔未办结的同类申请 {application_no}。如确需再次受理，请填写原因（例如原申请资料有误需重新提交）</source>
            <translation>该客户在同一地址已有一笔未办结的同类申请 {application_no}。如确需再次受理，请填写原因（例如原申请资料有误需重新提交）</translation>
        </message>
        <message>
            <source>证件号码 {cert_no} 已登记在“{stored}”名下，本次填写的是“{typed}”。如果是输入错误，请按证件改正姓名；如果客户已经改名，请先办理“更名”业务（带户口簿或改名证明），再办理本业务</source>
            <translation>证件号码 {cert_no} 已登记在“{stored}”名下，本次填写的是“{typed}”。如果是输入错误，请按证件改正姓名；如果客户已经改名，请先办理“更名”业务（带户口簿或改名证明），再办理本业务</translation>
        </message>
        <message>
            <source>证件号码与户号 {account_no} 的户主不一致：变更业务须由户主本人办理，或由代理人持户主证件和授权委托书办理</source>
            <translation>证件号码与户号 {account_no} 的户主不一致：变更业务须由户主本人办理，或由代理人持户主证件和授权委托书办理</translation>
        </message>
        <message>
            <source>营业厅尚未设置</source>
            <translation>营业厅尚未设置</translation>
        </message>
        <message>
            <source>用户名应为2至40位英文字母、数字或 _ . -</source>
            <translation>用户名应为2至40位英文字母、数字或 _ . -</translation>
        </message>
        <message>
            <source>请填写姓名</source>
            <translation>请填写姓名</translation>
        </message>
        <message>
            <source>工号应为1至20位字母或数字</source>
            <translation>工号应为1至20位字母或数字</translation>
        </message>
        <message>
            <source>角色不正确</source>
            <translation>角色不正确</translation>
        </message>
        <message>
            <source>密码至少{min_password_length}位</source>
            <translation>密码至少{min_password_length}位</translation>
        </message>
        <message>
            <source>营业厅编码应为4至20位字母或数字</source>
            <translation>营业厅编码应为4至20位字母或数字</translation>
        </message>
        <message>
            <source>请填写营业厅名称</source>
            <translation>请填写营业厅名称</translation>
        </message>
        <message>
            <source>营业厅已经设置过，不能重复设置</source>
            <translation>营业厅已经设置过，不能重复设置</translation>
        </message>
        <message>
            <source>用户名“{username}”已存在</source>
            <translation>用户名“{username}”已存在</translation>
        </message>
        <message>
            <source>密码连续输错{max_failed_logins}次，账户已锁定，请{minutes}分钟后再试</source>
            <translation>密码连续输错{max_failed_logins}次，账户已锁定，请{minutes}分钟后再试</translation>
        </message>
        <message>
            <source>该账户已停用，请联系管理员</source>
            <translation>该账户已停用，请联系管理员</translation>
        </message>
        <message>
            <source>密码连续输错{max_failed_logins}次，账户已锁定{lockout_minutes}分钟</source>
            <translation>密码连续输错{max_failed_logins}次，账户已锁定{lockout_minutes}分钟</translation>
        </message>
        <message>
            <source>找不到该用户</source>
            <translation>找不到该用户</translation>
        </message>
        <message>
            <source>不能停用自己的账户</source>
            <translation>不能停用自己的账户</translation>
        </message>
        <message>
            <source>只有管理员可以重置他人的密码</source>
            <translation>只有管理员可以重置他人的密码</translation>
        </message>
        <message>
            <source>需要值班长或管理员授权</source>
            <translation>需要值班长或管理员授权</translation>
        </message>
        <message>
            <source>“{action}”须由登录的用户操作</source>
            <translation>“{action}”须由登录的用户操作</translation>
        </message>
        <message>
            <source>登录的账户已不存在，请重新登录；本次操作未执行</source>
            <translation>登录的账户已不存在，请重新登录；本次操作未执行</translation>
        </message>
        <message>
            <source>账户 {username} 已被停用，本次操作未执行</source>
            <translation>账户 {username} 已被停用，本次操作未执行</translation>
        </message>
        <message>
            <source>账户 {username} 已被锁定（密码连续输错），请稍后重新登录；本次操作未执行</source>
            <translation>账户 {username} 已被锁定（密码连续输错），请稍后重新登录；本次操作未执行</translation>
        </message>
        <message>
            <source>“{action}”须由{roles}操作，{username}是{role}</source>
            <translation>“{action}”须由{roles}操作，{username}是{role}</translation>
        </message>
        <message>
            <source>“{action}”须由收据经办人以外的值班长或管理员授权</source>
            <translation>“{action}”须由收据经办人以外的值班长或管理员授权</translation>
        </message>
        <message>
            <source>{name} 不是柜台助手的数据库备份（{why}），不能用于恢复。</source>
            <translation>{name} 不是柜台助手的数据库备份（{why}），不能用于恢复。</translation>
        </message>
        <message>
            <source>找不到备份文件 {file}</source>
            <translation>找不到备份文件 {file}</translation>
        </message>
        <message>
            <source>无法读取备份文件 {file}（{os_reason}）</source>
            <translation>无法读取备份文件 {file}（{os_reason}）</translation>
        </message>
        <message>
            <source>备份文件 {name} 已损坏，无法读取（{exc}）。请换一份备份（例如更早的一份）。</source>
            <translation>备份文件 {name} 已损坏，无法读取（{exc}）。请换一份备份（例如更早的一份）。</translation>
        </message>
        <message>
            <source>无法复制备份文件 {file}（{os_reason}）</source>
            <translation>无法复制备份文件 {file}（{os_reason}）</translation>
        </message>
        <message>
            <source>备份文件 {name} 已损坏（完整性检查：{result}），不能用于恢复。请换一份备份（例如更早的一份）。</source>
            <translation>备份文件 {name} 已损坏（完整性检查：{result}），不能用于恢复。请换一份备份（例如更早的一份）。</translation>
        </message>
        <message>
            <source>备份 {name} 的数据库版本（{revision}）比本程序新，不能用本程序恢复。请先安装最新版本的柜台助手。</source>
            <translation>备份 {name} 的数据库版本（{revision}）比本程序新，不能用本程序恢复。请先安装最新版本的柜台助手。</translation>
        </message>
        <message>
            <source>备份 {name} 中还没有营业厅数据（是首次设置之前的备份），不能用于恢复。</source>
            <translation>备份 {name} 中还没有营业厅数据（是首次设置之前的备份），不能用于恢复。</translation>
        </message>
        <message>
            <source>数据库在数据库服务器上（不是本机文件），请用服务器的备份方式（如 pg_dump）备份和恢复。</source>
            <translation>数据库在数据库服务器上（不是本机文件），请用服务器的备份方式（如 pg_dump）备份和恢复。</translation>
        </message>
        <message>
            <source>尚未设置备份文件夹：请在“设置”中选择备份文件夹（例如U盘）。</source>
            <translation>尚未设置备份文件夹：请在“设置”中选择备份文件夹（例如U盘）。</translation>
        </message>
        <message>
            <source>备份文件夹“{text}”应为完整路径（例如 E:\柜台备份）。</source>
            <translation>备份文件夹“{text}”应为完整路径（例如 E:\柜台备份）。</translation>
        </message>
        <message>
            <source>备份文件夹 {folder} 不存在。如果备份到U盘，请插好U盘后再试；否则请先建好这个文件夹，或在“设置”中另选备份文件夹。</source>
            <translation>备份文件夹 {folder} 不存在。如果备份到U盘，请插好U盘后再试；否则请先建好这个文件夹，或在“设置”中另选备份文件夹。</translation>
        </message>
        <message>
            <source>备份位置 {folder} 不是文件夹，请在“设置”中另选备份文件夹。</source>
            <translation>备份位置 {folder} 不是文件夹，请在“设置”中另选备份文件夹。</translation>
        </message>
        <message>
            <source>无法写入备份文件夹 {folder}（没有写入权限，或U盘处于写保护）。请检查U盘的写保护开关，或在“设置”中另选备份文件夹。</source>
            <translation>无法写入备份文件夹 {folder}（没有写入权限，或U盘处于写保护）。请检查U盘的写保护开关，或在“设置”中另选备份文件夹。</translation>
        </message>
        <message>
            <source>备份已取消，没有留下备份文件，也没有记录。</source>
            <translation>备份已取消，没有留下备份文件，也没有记录。</translation>
        </message>
        <message>
            <source>备份保留份数至少为1</source>
            <translation>备份保留份数至少为1</translation>
        </message>
        <message>
            <source>备份未完成：无法写入 {folder}（{os_reason}）。请检查U盘是否插好、是否写保护、空间是否足够，然后再试。</source>
            <translation>备份未完成：无法写入 {folder}（{os_reason}）。请检查U盘是否插好、是否写保护、空间是否足够，然后再试。</translation>
        </message>
        <message>
            <source>备份未完成：写到 {folder} 的副本校验不通过（{exc}）。U盘可能有坏块，请换一个U盘或文件夹再试。</source>
            <translation>备份未完成：写到 {folder} 的副本校验不通过（{exc}）。U盘可能有坏块，请换一个U盘或文件夹再试。</translation>
        </message>
        <message>
            <source>备份未完成：{problem}。请检查U盘是否插好、空间是否足够，然后再试。</source>
            <translation>备份未完成：{problem}。请检查U盘是否插好、空间是否足够，然后再试。</translation>
        </message>
        <message>
            <source>备份文件夹空间不足</source>
            <translation>备份文件夹空间不足</translation>
        </message>
        <message>
            <source>写入 {folder} 时出错（{exc}）</source>
            <translation>写入 {folder} 时出错（{exc}）</translation>
        </message>
        <message>
            <source>柜台助手正在使用这个数据库。请先在所有电脑上退出柜台助手（包括锁屏状态的），再恢复备份。</source>
            <translation>柜台助手正在使用这个数据库。请先在所有电脑上退出柜台助手（包括锁屏状态的），再恢复备份。</translation>
        </message>
        <message>
            <source>数据库无法打开，无法核对管理员身份：请按使用手册在命令行用 counter-app restore 恢复</source>
            <translation>数据库无法打开，无法核对管理员身份：请按使用手册在命令行用 counter-app restore 恢复</translation>
        </message>
        <message>
            <source>备份文件就是当前数据库本身，不能用它恢复。</source>
            <translation>备份文件就是当前数据库本身，不能用它恢复。</translation>
        </message>
        <message>
            <source>无法保存当前数据库的副本（{os_reason}），没有恢复。请先腾出磁盘空间再试。</source>
            <translation>无法保存当前数据库的副本（{os_reason}），没有恢复。请先腾出磁盘空间再试。</translation>
        </message>
        <message>
            <source>总部报送批次属于营业厅 {other}，备份属于营业厅 {hall}，不能一起用于恢复。</source>
            <translation>总部报送批次属于营业厅 {other}，备份属于营业厅 {hall}，不能一起用于恢复。</translation>
        </message>
        <message>
            <source>备份 {name} 是营业厅 {other}（{other_name}）的，当前数据库属于营业厅 {hall}，不能用它恢复。请选择本营业厅的备份。</source>
            <translation>备份 {name} 是营业厅 {other}（{other_name}）的，当前数据库属于营业厅 {hall}，不能用它恢复。请选择本营业厅的备份。</translation>
        </message>
        <message>
            <source>备份无法升级到本程序的数据库版本（{exc}），没有恢复。</source>
            <translation>备份无法升级到本程序的数据库版本（{exc}），没有恢复。</translation>
        </message>
        <message>
            <source>日期“{text}”不是有效日期</source>
            <translation>日期“{text}”不是有效日期</translation>
        </message>
        <message>
            <source>日期 {day} 不在 {first} 至 {last} 年之内</source>
            <translation>日期 {day} 不在 {first} 至 {last} 年之内</translation>
        </message>
        <message>
            <source>类型“{kind}”应为 节假日 或 调休上班</source>
            <translation>类型“{kind}”应为 节假日 或 调休上班</translation>
        </message>
        <message>
            <source>日期 {day} 重复</source>
            <translation>日期 {day} 重复</translation>
        </message>
        <message>
            <source>文件中没有日期</source>
            <translation>文件中没有日期</translation>
        </message>
        <message>
            <source>{year}年列了{listed}天，一年的节假日和调休上班日不会超过{limit}天：文件只应列出例外的日子</source>
            <translation>{year}年列了{listed}天，一年的节假日和调休上班日不会超过{limit}天：文件只应列出例外的日子</translation>
        </message>
        <message>
            <source>{years}还没有总部下发的工作日历：这些年份的到期日已扣除法定节假日（元旦、春节、清明、劳动节、端午、中秋、国庆），但调休安排（连休和周末补班）要等总部的日历文件才知道，到期日可能相差几天。请在“系统管理”导入总部下发的工作日历文件。</source>
            <translation>{years}还没有总部下发的工作日历：这些年份的到期日已扣除法定节假日（元旦、春节、清明、劳动节、端午、中秋、国庆），但调休安排（连休和周末补班）要等总部的日历文件才知道，到期日可能相差几天。请在“系统管理”导入总部下发的工作日历文件。</translation>
        </message>
        <message>
            <source>{year}年</source>
            <translation>{year}年</translation>
        </message>
        <message>
            <source>找不到投诉编号 {complaint_no}</source>
            <translation>找不到投诉编号 {complaint_no}</translation>
        </message>
        <message>
            <source>联系电话应为手机号码或固定电话号码</source>
            <translation>联系电话应为手机号码或固定电话号码</translation>
        </message>
        <message>
            <source>受理渠道应为：{items}</source>
            <translation>受理渠道应为：{items}</translation>
        </message>
        <message>
            <source>投诉类别应为：{items}</source>
            <translation>投诉类别应为：{items}</translation>
        </message>
        <message>
            <source>请填写投诉内容（客户反映的问题）</source>
            <translation>请填写投诉内容（客户反映的问题）</translation>
        </message>
        <message>
            <source>投诉内容不能超过{max}字</source>
            <translation>投诉内容不能超过{max}字</translation>
        </message>
        <message>
            <source>客户诉求不能超过{max}字</source>
            <translation>客户诉求不能超过{max}字</translation>
        </message>
        <message>
            <source>联系人姓名过长</source>
            <translation>联系人姓名过长</translation>
        </message>
        <message>
            <source>户号应为数字（不超过20位）</source>
            <translation>户号应为数字（不超过20位）</translation>
        </message>
        <message>
            <source>找不到当前用户</source>
            <translation>找不到当前用户</translation>
        </message>
        <message>
            <source>找不到该客户</source>
            <translation>找不到该客户</translation>
        </message>
        <message>
            <source>请填写{what}</source>
            <translation>请填写{what}</translation>
        </message>
        <message>
            <source>{what}不能超过{max}字</source>
            <translation>{what}不能超过{max}字</translation>
        </message>
        <message>
            <source>只能指派给本营业厅在用的人员</source>
            <translation>只能指派给本营业厅在用的人员</translation>
        </message>
        <message>
            <source>{complaint_no} 已指派给 {who}</source>
            <translation>{complaint_no} 已指派给 {who}</translation>
        </message>
        <message>
            <source>回访结果应为：{items}</source>
            <translation>回访结果应为：{items}</translation>
        </message>
        <message>
            <source>找不到该来访记录</source>
            <translation>找不到该来访记录</translation>
        </message>
        <message>
            <source>来访 {visit_no} {when}（{name}），不能再操作</source>
            <translation>来访 {visit_no} {when}（{name}），不能再操作</translation>
        </message>
        <message>
            <source>未知的业务种类：{kind}</source>
            <translation>未知的业务种类：{kind}</translation>
        </message>
        <message>
            <source>业务编号不能超过{max}个字符</source>
            <translation>业务编号不能超过{max}个字符</translation>
        </message>
        <message>
            <source>请提供{kind}的编号</source>
            <translation>请提供{kind}的编号</translation>
        </message>
        <message>
            <source>找不到暂存的业务 {ref}</source>
            <translation>找不到暂存的业务 {ref}</translation>
        </message>
        <message>
            <source>找不到受理编号 {ref}</source>
            <translation>找不到受理编号 {ref}</translation>
        </message>
        <message>
            <source>找不到收据号 {ref}</source>
            <translation>找不到收据号 {ref}</translation>
        </message>
        <message>
            <source>来访结果不正确：{outcome}</source>
            <translation>来访结果不正确：{outcome}</translation>
        </message>
        <message>
            <source>找不到客户（编号 {customer_id}）</source>
            <translation>找不到客户（编号 {customer_id}）</translation>
        </message>
        <message>
            <source>统计周期不正确：{kind}</source>
            <translation>统计周期不正确：{kind}</translation>
        </message>
        <message>
            <source>统计周期的结束日期早于开始日期</source>
            <translation>统计周期的结束日期早于开始日期</translation>
        </message>
        <message>
            <source>统计周期最长{MAX_DAYS}天</source>
            <translation>统计周期最长{MAX_DAYS}天</translation>
        </message>
        <message>
            <source>磁盘已满，本笔未收费：请清理磁盘或联系管理员</source>
            <translation>磁盘已满，本笔未收费：请清理磁盘或联系管理员</translation>
        </message>
        <message>
            <source>草稿不存在或已经提交</source>
            <translation>草稿不存在或已经提交</translation>
        </message>
        <message>
            <source>第{row}行：{reason}</source>
            <translation>第{row}行：{reason}</translation>
        </message>
        <message>
            <source>
……另有{count}处问题</source>
            <translation>
……另有{count}处问题</translation>
        </message>
        <message>
            <source>文件 {file} 未导入，请修正以下问题后重新导入：
{problems}{more}</source>
            <translation>文件 {file} 未导入，请修正以下问题后重新导入：
{problems}{more}</translation>
        </message>
        <message>
            <source>问卷“{survey}”没有这些题目：{items}</source>
            <translation>问卷“{survey}”没有这些题目：{items}</translation>
        </message>
        <message>
            <source>走访方式应为：{items}</source>
            <translation>走访方式应为：{items}</translation>
        </message>
        <message>
            <source>走访情况说明不能超过{max}字</source>
            <translation>走访情况说明不能超过{max}字</translation>
        </message>
        <message>
            <source>走访时间不能晚于现在</source>
            <translation>走访时间不能晚于现在</translation>
        </message>
        <message>
            <source>未联系上客户的走访不能有问卷回答</source>
            <translation>未联系上客户的走访不能有问卷回答</translation>
        </message>
        <message>
            <source>请说明未联系上的情况（如无人在家、电话无人接听）</source>
            <translation>请说明未联系上的情况（如无人在家、电话无人接听）</translation>
        </message>
        <message>
            <source>找不到该走访对象</source>
            <translation>找不到该走访对象</translation>
        </message>
        <message>
            <source>走访计划 {plan_no} 已结束，不能再登记走访</source>
            <translation>走访计划 {plan_no} 已结束，不能再登记走访</translation>
        </message>
        <message>
            <source>该客户在走访计划 {plan_no} 中已走访</source>
            <translation>该客户在走访计划 {plan_no} 中已走访</translation>
        </message>
        <message>
            <source>走访时间不能早于计划制定的日期</source>
            <translation>走访时间不能早于计划制定的日期</translation>
        </message>
        <message>
            <source>选取规则应为：{items}</source>
            <translation>选取规则应为：{items}</translation>
        </message>
        <message>
            <source>走访人员只能是本营业厅在用的人员</source>
            <translation>走访人员只能是本营业厅在用的人员</translation>
        </message>
        <message>
            <source>计划名称不能超过{max}字</source>
            <translation>计划名称不能超过{max}字</translation>
        </message>
        <message>
            <source>走访期间的结束日不能早于开始日</source>
            <translation>走访期间的结束日不能早于开始日</translation>
        </message>
        <message>
            <source>完成期限不能早于走访期间的开始日或今天</source>
            <translation>完成期限不能早于走访期间的开始日或今天</translation>
        </message>
        <message>
            <source>请按规则选取客户，或填写要走访的户号</source>
            <translation>请按规则选取客户，或填写要走访的户号</translation>
        </message>
        <message>
            <source>规则“{rule}”现在没有选出客户（已在进行中的同一问卷计划里的客户不再选）</source>
            <translation>规则“{rule}”现在没有选出客户（已在进行中的同一问卷计划里的客户不再选）</translation>
        </message>
        <message>
            <source>一个计划最多{max}户</source>
            <translation>一个计划最多{max}户</translation>
        </message>
        <message>
            <source>请填写要走访的户号</source>
            <translation>请填写要走访的户号</translation>
        </message>
        <message>
            <source>户号 {account_no} 不存在</source>
            <translation>户号 {account_no} 不存在</translation>
        </message>
        <message>
            <source>户号 {account_no} 的客户已在进行中的“{survey}”走访计划里</source>
            <translation>户号 {account_no} 的客户已在进行中的“{survey}”走访计划里</translation>
        </message>
        <message>
            <source>走访计划 {plan_no} 已结束</source>
            <translation>走访计划 {plan_no} 已结束</translation>
        </message>
        <message>
            <source>走访计划 {plan_no} 还有{n}户未走访，不能结束</source>
            <translation>走访计划 {plan_no} 还有{n}户未走访，不能结束</translation>
        </message>
        <message>
            <source>尚未设置营业厅：请先完成首次设置（counter-app init 或图形界面的设置向导），再导入欠费清单</source>
            <translation>尚未设置营业厅：请先完成首次设置（counter-app init 或图形界面的设置向导），再导入欠费清单</translation>
        </message>
        <message>
            <source>文件中没有欠费记录</source>
            <translation>文件中没有欠费记录</translation>
        </message>
        <message>
            <source>{label} {rate} 不在 1 至 3 之间（电力供应与使用条例第三十九条：合同约定的违约金日费率为千分之一至千分之三）；按默认费率收取请留空</source>
            <translation>{label} {rate} 不在 1 至 3 之间（电力供应与使用条例第三十九条：合同约定的违约金日费率为千分之一至千分之三）；按默认费率收取请留空</translation>
        </message>
        <message>
            <source>应收年月“{text}”不是有效的年月（应为 yyyymm，如 202503）</source>
            <translation>应收年月“{text}”不是有效的年月（应为 yyyymm，如 202503）</translation>
        </message>
        <message>
            <source>应收年月 {text} 不在 {first} 至 {last} 之间，不像是真实的账期：请向总部核实</source>
            <translation>应收年月 {text} 不在 {first} 至 {last} 之间，不像是真实的账期：请向总部核实</translation>
        </message>
        <message>
            <source>缴费截止日期 {day} 早于 {first}，不像是真实的截止日期（会算出巨额违约金）：请向总部核实</source>
            <translation>缴费截止日期 {day} 早于 {first}，不像是真实的截止日期（会算出巨额违约金）：请向总部核实</translation>
        </message>
        <message>
            <source>缴费截止日期 {day} 晚于一年以后（{last}），不像是真实的截止日期：请向总部核实</source>
            <translation>缴费截止日期 {day} 晚于一年以后（{last}），不像是真实的截止日期：请向总部核实</translation>
        </message>
        <message>
            <source>{label} {amount} 超过单月上限 {limit} 元：请向总部核实</source>
            <translation>{label} {amount} 超过单月上限 {limit} 元：请向总部核实</translation>
        </message>
        <message>
            <source>用户类别“{category}”应为 居民 或 非居民</source>
            <translation>用户类别“{category}”应为 居民 或 非居民</translation>
        </message>
        <message>
            <source>{label}为空</source>
            <translation>{label}为空</translation>
        </message>
        <message>
            <source>{label}过长（最多{limit}个字）</source>
            <translation>{label}过长（最多{limit}个字）</translation>
        </message>
        <message>
            <source>{label}“{value}”不是数字</source>
            <translation>{label}“{value}”不是数字</translation>
        </message>
        <message>
            <source>{label}“{value}”超过{places}位小数</source>
            <translation>{label}“{value}”超过{places}位小数</translation>
        </message>
        <message>
            <source>{label}“{text}”不是数字</source>
            <translation>{label}“{text}”不是数字</translation>
        </message>
        <message>
            <source>{label}“{shown}”不是数字</source>
            <translation>{label}“{shown}”不是数字</translation>
        </message>
        <message>
            <source>{label}不能为负数：{shown}</source>
            <translation>{label}不能为负数：{shown}</translation>
        </message>
        <message>
            <source>{label}过大：{shown}</source>
            <translation>{label}过大：{shown}</translation>
        </message>
        <message>
            <source>{label}“{shown}”超过{places}位小数</source>
            <translation>{label}“{shown}”超过{places}位小数</translation>
        </message>
        <message>
            <source>{label}“{text}”不是有效日期（应为日期单元格或 yyyy-mm-dd）</source>
            <translation>{label}“{text}”不是有效日期（应为日期单元格或 yyyy-mm-dd）</translation>
        </message>
        <message>
            <source>{label}“{value}”不是整数</source>
            <translation>{label}“{value}”不是整数</translation>
        </message>
        <message>
            <source>{label}“{text}”不是非负整数</source>
            <translation>{label}“{text}”不是非负整数</translation>
        </message>
        <message>
            <source>{label}不能为负数：{number}</source>
            <translation>{label}不能为负数：{number}</translation>
        </message>
        <message>
            <source>{label}过大：{number}</source>
            <translation>{label}过大：{number}</translation>
        </message>
        <message>
            <source>户号 {shown} 是数字单元格，不是文本：数字会丢掉开头的 0（如 010000000001 会变成 10000000001），无法确定原来的户号。请总部把户号列设为“文本”格式后重新导出清单</source>
            <translation>户号 {shown} 是数字单元格，不是文本：数字会丢掉开头的 0（如 010000000001 会变成 10000000001），无法确定原来的户号。请总部把户号列设为“文本”格式后重新导出清单</translation>
        </message>
        <message>
            <source>户号“{text}”应为10至16位数字</source>
            <translation>户号“{text}”应为10至16位数字</translation>
        </message>
        <message>
            <source>计费方式“{shown}”应为 {methods}</source>
            <translation>计费方式“{shown}”应为 {methods}</translation>
        </message>
        <message>
            <source>{prefix}表头应为：{headers}</source>
            <translation>{prefix}表头应为：{headers}</translation>
        </message>
        <message>
            <source>{prefix}{name}的档位应从 1 起连续编号：此处应为第{expected}档</source>
            <translation>{prefix}{name}的档位应从 1 起连续编号：此处应为第{expected}档</translation>
        </message>
        <message>
            <source>{prefix}{name}第{tier}档的年用电量上限 {upper_kwh} 小于下限</source>
            <translation>{prefix}{name}第{tier}档的年用电量上限 {upper_kwh} 小于下限</translation>
        </message>
        <message>
            <source>{prefix}{name}最后一档（第{tier}档）的年用电量上限应为空（及以上）</source>
            <translation>{prefix}{name}最后一档（第{tier}档）的年用电量上限应为空（及以上）</translation>
        </message>
        <message>
            <source>{prefix}{name}第{tier}档缺少年用电量上限：只有最后一档可以为空</source>
            <translation>{prefix}{name}第{tier}档缺少年用电量上限：只有最后一档可以为空</translation>
        </message>
        <message>
            <source>{prefix}{name}第1档的年用电量下限应为 0 或 1，实为 {lower_kwh}</source>
            <translation>{prefix}{name}第1档的年用电量下限应为 0 或 1，实为 {lower_kwh}</translation>
        </message>
        <message>
            <source>{prefix}{name}第{tier}档的年用电量下限应为 {expected}（上一档上限 {upper_kwh} 加 1），实为 {lower_kwh}，档位不连续</source>
            <translation>{prefix}{name}第{tier}档的年用电量下限应为 {expected}（上一档上限 {upper_kwh} 加 1），实为 {lower_kwh}，档位不连续</translation>
        </message>
        <message>
            <source>{prefix}{name}：{reason}</source>
            <translation>{prefix}{name}：{reason}</translation>
        </message>
        <message>
            <source>文件中没有收费项目或阶梯电价</source>
            <translation>文件中没有收费项目或阶梯电价</translation>
        </message>
        <message>
            <source>{label}含有不可见的控制字符，请删除后重新输入</source>
            <translation>{label}含有不可见的控制字符，请删除后重新输入</translation>
        </message>
        <message>
            <source>{label}最多{limit}个字，现为{count}个字</source>
            <translation>{label}最多{limit}个字，现为{count}个字</translation>
        </message>
        <message>
            <source>锚点“{text}”的格式不对：应为 审计记录号:哈希前缀（至少8位十六进制），如日结报表末尾所印的 1234:0123456789abcdef</source>
            <translation>锚点“{text}”的格式不对：应为 审计记录号:哈希前缀（至少8位十六进制），如日结报表末尾所印的 1234:0123456789abcdef</translation>
        </message>
        <message>
            <source>{what}不正确</source>
            <translation>{what}不正确</translation>
        </message>
        <message>
            <source>{what}超过单笔上限 {ceiling:,.2f} 元，请核对金额</source>
            <translation>{what}超过单笔上限 {ceiling:,.2f} 元，请核对金额</translation>
        </message>
        <message>
            <source>{what}最多两位小数（到分）</source>
            <translation>{what}最多两位小数（到分）</translation>
        </message>
        <message>
            <source>收费项目 {code} 不存在或已失效</source>
            <translation>收费项目 {code} 不存在或已失效</translation>
        </message>
        <message>
            <source>{name}的数量不正确</source>
            <translation>{name}的数量不正确</translation>
        </message>
        <message>
            <source>{name}的数量应大于0</source>
            <translation>{name}的数量应大于0</translation>
        </message>
        <message>
            <source>{name}的数量不正确：最多两位小数，且不超过一百万</source>
            <translation>{name}的数量不正确：最多两位小数，且不超过一百万</translation>
        </message>
        <message>
            <source>{name}金额超过单笔上限 {ceiling:,.2f} 元，请核对数量</source>
            <translation>{name}金额超过单笔上限 {ceiling:,.2f} 元，请核对数量</translation>
        </message>
        <message>
            <source>{price}元（{basis}）</source>
            <translation>{price}元（{basis}）</translation>
        </message>
        <message>
            <source>{quantity}{unit}×{price}元（{basis}）</source>
            <translation>{quantity}{unit}×{price}元（{basis}）</translation>
        </message>
        <message>
            <source>请选择支付方式</source>
            <translation>请选择支付方式</translation>
        </message>
        <message>
            <source>户号 {account_no} 已销户，不能预存</source>
            <translation>户号 {account_no} 已销户，不能预存</translation>
        </message>
        <message>
            <source>缴纳电费金额 {amount:,.2f} 元超过该户应缴电费 {owed:,.2f} 元；如需预存，请把多出的金额填在“预存金额”</source>
            <translation>缴纳电费金额 {amount:,.2f} 元超过该户应缴电费 {owed:,.2f} 元；如需预存，请把多出的金额填在“预存金额”</translation>
        </message>
        <message>
            <source>没有需要收取的项目</source>
            <translation>没有需要收取的项目</translation>
        </message>
        <message>
            <source>本笔合计 {total:,.2f} 元超过单笔上限 {ceiling:,.2f} 元，请核对金额</source>
            <translation>本笔合计 {total:,.2f} 元超过单笔上限 {ceiling:,.2f} 元，请核对金额</translation>
        </message>
        <message>
            <source>实收金额不足：应收 {total:,.2f} 元</source>
            <translation>实收金额不足：应收 {total:,.2f} 元</translation>
        </message>
        <message>
            <source>{method}须填写交易参考号</source>
            <translation>{method}须填写交易参考号</translation>
        </message>
        <message>
            <source>有 {unapplied:.2f} 元不足以再缴一部分电费，未收取</source>
            <translation>有 {unapplied:.2f} 元不足以再缴一部分电费，未收取</translation>
        </message>
        <message>
            <source>今日已日结，不能再收费。如需收费请联系值班长</source>
            <translation>今日已日结，不能再收费。如需收费请联系值班长</translation>
        </message>
        <message>
            <source>计入次日日结须由另一位值班长授权</source>
            <translation>计入次日日结须由另一位值班长授权</translation>
        </message>
        <message>
            <source>{day} 也已日结，不能计入</source>
            <translation>{day} 也已日结，不能计入</translation>
        </message>
        <message>
            <source>户号 {account_no} 的欠费在显示后已有变化（其他柜台已收费或总部清单已更新），本笔未收费。屏幕已刷新，请与客户核对新的应缴金额后重新收费</source>
            <translation>户号 {account_no} 的欠费在显示后已有变化（其他柜台已收费或总部清单已更新），本笔未收费。屏幕已刷新，请与客户核对新的应缴金额后重新收费</translation>
        </message>
        <message>
            <source>其中 {amount:,.2f} 元将存为预存电费，须先与客户确认；本笔未收费</source>
            <translation>其中 {amount:,.2f} 元将存为预存电费，须先与客户确认；本笔未收费</translation>
        </message>
        <message>
            <source>导入已取消：事务已撤销，没有写入任何数据。</source>
            <translation>导入已取消：事务已撤销，没有写入任何数据。</translation>
        </message>
        <message>
            <source>没有业务类别“{category}”（可选：{known}）</source>
            <translation>没有业务类别“{category}”（可选：{known}）</translation>
        </message>
        <message>
            <source>请先设置本柜台办理的业务类别</source>
            <translation>请先设置本柜台办理的业务类别</translation>
        </message>
        <message>
            <source>{counter}号柜台还有未结束的来访 {open_no}，请先结束该来访</source>
            <translation>{counter}号柜台还有未结束的来访 {open_no}，请先结束该来访</translation>
        </message>
        <message>
            <source>今天没有号票 {ticket_no}</source>
            <translation>今天没有号票 {ticket_no}</translation>
        </message>
        <message>
            <source>号票 {ticket_no} 当前为“{name}”，不能重呼</source>
            <translation>号票 {ticket_no} 当前为“{name}”，不能重呼</translation>
        </message>
        <message>
            <source>无号来访（客户已在柜台）不能标记为过号</source>
            <translation>无号来访（客户已在柜台）不能标记为过号</translation>
        </message>
        <message>
            <source>该来访已办理业务，不能标记为过号，请结束来访</source>
            <translation>该来访已办理业务，不能标记为过号，请结束来访</translation>
        </message>
        <message>
            <source>该来访已属于“{category_name}”，无需转办</source>
            <translation>该来访已属于“{category_name}”，无需转办</translation>
        </message>
        <message>
            <source>评价应为1至5分</source>
            <translation>评价应为1至5分</translation>
        </message>
        <message>
            <source>找不到收据 {receipt_no}</source>
            <translation>找不到收据 {receipt_no}</translation>
        </message>
        <message>
            <source>补打收据须填写原因</source>
            <translation>补打收据须填写原因</translation>
        </message>
        <message>
            <source>作废须填写原因</source>
            <translation>作废须填写原因</translation>
        </message>
        <message>
            <source>收据 {receipt_no} 已经作废</source>
            <translation>收据 {receipt_no} 已经作废</translation>
        </message>
        <message>
            <source>只能作废当天的收据；以前的收据请走退费流程</source>
            <translation>只能作废当天的收据；以前的收据请走退费流程</translation>
        </message>
        <message>
            <source>该收据所在的营业日已经日结，不能作废</source>
            <translation>该收据所在的营业日已经日结，不能作废</translation>
        </message>
        <message>
            <source>该笔预存已被使用，不能作废</source>
            <translation>该笔预存已被使用，不能作废</translation>
        </message>
        <message>
            <source>该收据未作废</source>
            <translation>该收据未作废</translation>
        </message>
        <message>
            <source>停电日期不能晚于今天</source>
            <translation>停电日期不能晚于今天</translation>
        </message>
        <message>
            <source>户号 {account_no} 已销户</source>
            <translation>户号 {account_no} 已销户</translation>
        </message>
        <message>
            <source>户号 {account_no} 已登记欠费停电（{number}），尚未复电</source>
            <translation>户号 {account_no} 已登记欠费停电（{number}），尚未复电</translation>
        </message>
        <message>
            <source>户号 {account_no} 没有未结清的欠费，不能登记欠费停电</source>
            <translation>户号 {account_no} 没有未结清的欠费，不能登记欠费停电</translation>
        </message>
        <message>
            <source>{where} 第 {first} 至 {last} 号</source>
            <translation>{where} 第 {first} 至 {last} 号</translation>
        </message>
        <message>
            <source>{where} 第 {first} 号</source>
            <translation>{where} 第 {first} 号</translation>
        </message>
        <message>
            <source>· {noun} {count} {unit}：{ranges}</source>
            <translation>· {noun} {count} {unit}：{ranges}</translation>
        </message>
        <message>
            <source>· 审计记录 {count} 条（第 {first} 至 {last} 条{when}）</source>
            <translation>· 审计记录 {count} 条（第 {first} 至 {last} 条{when}）</translation>
        </message>
        <message>
            <source>，最后一条在 {time}</source>
            <translation>，最后一条在 {time}</translation>
        </message>
        <message>
            <source>命令行加 --accept-loss</source>
            <translation>命令行加 --accept-loss</translation>
        </message>
        <message>
            <source>在确认框中勾选同意后点“确认恢复”</source>
            <translation>在确认框中勾选同意后点“确认恢复”</translation>
        </message>
        <message>
            <source>备份 {backup} 比当前数据库旧（备份中最后一条记录在 {backup_time}）。恢复后，备份之后办理的以下业务将从数据库中消失（被替换的数据库会另存一份，但不再出现在账目中）：
{lines}

恢复后，新的编号会从以上编号之后继续，不会重复使用这些号码。确需恢复，须由管理员确认（{how}）。</source>
            <translation>备份 {backup} 比当前数据库旧（备份中最后一条记录在 {backup_time}）。恢复后，备份之后办理的以下业务将从数据库中消失（被替换的数据库会另存一份，但不再出现在账目中）：
{lines}

恢复后，新的编号会从以上编号之后继续，不会重复使用这些号码。确需恢复，须由管理员确认（{how}）。</translation>
        </message>
        <message>
            <source>数据库正忙（其他柜台正在办理），本笔未收费，请稍后再点确认收费</source>
            <translation>数据库正忙（其他柜台正在办理），本笔未收费，请稍后再点确认收费</translation>
        </message>
        <message>
            <source>数据库正忙（其他柜台正在办理），收据未作废，请稍后再试</source>
            <translation>数据库正忙（其他柜台正在办理），收据未作废，请稍后再试</translation>
        </message>
        <message>
            <source>数据库正忙（其他柜台正在办理），收据未补打，请稍后再试</source>
            <translation>数据库正忙（其他柜台正在办理），收据未补打，请稍后再试</translation>
        </message>
        <message>
            <source>数据库正忙（其他柜台正在办理），欠费清单未导入，请稍后再导入</source>
            <translation>数据库正忙（其他柜台正在办理），欠费清单未导入，请稍后再导入</translation>
        </message>
        <message>
            <source>未知的面额：{label}</source>
            <translation>未知的面额：{label}</translation>
        </message>
        <message>
            <source>{label}的张数应为非负整数</source>
            <translation>{label}的张数应为非负整数</translation>
        </message>
        <message>
            <source>只能清点自己的钱箱</source>
            <translation>只能清点自己的钱箱</translation>
        </message>
        <message>
            <source>{day} 已经日结</source>
            <translation>{day} 已经日结</translation>
        </message>
        <message>
            <source>日结须由另一位值班长复核</source>
            <translation>日结须由另一位值班长复核</translation>
        </message>
        <message>
            <source>请先清点现金并核对金额，再日结</source>
            <translation>请先清点现金并核对金额，再日结</translation>
        </message>
        <message>
            <source>核对后应收现金已由 {shown:,.2f} 元变为 {now:,.2f} 元，请重新清点并核对</source>
            <translation>核对后应收现金已由 {shown:,.2f} 元变为 {now:,.2f} 元，请重新清点并核对</translation>
        </message>
        <message>
            <source>现金差额 {difference:+,.2f} 元，须填写差异说明</source>
            <translation>现金差额 {difference:+,.2f} 元，须填写差异说明</translation>
        </message>
        <message>
            <source>重开日结须由另一位值班长授权</source>
            <translation>重开日结须由另一位值班长授权</translation>
        </message>
        <message>
            <source>请填写重开日结的原因</source>
            <translation>请填写重开日结的原因</translation>
        </message>
        <message>
            <source>{day} 尚未日结，无需重开</source>
            <translation>{day} 尚未日结，无需重开</translation>
        </message>
        <message>
            <source>找不到日结 {settlement_no}</source>
            <translation>找不到日结 {settlement_no}</translation>
        </message>
        <message>
            <source>受理编号 {application_no} 当前为“{name}”，不能进行此操作</source>
            <translation>受理编号 {application_no} 当前为“{name}”，不能进行此操作</translation>
        </message>
        <message>
            <source>请填写暂停计时的原因</source>
            <translation>请填写暂停计时的原因</translation>
        </message>
        <message>
            <source>请至少选择一项需要补正的资料</source>
            <translation>请至少选择一项需要补正的资料</translation>
        </message>
        <message>
            <source>撤销必须填写原因</source>
            <translation>撤销必须填写原因</translation>
        </message>
        <message>
            <source>只有退回补正的申请才能打印补正通知书</source>
            <translation>只有退回补正的申请才能打印补正通知书</translation>
        </message>
        <message>
            <source>办理时限（工作日）</source>
            <translation>办理时限（工作日）</translation>
        </message>
        <message>
            <source>环节“{step}”的时限（工作日）</source>
            <translation>环节“{step}”的时限（工作日）</translation>
        </message>
        <message>
            <source>规则：{name}</source>
            <translation>规则：{name}</translation>
        </message>
        <message>
            <source>“{field}”的预设值</source>
            <translation>“{field}”的预设值</translation>
        </message>
        <message>
            <source>取值 {path}</source>
            <translation>取值 {path}</translation>
        </message>
        <message>
            <source>[说明] 以下{count}项规则取值尚无确认的出处，待总部确认（不是检查失败）：</source>
            <translation>[说明] 以下{count}项规则取值尚无确认的出处，待总部确认（不是检查失败）：</translation>
        </message>
        <message>
            <source>问卷应为：{items}</source>
            <translation>问卷应为：{items}</translation>
        </message>
        <message>
            <source>走访计划 {plan_no} 不存在</source>
            <translation>走访计划 {plan_no} 不存在</translation>
        </message>
        <message>
            <source>所选客户不都在走访计划 {plan_no} 中</source>
            <translation>所选客户不都在走访计划 {plan_no} 中</translation>
        </message>
        <message>
            <source>当前来访已结束，请重新叫号或开始新的来访</source>
            <translation>当前来访已结束，请重新叫号或开始新的来访</translation>
        </message>
        <message>
            <source>读取文件时出错：读取进程意外结束，请重新导入</source>
            <translation>读取文件时出错：读取进程意外结束，请重新导入</translation>
        </message>
        <message>
            <source>读取文件时出错：{exc}</source>
            <translation>读取文件时出错：{exc}</translation>
        </message>
        <message>
            <source>这是 {suffix} 文件，柜台助手只读取 .xlsx：请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（*.xlsx）后再导入</source>
            <translation>这是 {suffix} 文件，柜台助手只读取 .xlsx：请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（*.xlsx）后再导入</translation>
        </message>
        <message>
            <source>无法读取文件：{reason}</source>
            <translation>无法读取文件：{reason}</translation>
        </message>
        <message>
            <source>文件有 {size} MB，超过了 {limit} MB 的上限：请让总部按营业厅拆分后再发</source>
            <translation>文件有 {size} MB，超过了 {limit} MB 的上限：请让总部按营业厅拆分后再发</translation>
        </message>
        <message>
            <source>无法读取：不是有效的 .xlsx 文件（文件已损坏，或不是 Excel 工作簿）</source>
            <translation>无法读取：不是有效的 .xlsx 文件（文件已损坏，或不是 Excel 工作簿）</translation>
        </message>
        <message>
            <source>文件解压后有 {size} MB，超过了 {limit} MB 的上限，不予读取</source>
            <translation>文件解压后有 {size} MB，超过了 {limit} MB 的上限，不予读取</translation>
        </message>
        <message>
            <source>文件中的文字共有 {size} MB，超过了 {limit} MB 的上限，不予读取（正常的清单远小于此，请向总部核实文件）</source>
            <translation>文件中的文字共有 {size} MB，超过了 {limit} MB 的上限，不予读取（正常的清单远小于此，请向总部核实文件）</translation>
        </message>
        <message>
            <source>无法读取：文件不是有效的 Excel 工作簿（*.xlsx），或已损坏。请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（*.xlsx）后再导入</source>
            <translation>无法读取：文件不是有效的 Excel 工作簿（*.xlsx），或已损坏。请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（*.xlsx）后再导入</translation>
        </message>
        <message>
            <source>表头应为：{headers}</source>
            <translation>表头应为：{headers}</translation>
        </message>
        <message>
            <source>这个数据库已有营业厅、用户或业务数据，不是演示程序建立的演示数据库，不能填充演示数据（没有写入任何数据）。请用 --db 指定一个新的文件，例如 --db 演示.db。</source>
            <translation>这个数据库已有营业厅、用户或业务数据，不是演示程序建立的演示数据库，不能填充演示数据（没有写入任何数据）。请用 --db 指定一个新的文件，例如 --db 演示.db。</translation>
        </message>
        <message>
            <source>客户数至少为1</source>
            <translation>客户数至少为1</translation>
        </message>
        <message>
            <source>来访次数不能为负数</source>
            <translation>来访次数不能为负数</translation>
        </message>
        <message>
            <source>天数至少为1</source>
            <translation>天数至少为1</translation>
        </message>
        <message>
            <source>所选天数内还没有营业时间（今天尚未开门），请把天数设为2天以上</source>
            <translation>所选天数内还没有营业时间（今天尚未开门），请把天数设为2天以上</translation>
        </message>
        <message>
            <source>营业厅没有可用的用户</source>
            <translation>营业厅没有可用的用户</translation>
        </message>
        <message>
            <source>培训数据库的准备已取消，没有进入培训模式。</source>
            <translation>培训数据库的准备已取消，没有进入培训模式。</translation>
        </message>
        <message>
            <source>培训数据库不能与正式数据库是同一个文件</source>
            <translation>培训数据库不能与正式数据库是同一个文件</translation>
        </message>
        <message>
            <source>营业厅尚未设置，没有可导出的数据</source>
            <translation>营业厅尚未设置，没有可导出的数据</translation>
        </message>
        <message>
            <source>{file}：{reason}</source>
            <translation>{file}：{reason}</translation>
        </message>
        <message>
            <source>{count} 个文件未通过校验，未写入任何内容：
{lines}</source>
            <translation>{count} 个文件未通过校验，未写入任何内容：
{lines}</translation>
        </message>
        <message>
            <source>没有给出要处理的文件</source>
            <translation>没有给出要处理的文件</translation>
        </message>
        <message>
            <source>请同时填写起始日期和截止日期</source>
            <translation>请同时填写起始日期和截止日期</translation>
        </message>
        <message>
            <source>起始日期不能晚于截止日期</source>
            <translation>起始日期不能晚于截止日期</translation>
        </message>
        <message>
            <source>请选择“自上次导出以来”或填写起始和截止日期</source>
            <translation>请选择“自上次导出以来”或填写起始和截止日期</translation>
        </message>
        <message>
            <source>没有第 {batch_no:04d} 批导出记录</source>
            <translation>没有第 {batch_no:04d} 批导出记录</translation>
        </message>
        <message>
            <source>第 {batch_no:04d} 批的“{name}”保存的数据与当初导出时不符，无法重新导出。请联系管理员检查数据库。</source>
            <translation>第 {batch_no:04d} 批的“{name}”保存的数据与当初导出时不符，无法重新导出。请联系管理员检查数据库。</translation>
        </message>
        <message>
            <source>数据库地址无法使用：{exc}</source>
            <translation>数据库地址无法使用：{exc}</translation>
        </message>
        <message>
            <source>载入数据库失败，已全部撤销：{exc}</source>
            <translation>载入数据库失败，已全部撤销：{exc}</translation>
        </message>
        <message>
            <source>每个工作表至少要能放下表头和一行数据</source>
            <translation>每个工作表至少要能放下表头和一行数据</translation>
        </message>
        <message>
            <source>输出文件夹 {parent} 不存在</source>
            <translation>输出文件夹 {parent} 不存在</translation>
        </message>
        <message>
            <source>导出已取消，没有生成文件，也没有记录批次。</source>
            <translation>导出已取消，没有生成文件，也没有记录批次。</translation>
        </message>
        <message>
            <source>金额“{text}”不是数字</source>
            <translation>金额“{text}”不是数字</translation>
        </message>
        <message>
            <source>二维码内容“{text}”不是收据的格式（应为 收据号|合计|校验码）</source>
            <translation>二维码内容“{text}”不是收据的格式（应为 收据号|合计|校验码）</translation>
        </message>
        <message>
            <source>请给出收据二维码的内容，或收据号和金额</source>
            <translation>请给出收据二维码的内容，或收据号和金额</translation>
        </message>
        <message>
            <source>总部数据库 {path} 不存在：请先用 hq-load 载入营业厅的批次</source>
            <translation>总部数据库 {path} 不存在：请先用 hq-load 载入营业厅的批次</translation>
        </message>
        <message>
            <source>该数据库中没有载入的营业厅数据：请先用 hq-load 载入</source>
            <translation>该数据库中没有载入的营业厅数据：请先用 hq-load 载入</translation>
        </message>
        <message>
            <source>读取总部数据库失败：{exc}</source>
            <translation>读取总部数据库失败：{exc}</translation>
        </message>
        <message>
            <source>无法使用导出文件夹 {folder}：{reason}</source>
            <translation>无法使用导出文件夹 {folder}：{reason}</translation>
        </message>
        <message>
            <source>导出文件夹 {folder} 不可写入，请换一个文件夹</source>
            <translation>导出文件夹 {folder} 不可写入，请换一个文件夹</translation>
        </message>
        <message>
            <source>导出文件未能写入：{reason}</source>
            <translation>导出文件未能写入：{reason}</translation>
        </message>
        <message>
            <source>导出文件未能保存为 {name}：{reason}</source>
            <translation>导出文件未能保存为 {name}：{reason}</translation>
        </message>
        <message>
            <source>、</source>
            <translation>、</translation>
        </message>
        <message>
            <source>；</source>
            <translation>；</translation>
        </message>
    </context>
    <context>
        <name>data</name>
        <message>
            <source>公告参数文件</source>
            <translation>公告参数文件</translation>
        </message>
        <message>
            <source>投诉参数文件</source>
            <translation>投诉参数文件</translation>
        </message>
        <message>
            <source>周</source>
            <translation>周</translation>
        </message>
        <message>
            <source>日</source>
            <translation>日</translation>
        </message>
        <message>
            <source>月</source>
            <translation>月</translation>
        </message>
        <message>
            <source>在柜台办理业务</source>
            <translation>在柜台办理业务</translation>
        </message>
        <message>
            <source>收费</source>
            <translation>收费</translation>
        </message>
        <message>
            <source>申请作废收据</source>
            <translation>申请作废收据</translation>
        </message>
        <message>
            <source>申请补打收据</source>
            <translation>申请补打收据</translation>
        </message>
        <message>
            <source>受理业务</source>
            <translation>受理业务</translation>
        </message>
        <message>
            <source>清点钱箱</source>
            <translation>清点钱箱</translation>
        </message>
        <message>
            <source>每日自动备份</source>
            <translation>每日自动备份</translation>
        </message>
        <message>
            <source>登记走访结果</source>
            <translation>登记走访结果</translation>
        </message>
        <message>
            <source>授权作废收据</source>
            <translation>授权作废收据</translation>
        </message>
        <message>
            <source>授权补打收据</source>
            <translation>授权补打收据</translation>
        </message>
        <message>
            <source>日结复核</source>
            <translation>日结复核</translation>
        </message>
        <message>
            <source>重开日结</source>
            <translation>重开日结</translation>
        </message>
        <message>
            <source>授权收费计入次日日结</source>
            <translation>授权收费计入次日日结</translation>
        </message>
        <message>
            <source>发布公告</source>
            <translation>发布公告</translation>
        </message>
        <message>
            <source>查看指标看板</source>
            <translation>查看指标看板</translation>
        </message>
        <message>
            <source>查看培训成绩</source>
            <translation>查看培训成绩</translation>
        </message>
        <message>
            <source>导出报送总部的数据</source>
            <translation>导出报送总部的数据</translation>
        </message>
        <message>
            <source>备份数据库</source>
            <translation>备份数据库</translation>
        </message>
        <message>
            <source>检查数据库</source>
            <translation>检查数据库</translation>
        </message>
        <message>
            <source>登记欠费停电</source>
            <translation>登记欠费停电</translation>
        </message>
        <message>
            <source>制定走访计划</source>
            <translation>制定走访计划</translation>
        </message>
        <message>
            <source>导入总部下发的文件</source>
            <translation>导入总部下发的文件</translation>
        </message>
        <message>
            <source>恢复备份</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>管理用户</source>
            <translation>管理用户</translation>
        </message>
        <message>
            <source>修改营业厅信息</source>
            <translation>修改营业厅信息</translation>
        </message>
        <message>
            <source>生成演示数据</source>
            <translation>生成演示数据</translation>
        </message>
        <message>
            <source>业务受理</source>
            <translation>业务受理</translation>
        </message>
        <message>
            <source>缴费</source>
            <translation>缴费</translation>
        </message>
        <message>
            <source>咨询</source>
            <translation>咨询</translation>
        </message>
        <message>
            <source>等候中</source>
            <translation>等候中</translation>
        </message>
        <message>
            <source>已叫号</source>
            <translation>已叫号</translation>
        </message>
        <message>
            <source>办理中</source>
            <translation>办理中</translation>
        </message>
        <message>
            <source>已办结</source>
            <translation>已办结</translation>
        </message>
        <message>
            <source>过号</source>
            <translation>过号</translation>
        </message>
        <message>
            <source>已转移</source>
            <translation>已转移</translation>
        </message>
        <message>
            <source>非常满意</source>
            <translation>非常满意</translation>
        </message>
        <message>
            <source>满意</source>
            <translation>满意</translation>
        </message>
        <message>
            <source>基本满意</source>
            <translation>基本满意</translation>
        </message>
        <message>
            <source>不满意</source>
            <translation>不满意</translation>
        </message>
        <message>
            <source>非常不满意</source>
            <translation>非常不满意</translation>
        </message>
        <message>
            <source>欠费停电</source>
            <translation>欠费停电</translation>
        </message>
        <message>
            <source>停电登记</source>
            <translation>停电登记</translation>
        </message>
        <message>
            <source>单选</source>
            <translation>单选</translation>
        </message>
        <message>
            <source>评分（1-5分）</source>
            <translation>评分（1-5分）</translation>
        </message>
        <message>
            <source>是/否</source>
            <translation>是/否</translation>
        </message>
        <message>
            <source>文字</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>否</source>
            <translation>否</translation>
        </message>
        <message>
            <source>是</source>
            <translation>是</translation>
        </message>
        <message>
            <source>问卷文件</source>
            <translation>问卷文件</translation>
        </message>
        <message>
            <source>走访参数文件</source>
            <translation>走访参数文件</translation>
        </message>
        <message>
            <source>需补资料</source>
            <translation>需补资料</translation>
        </message>
        <message>
            <source>已转办</source>
            <translation>已转办</translation>
        </message>
        <message>
            <source>客户离开</source>
            <translation>客户离开</translation>
        </message>
        <message>
            <source>业务咨询</source>
            <translation>业务咨询</translation>
        </message>
        <message>
            <source>电费缴纳</source>
            <translation>电费缴纳</translation>
        </message>
        <message>
            <source>暂停计时（等待客户）</source>
            <translation>暂停计时（等待客户）</translation>
        </message>
        <message>
            <source>退回补正</source>
            <translation>退回补正</translation>
        </message>
        <message>
            <source>已撤销</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>投诉</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>评价回访</source>
            <translation>评价回访</translation>
        </message>
        <message>
            <source>走访发现</source>
            <translation>走访发现</translation>
        </message>
        <message>
            <source>待联系</source>
            <translation>待联系</translation>
        </message>
        <message>
            <source>处理中</source>
            <translation>处理中</translation>
        </message>
        <message>
            <source>已处理</source>
            <translation>已处理</translation>
        </message>
        <message>
            <source>个人</source>
            <translation>个人</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>正常用电</source>
            <translation>正常用电</translation>
        </message>
        <message>
            <source>暂停</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>已销户</source>
            <translation>已销户</translation>
        </message>
        <message>
            <source>现金</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>银行卡</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <source>移动支付</source>
            <translation>移动支付</translation>
        </message>
        <message>
            <source>上门</source>
            <translation>上门</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>已结束</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>进行中</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>待走访</source>
            <translation>待走访</translation>
        </message>
        <message>
            <source>已走访</source>
            <translation>已走访</translation>
        </message>
        <message>
            <source>未联系上</source>
            <translation>未联系上</translation>
        </message>
        <message>
            <source>计划停电</source>
            <translation>计划停电</translation>
        </message>
        <message>
            <source>故障停电</source>
            <translation>故障停电</translation>
        </message>
        <message>
            <source>服务公告</source>
            <translation>服务公告</translation>
        </message>
        <message>
            <source>即将开始</source>
            <translation>即将开始</translation>
        </message>
        <message>
            <source>已撤回</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <source>复制数据库</source>
            <translation>复制数据库</translation>
        </message>
        <message>
            <source>保存导入结果</source>
            <translation>保存导入结果</translation>
        </message>
        <message>
            <source>检查工作日历</source>
            <translation>检查工作日历</translation>
        </message>
        <message>
            <source>受理</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>指派</source>
            <translation>指派</translation>
        </message>
        <message>
            <source>联系客户</source>
            <translation>联系客户</translation>
        </message>
        <message>
            <source>处理结果</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <source>回访</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>办结</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>记录联系</source>
            <translation>记录联系</translation>
        </message>
        <message>
            <source>登记处理结果</source>
            <translation>登记处理结果</translation>
        </message>
        <message>
            <source>违约金</source>
            <translation>违约金</translation>
        </message>
        <message>
            <source>走访</source>
            <translation>走访</translation>
        </message>
        <message>
            <source>检查并写入欠费记录</source>
            <translation>检查并写入欠费记录</translation>
        </message>
        <message>
            <source>固定</source>
            <translation>固定</translation>
        </message>
        <message>
            <source>按容量kVA</source>
            <translation>按容量kVA</translation>
        </message>
        <message>
            <source>按电量kWh</source>
            <translation>按电量kWh</translation>
        </message>
        <message>
            <source>检查收费标准</source>
            <translation>检查收费标准</translation>
        </message>
        <message>
            <source>读取收费标准</source>
            <translation>读取收费标准</translation>
        </message>
        <message>
            <source>值班长</source>
            <translation>值班长</translation>
        </message>
        <message>
            <source>管理员</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>营业员</source>
            <translation>营业员</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>用户名</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>工号</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>手机号码</source>
            <translation>手机号码</translation>
        </message>
        <message>
            <source>证件号码</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <source>联系人</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>联系电话</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>内容</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>诉求</source>
            <translation>诉求</translation>
        </message>
        <message>
            <source>回访结果</source>
            <translation>回访结果</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>原因</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>作废原因</source>
            <translation>作废原因</translation>
        </message>
        <message>
            <source>差异说明</source>
            <translation>差异说明</translation>
        </message>
        <message>
            <source>交易参考号</source>
            <translation>交易参考号</translation>
        </message>
        <message>
            <source>柜台号</source>
            <translation>柜台号</translation>
        </message>
        <message>
            <source>标题</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>正文</source>
            <translation>正文</translation>
        </message>
        <message>
            <source>范围</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>受理编号</source>
            <translation>受理编号</translation>
        </message>
        <message>
            <source>户号</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>手机</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>环节完成</source>
            <translation>环节完成</translation>
        </message>
        <message>
            <source>暂停计时</source>
            <translation>暂停计时</translation>
        </message>
        <message>
            <source>恢复计时</source>
            <translation>恢复计时</translation>
        </message>
        <message>
            <source>撤销</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>已办理</source>
            <translation>已办理</translation>
        </message>
        <message>
            <source>未办理</source>
            <translation>未办理</translation>
        </message>
        <message>
            <source>提前申请天数</source>
            <translation>提前申请天数</translation>
        </message>
        <message>
            <source>最长期限（月）</source>
            <translation>最长期限（月）</translation>
        </message>
        <message>
            <source>每次最少天数</source>
            <translation>每次最少天数</translation>
        </message>
        <message>
            <source>每次最多天数</source>
            <translation>每次最多天数</translation>
        </message>
        <message>
            <source>最短期限（月）</source>
            <translation>最短期限（月）</translation>
        </message>
        <message>
            <source>每年最多次数</source>
            <translation>每年最多次数</translation>
        </message>
        <message>
            <source>每年累计最多天数</source>
            <translation>每年累计最多天数</translation>
        </message>
        <message>
            <source>容量上限（kW）</source>
            <translation>容量上限（kW）</translation>
        </message>
        <message>
            <source>手工选取</source>
            <translation>手工选取</translation>
        </message>
        <message>
            <source>未指派</source>
            <translation>未指派</translation>
        </message>
        <message>
            <source>准备练习客户</source>
            <translation>准备练习客户</translation>
        </message>
        <message>
            <source>复制营业厅和用户</source>
            <translation>复制营业厅和用户</translation>
        </message>
        <message>
            <source>指定日期范围</source>
            <translation>指定日期范围</translation>
        </message>
        <message>
            <source>自上一批次以来的新增和变更</source>
            <translation>自上一批次以来的新增和变更</translation>
        </message>
    </context>
</TS>
