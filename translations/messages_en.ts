<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>messages</name>
        <message>
            <source>应收年月格式不正确：{month}（应为 yyyymm，如 202510）</source>
            <translation>Invalid bill month: {month} (use yyyymm, e.g. 202510)</translation>
        </message>
        <message>
            <source>应收年月 {month}：{exc}</source>
            <translation>Bill month {month}: {exc}</translation>
        </message>
        <message>
            <source>缴费金额必须大于零：{amount}</source>
            <translation>The payment amount must be above zero: {amount}</translation>
        </message>
        <message>
            <source>缴费金额最多保留两位小数（到分）：{amount}</source>
            <translation>The payment amount has at most two decimals (fen): {amount}</translation>
        </message>
        <message>
            <source>应收年月 {bill_month} 重复出现</source>
            <translation>Bill month {bill_month} appears twice</translation>
        </message>
        <message>
            <source>金额不足以支付最早一个月（{bill_month}）的电费和违约金，至少需要{format_amount}元</source>
            <translation>The amount does not cover the oldest month ({bill_month}) with its late fee; at least {format_amount} yuan is needed</translation>
        </message>
        <message>
            <source>柜台号应为1至4位英文字母或数字（如 3、A2）：{code}</source>
            <translation>A counter code is 1 to 4 letters or digits (e.g. 3, A2): {code}</translation>
        </message>
        <message>
            <source>户号 {account_no} 尚有欠费 {open_arrears:,.2f} 元，须先结清欠费才能办理{name}</source>
            <translation>Account {account_no} has arrears of {open_arrears:,.2f} yuan; settle them before {name}</translation>
        </message>
        <message>
            <source>户号 {account_no} 是办理“{by}”停用的，不能以{name}恢复：请办理对应的恢复业务</source>
            <translation>Account {account_no} was suspended by "{by}"; it cannot be restored by {name}: use the matching restore business</translation>
        </message>
        <message>
            <source>户号 {account_no} 当前为“{now}”状态，不能办理{name}</source>
            <translation>Account {account_no} is "{now}"; {name} is not possible</translation>
        </message>
        <message>
            <source>{name}只适用于{items}用户</source>
            <translation>{name} applies only to {items} customers</translation>
        </message>
        <message>
            <source>须提前{min_days}天申请：开始日期最早为{year}年{month}月{day}日</source>
            <translation>Apply {min_days} days in advance: the earliest start date is {year}-{month}-{day}</translation>
        </message>
        <message>
            <source>须提前{min_days}个工作日申请：最早为{year}年{month}月{day}日</source>
            <translation>Apply {min_days} working days in advance: the earliest day is {year}-{month}-{day}</translation>
        </message>
        <message>
            <source>末日不能早于首日</source>
            <translation>The last day cannot be before the first day</translation>
        </message>
        <message>
            <source>每年最多办理{max}次，{year}年已办理{done}次</source>
            <translation>At most {max} times a year; already {done} times in {year}</translation>
        </message>
        <message>
            <source>容量超过{max}kW，不适用本业务，请选择其他办理方式</source>
            <translation>Capacity above {max} kW does not qualify for this business; choose another way</translation>
        </message>
        <message>
            <source>增容后的容量应大于现有容量 {current:f} kW</source>
            <translation>The new capacity must be above the current {current:f} kW</translation>
        </message>
        <message>
            <source>减容后的容量应小于现有容量 {current:f} kW</source>
            <translation>The new capacity must be below the current {current:f} kW</translation>
        </message>
        <message>
            <source>{label}至少为{min}，不能办理{name}</source>
            <translation>{label} must be at least {min} for {name}</translation>
        </message>
        <message>
            <source>延期后的最后一天应晚于原来的最后一天</source>
            <translation>The last day after the extension must be later than the current last day</translation>
        </message>
        <message>
            <source>最后一天不能早于第一天</source>
            <translation>The last day cannot be before the first day</translation>
        </message>
        <message>
            <source>期限不超过{max_months}个月（首尾两天都计入）：最后一天最晚为{year}年{month}月{day}日</source>
            <translation>The term is at most {max_months} months (first and last day both counted): the last day can be {year}-{month}-{day} at the latest</translation>
        </message>
        <message>
            <source>每次不少于{min_days}天（现为{days}天，首末日均计入）</source>
            <translation>At least {min_days} days each time (now {days} days, first and last day counted)</translation>
        </message>
        <message>
            <source>每次不超过{max_days}天（现为{days}天，首末日均计入）</source>
            <translation>At most {max_days} days each time (now {days} days, first and last day counted)</translation>
        </message>
        <message>
            <source>期限不少于{min_months}个月：末日最早为{year}年{month}月{day}日</source>
            <translation>At least {min_months} months: the earliest last day is {year}-{month}-{day}</translation>
        </message>
        <message>
            <source>期限不超过{max_months}个月：末日最晚为{year}年{month}月{day}日</source>
            <translation>At most {max_months} months: the latest last day is {year}-{month}-{day}</translation>
        </message>
        <message>
            <source>{year}年内累计不超过{max_days}天：已用{used}天，本次{now}天</source>
            <translation>At most {max_days} days in total in {year}: {used} days used, {now} days this time</translation>
        </message>
        <message>
            <source>{year}年内累计不超过{max_months}个月（{allowed}天）：已用{used}天，本次{now}天</source>
            <translation>At most {max_months} months ({allowed} days) in total in {year}: {used} days used, {now} days this time</translation>
        </message>
        <message>
            <source>违约金跨年度划分 current_year_by 应为 due 或 bill：{value}</source>
            <translation>The late fee's year split current_year_by must be due or bill: {value}</translation>
        </message>
        <message>
            <source>合同约定的违约金日费率应在千分之一到千分之三之间：{value}</source>
            <translation>A contract's daily late-fee rate must lie between 1‰ and 3‰: {value}</translation>
        </message>
        <message>
            <source>违约金日费率 {name} {problem}：{value}</source>
            <translation>Daily late fee rate {name} {problem}: {value}</translation>
        </message>
        <message>
            <source>违约金最低金额 minimum {problem}：{minimum}</source>
            <translation>Late fee minimum {problem}: {minimum}</translation>
        </message>
        <message>
            <source>{year}年{month}月{day}日到期，未逾期，无违约金</source>
            <translation>Due {year}-{month:02d}-{day:02d}, not overdue, no late fee</translation>
        </message>
        <message>
            <source>{principal}元×{rate}×{days}天</source>
            <translation>{principal} yuan × {rate} × {days} days</translation>
        </message>
        <message>
            <source>{term}（{year}年内）</source>
            <translation>{term} (in {year})</translation>
        </message>
        <message>
            <source>{term}（{year}年起）</source>
            <translation>{term} (from {year})</translation>
        </message>
        <message>
            <source>{term}（合同约定费率）</source>
            <translation>{term} (contract rate)</translation>
        </message>
        <message>
            <source>{year}年{month}月{day}日到期，逾期{days}天：{terms}={amount}元</source>
            <translation>Due {year}-{month:02d}-{day:02d}, {days} days overdue: {terms} = {amount} yuan</translation>
        </message>
        <message>
            <source>欠费金额无效：{principal}</source>
            <translation>Invalid arrears amount: {principal}</translation>
        </message>
        <message>
            <source>欠费金额不能为负数：{principal}</source>
            <translation>The arrears amount cannot be negative: {principal}</translation>
        </message>
        <message>
            <source>欠费金额最多保留两位小数（到分）：{principal}</source>
            <translation>The arrears amount has at most two decimals (fen): {principal}</translation>
        </message>
        <message>
            <source>违约金合计{fees}元，不足{minimum}元，按{minimum}元收取，补足{topup}元</source>
            <translation>Late fees total {fees} yuan, below {minimum} yuan: {minimum} yuan is charged, {topup} yuan added</translation>
        </message>
        <message>
            <source>违约金已在前次缴费时按最低额收取，本次抵减{credit}元</source>
            <translation>The minimum late fee was charged at an earlier payment: {credit} yuan deducted now</translation>
        </message>
        <message>
            <source>以{code}开头的是港澳台居民居住证号码：请把证件类型选为“港澳台居民居住证”</source>
            <translation>A number starting {code} is a residence permit for Hong Kong, Macao and Taiwan residents: choose that certificate type</translation>
        </message>
        <message>
            <source>身份证号码地区码无效：不存在以{code}开头的省份代码</source>
            <translation>Invalid region code in the ID card number: no province code starts with {code}</translation>
        </message>
        <message>
            <source>身份证号码地区码无效：{code}不是存在过的地市代码</source>
            <translation>Invalid region code in the ID card number: {code} has never been a prefecture code</translation>
        </message>
        <message>
            <source>请输入身份证号码</source>
            <translation>Enter the ID card number</translation>
        </message>
        <message>
            <source>身份证号码长度应为18位，现为{count}位</source>
            <translation>An ID card number has 18 characters (now {count})</translation>
        </message>
        <message>
            <source>身份证号码前17位应为数字，最后一位为数字或X</source>
            <translation>The first 17 characters of an ID card number are digits, the last a digit or X</translation>
        </message>
        <message>
            <source>出生日期无效：{birth_text}不是真实日期</source>
            <translation>Invalid date of birth: {birth_text} is not a real date</translation>
        </message>
        <message>
            <source>出生日期无效：{birth_text}早于1900年</source>
            <translation>Invalid date of birth: {birth_text} is before 1900</translation>
        </message>
        <message>
            <source>出生日期无效：{birth_text}晚于今天</source>
            <translation>Invalid date of birth: {birth_text} is after today</translation>
        </message>
        <message>
            <source>身份证号码校验位不正确，请核对号码</source>
            <translation>The ID card number's check digit is wrong; check the number</translation>
        </message>
        <message>
            <source>请输入统一社会信用代码</source>
            <translation>Enter the unified social credit code</translation>
        </message>
        <message>
            <source>统一社会信用代码长度应为18位，现为{count}位</source>
            <translation>A unified social credit code has 18 characters (now {count})</translation>
        </message>
        <message>
            <source>统一社会信用代码含有无效字符：{shown}（不使用字母I、O、S、V、Z）</source>
            <translation>Invalid characters in the unified social credit code: {shown} (I, O, S, V, Z are not used)</translation>
        </message>
        <message>
            <source>统一社会信用代码校验位不正确；早期发放的代码可能如此，请核对营业执照，需值班长确认</source>
            <translation>The credit code's check character is wrong; early codes may be so: check the business licence, a supervisor must confirm</translation>
        </message>
        <message>
            <source>请输入手机号码</source>
            <translation>Enter the mobile number</translation>
        </message>
        <message>
            <source>手机号码只能包含数字</source>
            <translation>A mobile number has digits only</translation>
        </message>
        <message>
            <source>手机号码应为11位，现为{count}位</source>
            <translation>A mobile number has 11 digits (now {count})</translation>
        </message>
        <message>
            <source>手机号码应以13至19开头</source>
            <translation>A mobile number starts with 13 to 19</translation>
        </message>
        <message>
            <source>金额无效：{amount}</source>
            <translation>Invalid amount: {amount}</translation>
        </message>
        <message>
            <source>金额最多保留两位小数（到分）：{amount}</source>
            <translation>An amount has at most two decimals (fen): {amount}</translation>
        </message>
        <message>
            <source>金额不能为负数：{original}</source>
            <translation>The amount cannot be negative: {original}</translation>
        </message>
        <message>
            <source>金额格式不正确：{original}（应为如 1,409.50 的数字）</source>
            <translation>Invalid amount: {original} (use a number like 1,409.50)</translation>
        </message>
        <message>
            <source>金额格式不正确：{original}（最多两位小数，到分）</source>
            <translation>Invalid amount: {original} (at most two decimals, fen)</translation>
        </message>
        <message>
            <source>金额过大：{original}</source>
            <translation>Amount too large: {original}</translation>
        </message>
        <message>
            <source>数量格式不正确：{original}（应为如 2 或 0.5 的数字）</source>
            <translation>Invalid quantity: {original} (use a number like 2 or 0.5)</translation>
        </message>
        <message>
            <source>数量不正确：{original}（最多两位小数，且不超过一百万）</source>
            <translation>Invalid quantity: {original} (at most two decimals and at most one million)</translation>
        </message>
        <message>
            <source>数量应大于0：{original}</source>
            <translation>The quantity must be above 0: {original}</translation>
        </message>
        <message>
            <source>负数金额不能写成大写：{format_amount}</source>
            <translation>A negative amount cannot be written in capitals: {format_amount}</translation>
        </message>
        <message>
            <source>金额过大，无法写成大写：{format_amount}</source>
            <translation>Amount too large to write in capitals: {format_amount}</translation>
        </message>
        <message>
            <source>请输入居住证号码</source>
            <translation>Enter the residence permit number</translation>
        </message>
        <message>
            <source>港澳台居民居住证号码长度应为18位，现为{count}位</source>
            <translation>A residence permit number for Hong Kong, Macao and Taiwan residents has 18 characters (now {count})</translation>
        </message>
        <message>
            <source>港澳台居民居住证号码前17位应为数字，最后一位为数字或X</source>
            <translation>The first 17 characters of a residence permit number are digits, the last a digit or X</translation>
        </message>
        <message>
            <source>港澳台居民居住证号码应以810000（香港）、820000（澳门）或830000（台湾）开头</source>
            <translation>A residence permit number starts with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan)</translation>
        </message>
        <message>
            <source>港澳居民来往内地通行证号码应为H或M加8位数字（旧版为加10位数字）</source>
            <translation>A Mainland Travel Permit for Hong Kong and Macao Residents is H or M and 8 digits (10 digits on older permits)</translation>
        </message>
        <message>
            <source>台湾居民来往大陆通行证号码应为8位数字</source>
            <translation>A Mainland Travel Permit for Taiwan Residents has 8 digits</translation>
        </message>
        <message>
            <source>请输入通行证号码</source>
            <translation>Enter the travel permit number</translation>
        </message>
        <message>
            <source>请输入永久居留身份证号码</source>
            <translation>Enter the permanent residence ID card number</translation>
        </message>
        <message>
            <source>外国人永久居留身份证号码应为18位（以9开头，末位为数字或X），旧版为15位（3个字母加12位数字）</source>
            <translation>A Foreign Permanent Resident ID Card number has 18 characters (starting with 9, the last a digit or X); older cards have 15 (3 letters and 12 digits)</translation>
        </message>
        <message>
            <source>永久居留身份证号码校验位不正确，请核对号码</source>
            <translation>The permanent residence ID card number's check digit is wrong; check the number</translation>
        </message>
        <message>
            <source>问卷 {survey} 的题目 {question} 的 category“{category}”不是投诉参数文件 complaints.toml 中的投诉类别</source>
            <translation>Questionnaire {survey}, question {question}: category "{category}" is not a complaint category of the complaints file complaints.toml</translation>
        </message>
        <message>
            <source>走访参数文件 visits.toml 中规则 {rule} 的 survey“{survey}”没有对应的问卷</source>
            <translation>Visits settings file visits.toml, rule {rule}: there is no questionnaire "{survey}"</translation>
        </message>
        <message>
            <source>走访参数文件 visits.toml 中规则 {rule} 的 businesses“{business}”不是已有的业务</source>
            <translation>Visits settings file visits.toml, rule {rule}: businesses "{business}" is not a known business</translation>
        </message>
        <message>
            <source>{title} {name} 无法读取：{exc}</source>
            <translation>{title} {name} cannot be read: {exc}</translation>
        </message>
        <message>
            <source>{title} {name} 不是 UTF-8 编码</source>
            <translation>{title} {name} is not UTF-8</translation>
        </message>
        <message>
            <source>{title} {name} 格式有误：{exc}</source>
            <translation>{title} {name} is malformed: {exc}</translation>
        </message>
        <message>
            <source>{title} {name} 中{message}</source>
            <translation>{title} {name}: {message}</translation>
        </message>
        <message>
            <source>问卷文件夹 {folder} 中没有问卷（*.toml）</source>
            <translation>The questionnaire folder {folder} holds no questionnaire (*.toml)</translation>
        </message>
        <message>
            <source>问卷文件 {name} 中 code“{code}”与 {other} 重复</source>
            <translation>Questionnaire file {name}: code "{code}" is already used by {other}</translation>
        </message>
        <message>
            <source>请回答“{question}”</source>
            <translation>Please answer "{question}"</translation>
        </message>
        <message>
            <source>“{question}”的回答不能超过{max}字</source>
            <translation>The answer to "{question}" may be at most {max} characters</translation>
        </message>
        <message>
            <source>“{question}”应打1至5分</source>
            <translation>"{question}" takes a score from 1 to 5</translation>
        </message>
        <message>
            <source>“{question}”的回答应为：{items}</source>
            <translation>The answer to "{question}" must be one of: {items}</translation>
        </message>
        <message>
            <source>{name}的档位编号应为 {expected}，实为 {tier}</source>
            <translation>{name}: the tier number should be {expected}, not {tier}</translation>
        </message>
        <message>
            <source>{name}的电量下限应为非负整数：{lower_kwh}</source>
            <translation>{name}: the lower kWh limit must be a non-negative integer: {lower_kwh}</translation>
        </message>
        <message>
            <source>{name}的电量上限应为整数：{upper_kwh}</source>
            <translation>{name}: the upper kWh limit must be an integer: {upper_kwh}</translation>
        </message>
        <message>
            <source>{name}的电价应为小数（Decimal）：{price!r}</source>
            <translation>{name}: the price must be a decimal (Decimal): {price!r}</translation>
        </message>
        <message>
            <source>{name}的电价不能为负数：{price}</source>
            <translation>{name}: the price cannot be negative: {price}</translation>
        </message>
        <message>
            <source>最后一档（{name}）不应有电量上限，应为“及以上”</source>
            <translation>The last tier ({name}) has no upper limit ("and above")</translation>
        </message>
        <message>
            <source>只有最后一档可以没有电量上限，{name}缺少上限</source>
            <translation>Only the last tier may lack an upper limit; {name} has none</translation>
        </message>
        <message>
            <source>{name}的电量上限 {upper_kwh} 小于下限 {max}</source>
            <translation>{name}: the upper limit {upper_kwh} is below the lower limit {max}</translation>
        </message>
        <message>
            <source>第1档应从 0 千瓦时开始，实为 {lower_kwh}</source>
            <translation>Tier 1 must start at 0 kWh, not {lower_kwh}</translation>
        </message>
        <message>
            <source>{name}的电量下限应为 {expected}（第{index}档上限 {upper_kwh} 加 1），实为 {lower_kwh}</source>
            <translation>{name}: the lower limit should be {expected} (tier {index} upper limit {upper_kwh} plus 1), not {lower_kwh}</translation>
        </message>
        <message>
            <source>{name}的电价 {price} 低于第{index}档的 {price2}，阶梯电价应逐档不降</source>
            <translation>{name}: the price {price} is below tier {index}'s {price2}; tiered prices never decrease</translation>
        </message>
        <message>
            <source>用电量应为非负整数（千瓦时）：{consumption_kwh}</source>
            <translation>Consumption must be a non-negative integer (kWh): {consumption_kwh}</translation>
        </message>
        <message>
            <source>本年此前用电量应为非负整数（千瓦时）：{already_used_kwh}</source>
            <translation>Consumption earlier this year must be a non-negative integer (kWh): {already_used_kwh}</translation>
        </message>
        <message>
            <source>证件号码应为5至17位字母或数字</source>
            <translation>The ID number has 5 to 17 letters or digits</translation>
        </message>
        <message>
            <source>姓名长度应为2至30个字符</source>
            <translation>A name has 2 to 30 characters</translation>
        </message>
        <message>
            <source>姓名含有不允许的字符</source>
            <translation>The name contains characters that are not allowed</translation>
        </message>
        <message>
            <source>户号应为10至16位数字</source>
            <translation>An account no. has 10 to 16 digits</translation>
        </message>
        <message>
            <source>日期格式应为 年-月-日，例如 2026-12-01</source>
            <translation>Date format: year-month-day, e.g. 2026-12-01</translation>
        </message>
        <message>
            <source>证件号码应为4至30位字母、数字或汉字</source>
            <translation>The ID number has 4 to 30 letters, digits or Chinese characters</translation>
        </message>
        <message>
            <source>请填写{label}</source>
            <translation>Fill in {label}</translation>
        </message>
        <message>
            <source>{label}至少{min_length}个字</source>
            <translation>{label}: at least {min_length} characters</translation>
        </message>
        <message>
            <source>{label}不能超过{max_length}个字</source>
            <translation>{label}: at most {max_length} characters</translation>
        </message>
        <message>
            <source>{label}应为数字</source>
            <translation>{label} must be a number</translation>
        </message>
        <message>
            <source>{label}不能小于{minimum}{unit}</source>
            <translation>{label} cannot be below {minimum}{unit}</translation>
        </message>
        <message>
            <source>{label}不能大于{maximum}{unit}</source>
            <translation>{label} cannot be above {maximum}{unit}</translation>
        </message>
        <message>
            <source>户号 {account_no} 不存在，请核对客户的电费单或缴费卡</source>
            <translation>Account no. {account_no} does not exist; check the customer's bill or payment card</translation>
        </message>
        <message>
            <source>{month}月{day}日 {time}</source>
            <translation>{month:02d}-{day:02d} {time}</translation>
        </message>
        <message>
            <source>{year}年{date}</source>
            <translation>{year}-{date}</translation>
        </message>
        <message>
            <source>{start} 起</source>
            <translation>from {start}</translation>
        </message>
        <message>
            <source>{start} 起，至恢复供电为止</source>
            <translation>from {start} until power is restored</translation>
        </message>
        <message>
            <source>{start} 至 {end}</source>
            <translation>{start} to {end}</translation>
        </message>
        <message>
            <source>请选择公告类别</source>
            <translation>Choose the kind of notice</translation>
        </message>
        <message>
            <source>请填写标题</source>
            <translation>Enter a title</translation>
        </message>
        <message>
            <source>请填写停电范围（街道、村、小区或台区，用顿号或逗号分隔）</source>
            <translation>Enter the outage area (streets, villages, estates or transformer areas, separated by commas)</translation>
        </message>
        <message>
            <source>计划停电须填写预计送电时间</source>
            <translation>A planned outage needs an expected restoration time</translation>
        </message>
        <message>
            <source>结束时间应晚于开始时间</source>
            <translation>The end time must be after the start time</translation>
        </message>
        <message>
            <source>结束时间已过，无需再发布公告</source>
            <translation>The end time has passed; there is no need to publish</translation>
        </message>
        <message>
            <source>公告已撤回，不能再修改</source>
            <translation>The notice was withdrawn and can no longer be changed</translation>
        </message>
        <message>
            <source>公告已经撤回</source>
            <translation>The notice is already withdrawn</translation>
        </message>
        <message>
            <source>公告已撤回，不能打印</source>
            <translation>The notice was withdrawn and cannot be printed</translation>
        </message>
        <message>
            <source>找不到受理编号 {application_no}</source>
            <translation>Application no. {application_no} not found</translation>
        </message>
        <message>
            <source>未知的业务：{business_code}</source>
            <translation>Unknown business: {business_code}</translation>
        </message>
        <message>
            <source>以下必备资料未收齐：{documents}</source>
            <translation>Required documents not received: {documents}</translation>
        </message>
        <message>
            <source>该客户在同一地址已有一笔未办结的同类申请 {application_no}。如确需再次受理，请填写原因（例如原申请资料有误需重新提交）</source>
            <translation>This customer already has an open application of this kind at this address: {application_no}. To accept another one, give the reason (e.g. the first was filed with wrong documents)</translation>
        </message>
        <message>
            <source>证件号码 {cert_no} 已登记在“{stored}”名下，本次填写的是“{typed}”。如果是输入错误，请按证件改正姓名；如果客户已经改名，请先办理“更名”业务（带户口簿或改名证明），再办理本业务</source>
            <translation>Certificate {cert_no} is on file under "{stored}"; the name typed now is "{typed}". If it is a typing error, correct the name from the certificate; if the customer has changed their name, do a Name change first (with the household register or proof of the new name), then this business</translation>
        </message>
        <message>
            <source>证件号码与户号 {account_no} 的户主不一致：变更业务须由户主本人办理，或由代理人持户主证件和授权委托书办理</source>
            <translation>The ID number does not match the holder of account {account_no}: changes must be made by the holder in person, or by an agent with the holder's ID and a power of attorney</translation>
        </message>
        <message>
            <source>营业厅尚未设置</source>
            <translation>The service hall is not set up yet</translation>
        </message>
        <message>
            <source>用户名应为2至40位英文字母、数字或 _ . -</source>
            <translation>A user name has 2 to 40 letters, digits or _ . -</translation>
        </message>
        <message>
            <source>请填写姓名</source>
            <translation>Fill in the name</translation>
        </message>
        <message>
            <source>工号应为1至20位字母或数字</source>
            <translation>A staff no. has 1 to 20 letters or digits</translation>
        </message>
        <message>
            <source>角色不正确</source>
            <translation>Invalid role</translation>
        </message>
        <message>
            <source>密码至少{min_password_length}位</source>
            <translation>The password has at least {min_password_length} characters</translation>
        </message>
        <message>
            <source>营业厅编码应为4至20位字母或数字</source>
            <translation>A hall code has 4 to 20 letters or digits</translation>
        </message>
        <message>
            <source>请填写营业厅名称</source>
            <translation>Fill in the service hall name</translation>
        </message>
        <message>
            <source>营业厅已经设置过，不能重复设置</source>
            <translation>The service hall is already set up</translation>
        </message>
        <message>
            <source>用户名“{username}”已存在</source>
            <translation>User name "{username}" already exists</translation>
        </message>
        <message>
            <source>密码连续输错{max_failed_logins}次，账户已锁定，请{minutes}分钟后再试</source>
            <translation>Wrong password {max_failed_logins} times: the account is locked, try again in {minutes} minutes</translation>
        </message>
        <message>
            <source>该账户已停用，请联系管理员</source>
            <translation>This account is disabled; contact the administrator</translation>
        </message>
        <message>
            <source>密码连续输错{max_failed_logins}次，账户已锁定{lockout_minutes}分钟</source>
            <translation>Wrong password {max_failed_logins} times: the account is locked for {lockout_minutes} minutes</translation>
        </message>
        <message>
            <source>找不到该用户</source>
            <translation>User not found</translation>
        </message>
        <message>
            <source>不能停用自己的账户</source>
            <translation>You cannot disable your own account</translation>
        </message>
        <message>
            <source>只有管理员可以重置他人的密码</source>
            <translation>Only an administrator can reset another user's password</translation>
        </message>
        <message>
            <source>需要值班长或管理员授权</source>
            <translation>A supervisor or administrator must authorise this</translation>
        </message>
        <message>
            <source>“{action}”须由登录的用户操作</source>
            <translation>"{action}" needs a signed-in user</translation>
        </message>
        <message>
            <source>登录的账户已不存在，请重新登录；本次操作未执行</source>
            <translation>The signed-in account no longer exists; sign in again. Nothing was done</translation>
        </message>
        <message>
            <source>账户 {username} 已被停用，本次操作未执行</source>
            <translation>Account {username} has been disabled; nothing was done</translation>
        </message>
        <message>
            <source>账户 {username} 已被锁定（密码连续输错），请稍后重新登录；本次操作未执行</source>
            <translation>Account {username} is locked (too many wrong passwords); sign in again later. Nothing was done</translation>
        </message>
        <message>
            <source>“{action}”须由{roles}操作，{username}是{role}</source>
            <translation>"{action}" is for {roles}; {username} is {role}</translation>
        </message>
        <message>
            <source>“{action}”须由收据经办人以外的值班长或管理员授权</source>
            <translation>"{action}" must be authorised by a supervisor or administrator other than the receipt's clerk</translation>
        </message>
        <message>
            <source>{name} 不是柜台助手的数据库备份（{why}），不能用于恢复。</source>
            <translation>{name} is not a Counter Assistant database backup ({why}); it cannot be restored.</translation>
        </message>
        <message>
            <source>找不到备份文件 {file}</source>
            <translation>Backup file {file} not found</translation>
        </message>
        <message>
            <source>无法读取备份文件 {file}（{os_reason}）</source>
            <translation>Cannot read backup file {file} ({os_reason})</translation>
        </message>
        <message>
            <source>备份文件 {name} 已损坏，无法读取（{exc}）。请换一份备份（例如更早的一份）。</source>
            <translation>Backup file {name} is damaged and cannot be read ({exc}). Use another backup (e.g. an older one).</translation>
        </message>
        <message>
            <source>无法复制备份文件 {file}（{os_reason}）</source>
            <translation>Cannot copy backup file {file} ({os_reason})</translation>
        </message>
        <message>
            <source>备份文件 {name} 已损坏（完整性检查：{result}），不能用于恢复。请换一份备份（例如更早的一份）。</source>
            <translation>Backup file {name} is damaged (integrity check: {result}); it cannot be restored. Use another backup (e.g. an older one).</translation>
        </message>
        <message>
            <source>备份 {name} 的数据库版本（{revision}）比本程序新，不能用本程序恢复。请先安装最新版本的柜台助手。</source>
            <translation>Backup {name} has a newer database version ({revision}) than this program; install the latest Counter Assistant first.</translation>
        </message>
        <message>
            <source>备份 {name} 中还没有营业厅数据（是首次设置之前的备份），不能用于恢复。</source>
            <translation>Backup {name} has no service hall data yet (made before the first setup); it cannot be restored.</translation>
        </message>
        <message>
            <source>数据库在数据库服务器上（不是本机文件），请用服务器的备份方式（如 pg_dump）备份和恢复。</source>
            <translation>The database is on a database server (not a local file); back it up and restore it with the server's tools (e.g. pg_dump).</translation>
        </message>
        <message>
            <source>尚未设置备份文件夹：请在“设置”中选择备份文件夹（例如U盘）。</source>
            <translation>No backup folder set: choose one in Settings (e.g. a USB drive).</translation>
        </message>
        <message>
            <source>备份文件夹“{text}”应为完整路径（例如 E:\柜台备份）。</source>
            <translation>The backup folder "{text}" must be a full path (e.g. E:\Backups).</translation>
        </message>
        <message>
            <source>备份文件夹 {folder} 不存在。如果备份到U盘，请插好U盘后再试；否则请先建好这个文件夹，或在“设置”中另选备份文件夹。</source>
            <translation>Backup folder {folder} does not exist. If you back up to a USB drive, plug it in and try again; otherwise create the folder or choose another in Settings.</translation>
        </message>
        <message>
            <source>备份位置 {folder} 不是文件夹，请在“设置”中另选备份文件夹。</source>
            <translation>Backup location {folder} is not a folder; choose another backup folder in Settings.</translation>
        </message>
        <message>
            <source>无法写入备份文件夹 {folder}（没有写入权限，或U盘处于写保护）。请检查U盘的写保护开关，或在“设置”中另选备份文件夹。</source>
            <translation>Cannot write to backup folder {folder} (no permission, or the USB drive is write-protected). Check the write-protect switch or choose another folder in Settings.</translation>
        </message>
        <message>
            <source>备份已取消，没有留下备份文件，也没有记录。</source>
            <translation>Backup cancelled: no backup file was left and nothing was recorded.</translation>
        </message>
        <message>
            <source>备份保留份数至少为1</source>
            <translation>Keep at least 1 backup</translation>
        </message>
        <message>
            <source>备份未完成：无法写入 {folder}（{os_reason}）。请检查U盘是否插好、是否写保护、空间是否足够，然后再试。</source>
            <translation>Backup not done: cannot write to {folder} ({os_reason}). Check the USB drive is plugged in, not write-protected and has room, then try again.</translation>
        </message>
        <message>
            <source>备份未完成：写到 {folder} 的副本校验不通过（{exc}）。U盘可能有坏块，请换一个U盘或文件夹再试。</source>
            <translation>Backup not done: the copy written to {folder} failed verification ({exc}). The USB drive may have bad blocks; try another drive or folder.</translation>
        </message>
        <message>
            <source>备份未完成：{problem}。请检查U盘是否插好、空间是否足够，然后再试。</source>
            <translation>Backup not done: {problem}. Check the USB drive is plugged in and has room, then try again.</translation>
        </message>
        <message>
            <source>备份文件夹空间不足</source>
            <translation>the backup folder is full</translation>
        </message>
        <message>
            <source>写入 {folder} 时出错（{exc}）</source>
            <translation>error writing to {folder} ({exc})</translation>
        </message>
        <message>
            <source>柜台助手正在使用这个数据库。请先在所有电脑上退出柜台助手（包括锁屏状态的），再恢复备份。</source>
            <translation>Counter Assistant is using this database. Quit it on every PC (including locked screens) before restoring.</translation>
        </message>
        <message>
            <source>数据库无法打开，无法核对管理员身份：请按使用手册在命令行用 counter-app restore 恢复</source>
            <translation>The database cannot be opened, so the administrator cannot be checked: restore with counter-app restore on the command line, as the manual says</translation>
        </message>
        <message>
            <source>备份文件就是当前数据库本身，不能用它恢复。</source>
            <translation>The backup file is the current database itself; it cannot be restored from.</translation>
        </message>
        <message>
            <source>无法保存当前数据库的副本（{os_reason}），没有恢复。请先腾出磁盘空间再试。</source>
            <translation>Cannot save a copy of the current database ({os_reason}); nothing restored. Free some disk space and try again.</translation>
        </message>
        <message>
            <source>总部报送批次属于营业厅 {other}，备份属于营业厅 {hall}，不能一起用于恢复。</source>
            <translation>The HQ batch belongs to hall {other} and the backup to hall {hall}: they cannot be used together for a restore.</translation>
        </message>
        <message>
            <source>备份 {name} 是营业厅 {other}（{other_name}）的，当前数据库属于营业厅 {hall}，不能用它恢复。请选择本营业厅的备份。</source>
            <translation>Backup {name} belongs to hall {other} ({other_name}); the current database belongs to hall {hall}. It cannot be restored here: choose a backup of this hall.</translation>
        </message>
        <message>
            <source>备份无法升级到本程序的数据库版本（{exc}），没有恢复。</source>
            <translation>The backup could not be upgraded to this program's database version ({exc}); nothing was restored.</translation>
        </message>
        <message>
            <source>日期“{text}”不是有效日期</source>
            <translation>Date "{text}" is not a valid date</translation>
        </message>
        <message>
            <source>日期 {day} 不在 {first} 至 {last} 年之内</source>
            <translation>Date {day} is not within {first} to {last}</translation>
        </message>
        <message>
            <source>类型“{kind}”应为 节假日 或 调休上班</source>
            <translation>Type "{kind}" must be the holiday or the make-up working day keyword</translation>
        </message>
        <message>
            <source>日期 {day} 重复</source>
            <translation>Date {day} appears twice</translation>
        </message>
        <message>
            <source>文件中没有日期</source>
            <translation>The file has no dates</translation>
        </message>
        <message>
            <source>{year}年列了{listed}天，一年的节假日和调休上班日不会超过{limit}天：文件只应列出例外的日子</source>
            <translation>{year} lists {listed} days; a year never has more than {limit} holidays and make-up working days: the file should list only the exceptions</translation>
        </message>
        <message>
            <source>{years}还没有总部下发的工作日历：这些年份的到期日已扣除法定节假日（元旦、春节、清明、劳动节、端午、中秋、国庆），但调休安排（连休和周末补班）要等总部的日历文件才知道，到期日可能相差几天。请在“系统管理”导入总部下发的工作日历文件。</source>
            <translation>No working calendar from HQ yet for {years}: due dates in these years leave out the public holidays (New Year, Spring Festival, Qingming, Labour Day, Dragon Boat, Mid-Autumn, National Day), but the swapped working days are only known from HQ's calendar file, so due dates may be a few days off. Import the working calendar file from HQ in System administration.</translation>
        </message>
        <message>
            <source>{year}年</source>
            <translation>{year}</translation>
        </message>
        <message>
            <source>找不到投诉编号 {complaint_no}</source>
            <translation>Complaint no. {complaint_no} not found</translation>
        </message>
        <message>
            <source>联系电话应为手机号码或固定电话号码</source>
            <translation>The contact phone must be a mobile or landline number</translation>
        </message>
        <message>
            <source>受理渠道应为：{items}</source>
            <translation>The channel must be one of: {items}</translation>
        </message>
        <message>
            <source>投诉类别应为：{items}</source>
            <translation>The category must be one of: {items}</translation>
        </message>
        <message>
            <source>请填写投诉内容（客户反映的问题）</source>
            <translation>Fill in the complaint (what the customer reports)</translation>
        </message>
        <message>
            <source>投诉内容不能超过{max}字</source>
            <translation>The complaint has at most {max} characters</translation>
        </message>
        <message>
            <source>客户诉求不能超过{max}字</source>
            <translation>The customer's request has at most {max} characters</translation>
        </message>
        <message>
            <source>联系人姓名过长</source>
            <translation>The contact name is too long</translation>
        </message>
        <message>
            <source>户号应为数字（不超过20位）</source>
            <translation>The account no. must be digits (at most 20)</translation>
        </message>
        <message>
            <source>找不到当前用户</source>
            <translation>Current user not found</translation>
        </message>
        <message>
            <source>找不到该客户</source>
            <translation>Customer not found</translation>
        </message>
        <message>
            <source>请填写{what}</source>
            <translation>Fill in {what}</translation>
        </message>
        <message>
            <source>{what}不能超过{max}字</source>
            <translation>{what}: at most {max} characters</translation>
        </message>
        <message>
            <source>只能指派给本营业厅在用的人员</source>
            <translation>Assign only to active staff of this service hall</translation>
        </message>
        <message>
            <source>{complaint_no} 已指派给 {who}</source>
            <translation>{complaint_no} is already assigned to {who}</translation>
        </message>
        <message>
            <source>回访结果应为：{items}</source>
            <translation>The follow-up result must be one of: {items}</translation>
        </message>
        <message>
            <source>找不到该来访记录</source>
            <translation>Visit not found</translation>
        </message>
        <message>
            <source>来访 {visit_no} {when}（{name}），不能再操作</source>
            <translation>Visit {visit_no} {when} ({name}); no further action possible</translation>
        </message>
        <message>
            <source>未知的业务种类：{kind}</source>
            <translation>Unknown business kind: {kind}</translation>
        </message>
        <message>
            <source>业务编号不能超过{max}个字符</source>
            <translation>A business no. has at most {max} characters</translation>
        </message>
        <message>
            <source>请提供{kind}的编号</source>
            <translation>Give the number of the {kind}</translation>
        </message>
        <message>
            <source>找不到暂存的业务 {ref}</source>
            <translation>Held business {ref} not found</translation>
        </message>
        <message>
            <source>找不到受理编号 {ref}</source>
            <translation>Application no. {ref} not found</translation>
        </message>
        <message>
            <source>找不到收据号 {ref}</source>
            <translation>Receipt no. {ref} not found</translation>
        </message>
        <message>
            <source>来访结果不正确：{outcome}</source>
            <translation>Invalid visit outcome: {outcome}</translation>
        </message>
        <message>
            <source>找不到客户（编号 {customer_id}）</source>
            <translation>Customer not found (no. {customer_id})</translation>
        </message>
        <message>
            <source>统计周期不正确：{kind}</source>
            <translation>Invalid statistics period: {kind}</translation>
        </message>
        <message>
            <source>统计周期的结束日期早于开始日期</source>
            <translation>The period's end date is before its start date</translation>
        </message>
        <message>
            <source>统计周期最长{MAX_DAYS}天</source>
            <translation>A period is at most {MAX_DAYS} days</translation>
        </message>
        <message>
            <source>磁盘已满，本笔未收费：请清理磁盘或联系管理员</source>
            <translation>The disk is full; nothing was charged. Free some disk space or call the administrator</translation>
        </message>
        <message>
            <source>草稿不存在或已经提交</source>
            <translation>The draft does not exist or was already submitted</translation>
        </message>
        <message>
            <source>第{row}行：{reason}</source>
            <translation>Row {row}: {reason}</translation>
        </message>
        <message>
            <source>
……另有{count}处问题</source>
            <translation>
…and {count} more problems</translation>
        </message>
        <message>
            <source>文件 {file} 未导入，请修正以下问题后重新导入：
{problems}{more}</source>
            <translation>File {file} was not imported; fix these problems and import it again:
{problems}{more}</translation>
        </message>
        <message>
            <source>问卷“{survey}”没有这些题目：{items}</source>
            <translation>Questionnaire "{survey}" has no such questions: {items}</translation>
        </message>
        <message>
            <source>走访方式应为：{items}</source>
            <translation>The visit method must be one of: {items}</translation>
        </message>
        <message>
            <source>走访情况说明不能超过{max}字</source>
            <translation>The visit notes may be at most {max} characters</translation>
        </message>
        <message>
            <source>走访时间不能晚于现在</source>
            <translation>The visit time cannot be later than now</translation>
        </message>
        <message>
            <source>未联系上客户的走访不能有问卷回答</source>
            <translation>A visit that did not reach the customer cannot have answers</translation>
        </message>
        <message>
            <source>请说明未联系上的情况（如无人在家、电话无人接听）</source>
            <translation>Please say why the customer was not reached (nobody at home, no answer on the phone…)</translation>
        </message>
        <message>
            <source>找不到该走访对象</source>
            <translation>Customer of the visit plan not found</translation>
        </message>
        <message>
            <source>走访计划 {plan_no} 已结束，不能再登记走访</source>
            <translation>Visit plan {plan_no} has ended: no more visits can be recorded</translation>
        </message>
        <message>
            <source>该客户在走访计划 {plan_no} 中已走访</source>
            <translation>This customer has already been visited in visit plan {plan_no}</translation>
        </message>
        <message>
            <source>走访时间不能早于计划制定的日期</source>
            <translation>The visit time cannot be before the day the plan was made</translation>
        </message>
        <message>
            <source>选取规则应为：{items}</source>
            <translation>The selection rule must be one of: {items}</translation>
        </message>
        <message>
            <source>走访人员只能是本营业厅在用的人员</source>
            <translation>Visitors must be active staff of this hall</translation>
        </message>
        <message>
            <source>计划名称不能超过{max}字</source>
            <translation>The plan name may be at most {max} characters</translation>
        </message>
        <message>
            <source>走访期间的结束日不能早于开始日</source>
            <translation>The visit period cannot end before it starts</translation>
        </message>
        <message>
            <source>完成期限不能早于走访期间的开始日或今天</source>
            <translation>The due date cannot be before the start of the visit period or today</translation>
        </message>
        <message>
            <source>请按规则选取客户，或填写要走访的户号</source>
            <translation>Choose customers by a rule, or enter the account numbers to visit</translation>
        </message>
        <message>
            <source>规则“{rule}”现在没有选出客户（已在进行中的同一问卷计划里的客户不再选）</source>
            <translation>Rule "{rule}" picks no customer now (customers already in an open plan with the same questionnaire are not picked again)</translation>
        </message>
        <message>
            <source>一个计划最多{max}户</source>
            <translation>A plan may hold at most {max} customers</translation>
        </message>
        <message>
            <source>请填写要走访的户号</source>
            <translation>Please enter the account numbers to visit</translation>
        </message>
        <message>
            <source>户号 {account_no} 不存在</source>
            <translation>Account {account_no} does not exist</translation>
        </message>
        <message>
            <source>户号 {account_no} 的客户已在进行中的“{survey}”走访计划里</source>
            <translation>The customer of account {account_no} is already in an open "{survey}" visit plan</translation>
        </message>
        <message>
            <source>走访计划 {plan_no} 已结束</source>
            <translation>Visit plan {plan_no} has ended</translation>
        </message>
        <message>
            <source>走访计划 {plan_no} 还有{n}户未走访，不能结束</source>
            <translation>Visit plan {plan_no} still has {n} customers not visited: it cannot be ended</translation>
        </message>
        <message>
            <source>尚未设置营业厅：请先完成首次设置（counter-app init 或图形界面的设置向导），再导入欠费清单</source>
            <translation>No service hall yet: finish the first setup (counter-app init or the setup wizard) before importing arrears</translation>
        </message>
        <message>
            <source>文件中没有欠费记录</source>
            <translation>The file has no arrears records</translation>
        </message>
        <message>
            <source>{label} {rate} 不在 1 至 3 之间（电力供应与使用条例第三十九条：合同约定的违约金日费率为千分之一至千分之三）；按默认费率收取请留空</source>
            <translation>{label} {rate} is not between 1 and 3 (Regulations on Electricity Supply and Use, art. 39: a contract's daily late-fee rate is 1‰ to 3‰); leave it empty for the default rates</translation>
        </message>
        <message>
            <source>应收年月“{text}”不是有效的年月（应为 yyyymm，如 202503）</source>
            <translation>Bill month "{text}" is not valid (use yyyymm, e.g. 202503)</translation>
        </message>
        <message>
            <source>应收年月 {text} 不在 {first} 至 {last} 之间，不像是真实的账期：请向总部核实</source>
            <translation>Bill month {text} is not between {first} and {last}, which no real bill month is: please check with HQ</translation>
        </message>
        <message>
            <source>缴费截止日期 {day} 早于 {first}，不像是真实的截止日期（会算出巨额违约金）：请向总部核实</source>
            <translation>Due date {day} is before {first}, which no real due date is (it would give a huge late fee): please check with HQ</translation>
        </message>
        <message>
            <source>缴费截止日期 {day} 晚于一年以后（{last}），不像是真实的截止日期：请向总部核实</source>
            <translation>Due date {day} is more than a year ahead (after {last}), which no real due date is: please check with HQ</translation>
        </message>
        <message>
            <source>{label} {amount} 超过单月上限 {limit} 元：请向总部核实</source>
            <translation>{label} {amount} is over the limit of {limit} yuan for one bill month: please check with HQ</translation>
        </message>
        <message>
            <source>用户类别“{category}”应为 居民 或 非居民</source>
            <translation>Customer category "{category}" must be residential or non-residential (as written in Chinese in the file)</translation>
        </message>
        <message>
            <source>{label}为空</source>
            <translation>{label} is empty</translation>
        </message>
        <message>
            <source>{label}过长（最多{limit}个字）</source>
            <translation>{label} is too long (at most {limit} characters)</translation>
        </message>
        <message>
            <source>{label}“{value}”不是数字</source>
            <translation>{label} "{value}" is not a number</translation>
        </message>
        <message>
            <source>{label}“{value}”超过{places}位小数</source>
            <translation>{label} "{value}" has more than {places} decimals</translation>
        </message>
        <message>
            <source>{label}“{text}”不是数字</source>
            <translation>{label} "{text}" is not a number</translation>
        </message>
        <message>
            <source>{label}“{shown}”不是数字</source>
            <translation>{label} "{shown}" is not a number</translation>
        </message>
        <message>
            <source>{label}不能为负数：{shown}</source>
            <translation>{label} cannot be negative: {shown}</translation>
        </message>
        <message>
            <source>{label}过大：{shown}</source>
            <translation>{label} is too large: {shown}</translation>
        </message>
        <message>
            <source>{label}“{shown}”超过{places}位小数</source>
            <translation>{label} "{shown}" has more than {places} decimals</translation>
        </message>
        <message>
            <source>{label}“{text}”不是有效日期（应为日期单元格或 yyyy-mm-dd）</source>
            <translation>{label} "{text}" is not a valid date (use a date cell or yyyy-mm-dd)</translation>
        </message>
        <message>
            <source>{label}“{value}”不是整数</source>
            <translation>{label} "{value}" is not an integer</translation>
        </message>
        <message>
            <source>{label}“{text}”不是非负整数</source>
            <translation>{label} "{text}" is not a non-negative integer</translation>
        </message>
        <message>
            <source>{label}不能为负数：{number}</source>
            <translation>{label} cannot be negative: {number}</translation>
        </message>
        <message>
            <source>{label}过大：{number}</source>
            <translation>{label} is too large: {number}</translation>
        </message>
        <message>
            <source>户号 {shown} 是数字单元格，不是文本：数字会丢掉开头的 0（如 010000000001 会变成 10000000001），无法确定原来的户号。请总部把户号列设为“文本”格式后重新导出清单</source>
            <translation>Account number {shown} is a number cell, not text: a number loses its leading 0 (010000000001 becomes 10000000001), so the account meant cannot be told. Ask HQ to format the account number column as Text and export the list again</translation>
        </message>
        <message>
            <source>户号“{text}”应为10至16位数字</source>
            <translation>Account no. "{text}" must have 10 to 16 digits</translation>
        </message>
        <message>
            <source>计费方式“{shown}”应为 {methods}</source>
            <translation>Charging method "{shown}" must be {methods}</translation>
        </message>
        <message>
            <source>{prefix}表头应为：{headers}</source>
            <translation>{prefix}The header row should be: {headers}</translation>
        </message>
        <message>
            <source>{prefix}{name}的档位应从 1 起连续编号：此处应为第{expected}档</source>
            <translation>{prefix}{name}: tiers are numbered from 1 without gaps; this should be tier {expected}</translation>
        </message>
        <message>
            <source>{prefix}{name}第{tier}档的年用电量上限 {upper_kwh} 小于下限</source>
            <translation>{prefix}{name} tier {tier}: the yearly upper limit {upper_kwh} is below the lower limit</translation>
        </message>
        <message>
            <source>{prefix}{name}最后一档（第{tier}档）的年用电量上限应为空（及以上）</source>
            <translation>{prefix}{name}: the last tier (tier {tier}) has no upper limit ("and above")</translation>
        </message>
        <message>
            <source>{prefix}{name}第{tier}档缺少年用电量上限：只有最后一档可以为空</source>
            <translation>{prefix}{name} tier {tier} lacks an upper limit; only the last tier may</translation>
        </message>
        <message>
            <source>{prefix}{name}第1档的年用电量下限应为 0 或 1，实为 {lower_kwh}</source>
            <translation>{prefix}{name}: tier 1 must start at 0 or 1, not {lower_kwh}</translation>
        </message>
        <message>
            <source>{prefix}{name}第{tier}档的年用电量下限应为 {expected}（上一档上限 {upper_kwh} 加 1），实为 {lower_kwh}，档位不连续</source>
            <translation>{prefix}{name} tier {tier}: the lower limit should be {expected} (previous upper limit {upper_kwh} plus 1), not {lower_kwh}; the tiers have a gap</translation>
        </message>
        <message>
            <source>{prefix}{name}：{reason}</source>
            <translation>{prefix}{name}: {reason}</translation>
        </message>
        <message>
            <source>文件中没有收费项目或阶梯电价</source>
            <translation>The file has no fee items or tiered prices</translation>
        </message>
        <message>
            <source>{label}含有不可见的控制字符，请删除后重新输入</source>
            <translation>{label} contains invisible control characters; delete them and type it again</translation>
        </message>
        <message>
            <source>{label}最多{limit}个字，现为{count}个字</source>
            <translation>{label} takes at most {limit} characters; it has {count}</translation>
        </message>
        <message>
            <source>锚点“{text}”的格式不对：应为 审计记录号:哈希前缀（至少8位十六进制），如日结报表末尾所印的 1234:0123456789abcdef</source>
            <translation>Anchor "{text}" is not right: it is the audit entry number and the start of its hash (at least 8 hex digits), as printed at the end of a settlement report, e.g. 1234:0123456789abcdef</translation>
        </message>
        <message>
            <source>{what}不正确</source>
            <translation>{what} is not valid</translation>
        </message>
        <message>
            <source>{what}超过单笔上限 {ceiling:,.2f} 元，请核对金额</source>
            <translation>{what} is above the limit of {ceiling:,.2f} yuan for one payment; check the amount</translation>
        </message>
        <message>
            <source>{what}最多两位小数（到分）</source>
            <translation>{what}: at most two decimals (fen)</translation>
        </message>
        <message>
            <source>收费项目 {code} 不存在或已失效</source>
            <translation>Fee item {code} does not exist or is no longer valid</translation>
        </message>
        <message>
            <source>{name}的数量不正确</source>
            <translation>{name}: invalid quantity</translation>
        </message>
        <message>
            <source>{name}的数量应大于0</source>
            <translation>The quantity of {name} must be above 0</translation>
        </message>
        <message>
            <source>{name}的数量不正确：最多两位小数，且不超过一百万</source>
            <translation>{name}: invalid quantity (at most two decimals and at most one million)</translation>
        </message>
        <message>
            <source>{name}金额超过单笔上限 {ceiling:,.2f} 元，请核对数量</source>
            <translation>{name}: the amount is above the limit of {ceiling:,.2f} yuan for one payment; check the quantity</translation>
        </message>
        <message>
            <source>{price}元（{basis}）</source>
            <translation>¥{price} ({basis})</translation>
        </message>
        <message>
            <source>{quantity}{unit}×{price}元（{basis}）</source>
            <translation>{quantity} {unit} × ¥{price} ({basis})</translation>
        </message>
        <message>
            <source>请选择支付方式</source>
            <translation>Choose a payment method</translation>
        </message>
        <message>
            <source>户号 {account_no} 已销户，不能预存</source>
            <translation>Account {account_no} is closed; no prepayment possible</translation>
        </message>
        <message>
            <source>缴纳电费金额 {amount:,.2f} 元超过该户应缴电费 {owed:,.2f} 元；如需预存，请把多出的金额填在“预存金额”</source>
            <translation>The electricity amount ¥{amount:,.2f} is more than the account owes (¥{owed:,.2f}); to prepay, enter the extra money under "Prepayment"</translation>
        </message>
        <message>
            <source>没有需要收取的项目</source>
            <translation>Nothing to collect</translation>
        </message>
        <message>
            <source>本笔合计 {total:,.2f} 元超过单笔上限 {ceiling:,.2f} 元，请核对金额</source>
            <translation>The total of {total:,.2f} yuan is above the limit of {ceiling:,.2f} yuan for one payment; check the amounts</translation>
        </message>
        <message>
            <source>实收金额不足：应收 {total:,.2f} 元</source>
            <translation>Not enough received: {total:,.2f} yuan due</translation>
        </message>
        <message>
            <source>{method}须填写交易参考号</source>
            <translation>{method} needs a transaction reference</translation>
        </message>
        <message>
            <source>有 {unapplied:.2f} 元不足以再缴一部分电费，未收取</source>
            <translation>{unapplied:.2f} yuan is not enough for another part of the bill and was not collected</translation>
        </message>
        <message>
            <source>今日已日结，不能再收费。如需收费请联系值班长</source>
            <translation>Day-end settlement is done for today; no more payments. Ask the supervisor if needed</translation>
        </message>
        <message>
            <source>计入次日日结须由另一位值班长授权</source>
            <translation>Counting a payment in the next day's settlement must be approved by another supervisor</translation>
        </message>
        <message>
            <source>{day} 也已日结，不能计入</source>
            <translation>{day} is also settled; the payment cannot be counted in it</translation>
        </message>
        <message>
            <source>户号 {account_no} 的欠费在显示后已有变化（其他柜台已收费或总部清单已更新），本笔未收费。屏幕已刷新，请与客户核对新的应缴金额后重新收费</source>
            <translation>The arrears of account {account_no} changed after they were shown (paid at another counter, or HQ's list updated); nothing was charged. The screen has been refreshed: check the new amount with the customer and take the payment again</translation>
        </message>
        <message>
            <source>其中 {amount:,.2f} 元将存为预存电费，须先与客户确认；本笔未收费</source>
            <translation>{amount:,.2f} yuan of it would be kept as prepayment, which the customer must confirm first; nothing was charged</translation>
        </message>
        <message>
            <source>导入已取消：事务已撤销，没有写入任何数据。</source>
            <translation>Import cancelled: the transaction was rolled back and nothing was written.</translation>
        </message>
        <message>
            <source>没有业务类别“{category}”（可选：{known}）</source>
            <translation>No queue category "{category}" (choices: {known})</translation>
        </message>
        <message>
            <source>请先设置本柜台办理的业务类别</source>
            <translation>First set the categories this counter handles</translation>
        </message>
        <message>
            <source>{counter}号柜台还有未结束的来访 {open_no}，请先结束该来访</source>
            <translation>Counter {counter} still has open visit {open_no}; end it first</translation>
        </message>
        <message>
            <source>今天没有号票 {ticket_no}</source>
            <translation>No ticket {ticket_no} today</translation>
        </message>
        <message>
            <source>号票 {ticket_no} 当前为“{name}”，不能重呼</source>
            <translation>Ticket {ticket_no} is "{name}"; it cannot be called again</translation>
        </message>
        <message>
            <source>无号来访（客户已在柜台）不能标记为过号</source>
            <translation>A walk-in visit (customer already at the counter) cannot be marked no-show</translation>
        </message>
        <message>
            <source>该来访已办理业务，不能标记为过号，请结束来访</source>
            <translation>This visit already handled business; end the visit instead of marking no-show</translation>
        </message>
        <message>
            <source>该来访已属于“{category_name}”，无需转办</source>
            <translation>The visit already belongs to "{category_name}"; no transfer needed</translation>
        </message>
        <message>
            <source>评价应为1至5分</source>
            <translation>A rating is 1 to 5</translation>
        </message>
        <message>
            <source>找不到收据 {receipt_no}</source>
            <translation>Receipt {receipt_no} not found</translation>
        </message>
        <message>
            <source>补打收据须填写原因</source>
            <translation>A reprint needs a reason</translation>
        </message>
        <message>
            <source>作废须填写原因</source>
            <translation>Voiding needs a reason</translation>
        </message>
        <message>
            <source>收据 {receipt_no} 已经作废</source>
            <translation>Receipt {receipt_no} is already void</translation>
        </message>
        <message>
            <source>只能作废当天的收据；以前的收据请走退费流程</source>
            <translation>Only today's receipts can be voided; for older ones use a refund</translation>
        </message>
        <message>
            <source>该收据所在的营业日已经日结，不能作废</source>
            <translation>The business day of this receipt is settled; it cannot be voided</translation>
        </message>
        <message>
            <source>该笔预存已被使用，不能作废</source>
            <translation>This prepayment has been used; it cannot be voided</translation>
        </message>
        <message>
            <source>该收据未作废</source>
            <translation>This receipt is not void</translation>
        </message>
        <message>
            <source>停电日期不能晚于今天</source>
            <translation>The disconnection date cannot be after today</translation>
        </message>
        <message>
            <source>户号 {account_no} 已销户</source>
            <translation>Account {account_no} is closed</translation>
        </message>
        <message>
            <source>户号 {account_no} 已登记欠费停电（{number}），尚未复电</source>
            <translation>Account {account_no} is already recorded as disconnected for arrears ({number}) and not yet reconnected</translation>
        </message>
        <message>
            <source>户号 {account_no} 没有未结清的欠费，不能登记欠费停电</source>
            <translation>Account {account_no} has no unpaid arrears: it cannot be recorded as disconnected for arrears</translation>
        </message>
        <message>
            <source>{where} 第 {first} 至 {last} 号</source>
            <translation>{where} nos. {first} to {last}</translation>
        </message>
        <message>
            <source>{where} 第 {first} 号</source>
            <translation>{where} no. {first}</translation>
        </message>
        <message>
            <source>· {noun} {count} {unit}：{ranges}</source>
            <translation>· {noun}: {count} {unit}: {ranges}</translation>
        </message>
        <message>
            <source>· 审计记录 {count} 条（第 {first} 至 {last} 条{when}）</source>
            <translation>· audit entries: {count} (nos. {first} to {last}{when})</translation>
        </message>
        <message>
            <source>，最后一条在 {time}</source>
            <translation>, the last at {time}</translation>
        </message>
        <message>
            <source>命令行加 --accept-loss</source>
            <translation>on the command line add --accept-loss</translation>
        </message>
        <message>
            <source>在确认框中勾选同意后点“确认恢复”</source>
            <translation>tick the agreement in the confirmation box, then click Restore anyway</translation>
        </message>
        <message>
            <source>备份 {backup} 比当前数据库旧（备份中最后一条记录在 {backup_time}）。恢复后，备份之后办理的以下业务将从数据库中消失（被替换的数据库会另存一份，但不再出现在账目中）：
{lines}

恢复后，新的编号会从以上编号之后继续，不会重复使用这些号码。确需恢复，须由管理员确认（{how}）。</source>
            <translation>Backup {backup} is older than the current database (its last record is from {backup_time}). After the restore, the following, done after the backup, will be gone from the database (the replaced database is kept as a copy, but is no longer in the books):
{lines}

After the restore, new numbers continue above these: none of them is issued again. To restore anyway an administrator must confirm ({how}).</translation>
        </message>
        <message>
            <source>数据库正忙（其他柜台正在办理），本笔未收费，请稍后再点确认收费</source>
            <translation>The database is busy (other counters are working); nothing was charged. Click Confirm payment again in a moment</translation>
        </message>
        <message>
            <source>数据库正忙（其他柜台正在办理），收据未作废，请稍后再试</source>
            <translation>The database is busy (other counters are working); the receipt was not voided. Try again in a moment</translation>
        </message>
        <message>
            <source>数据库正忙（其他柜台正在办理），收据未补打，请稍后再试</source>
            <translation>The database is busy (other counters are working); the receipt was not reprinted. Try again in a moment</translation>
        </message>
        <message>
            <source>数据库正忙（其他柜台正在办理），欠费清单未导入，请稍后再导入</source>
            <translation>The database is busy (other counters are working); the arrears list was not imported. Import it again in a moment</translation>
        </message>
        <message>
            <source>未知的面额：{label}</source>
            <translation>Unknown denomination: {label}</translation>
        </message>
        <message>
            <source>{label}的张数应为非负整数</source>
            <translation>The count of {label} must be a non-negative integer</translation>
        </message>
        <message>
            <source>只能清点自己的钱箱</source>
            <translation>You can only count your own cash drawer</translation>
        </message>
        <message>
            <source>{day} 已经日结</source>
            <translation>{day} is already settled</translation>
        </message>
        <message>
            <source>日结须由另一位值班长复核</source>
            <translation>Day-end settlement must be checked by another supervisor</translation>
        </message>
        <message>
            <source>请先清点现金并核对金额，再日结</source>
            <translation>Count the cash and compare the amounts before settling the day</translation>
        </message>
        <message>
            <source>核对后应收现金已由 {shown:,.2f} 元变为 {now:,.2f} 元，请重新清点并核对</source>
            <translation>The expected cash changed from {shown:,.2f} to {now:,.2f} yuan after the comparison: count and compare again</translation>
        </message>
        <message>
            <source>现金差额 {difference:+,.2f} 元，须填写差异说明</source>
            <translation>Cash difference {difference:+,.2f} yuan: explain the difference</translation>
        </message>
        <message>
            <source>重开日结须由另一位值班长授权</source>
            <translation>Reopening a settlement must be approved by another supervisor</translation>
        </message>
        <message>
            <source>请填写重开日结的原因</source>
            <translation>Please enter the reason for reopening the settlement</translation>
        </message>
        <message>
            <source>{day} 尚未日结，无需重开</source>
            <translation>{day} is not settled; nothing to reopen</translation>
        </message>
        <message>
            <source>找不到日结 {settlement_no}</source>
            <translation>Settlement {settlement_no} not found</translation>
        </message>
        <message>
            <source>受理编号 {application_no} 当前为“{name}”，不能进行此操作</source>
            <translation>Application no. {application_no} is "{name}"; this action is not possible</translation>
        </message>
        <message>
            <source>请填写暂停计时的原因</source>
            <translation>Give the reason for pausing the clock</translation>
        </message>
        <message>
            <source>请至少选择一项需要补正的资料</source>
            <translation>Choose at least one document to be supplied</translation>
        </message>
        <message>
            <source>撤销必须填写原因</source>
            <translation>Cancelling needs a reason</translation>
        </message>
        <message>
            <source>只有退回补正的申请才能打印补正通知书</source>
            <translation>Only applications returned for documents can print a documents notice</translation>
        </message>
        <message>
            <source>办理时限（工作日）</source>
            <translation>Time limit (working days)</translation>
        </message>
        <message>
            <source>环节“{step}”的时限（工作日）</source>
            <translation>Time limit of step “{step}” (working days)</translation>
        </message>
        <message>
            <source>规则：{name}</source>
            <translation>Rule: {name}</translation>
        </message>
        <message>
            <source>“{field}”的预设值</source>
            <translation>Preset value of "{field}"</translation>
        </message>
        <message>
            <source>取值 {path}</source>
            <translation>Value {path}</translation>
        </message>
        <message>
            <source>[说明] 以下{count}项规则取值尚无确认的出处，待总部确认（不是检查失败）：</source>
            <translation>[Note] {count} rule values below have no confirmed source and await HQ's confirmation (not a failed check):</translation>
        </message>
        <message>
            <source>问卷应为：{items}</source>
            <translation>The questionnaire must be one of: {items}</translation>
        </message>
        <message>
            <source>走访计划 {plan_no} 不存在</source>
            <translation>Visit plan {plan_no} does not exist</translation>
        </message>
        <message>
            <source>所选客户不都在走访计划 {plan_no} 中</source>
            <translation>Not all the chosen customers are in visit plan {plan_no}</translation>
        </message>
        <message>
            <source>当前来访已结束，请重新叫号或开始新的来访</source>
            <translation>The current visit has ended; call the next ticket or start a new visit</translation>
        </message>
        <message>
            <source>读取文件时出错：读取进程意外结束，请重新导入</source>
            <translation>Error reading the file: the reading process ended unexpectedly; import it again</translation>
        </message>
        <message>
            <source>读取文件时出错：{exc}</source>
            <translation>Error reading the file: {exc}</translation>
        </message>
        <message>
            <source>这是 {suffix} 文件，柜台助手只读取 .xlsx：请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（*.xlsx）后再导入</source>
            <translation>This is a {suffix} file; Counter Assistant reads only .xlsx. Open it in Excel or WPS, "Save as" an Excel workbook (*.xlsx), then import that</translation>
        </message>
        <message>
            <source>无法读取文件：{reason}</source>
            <translation>Cannot read the file: {reason}</translation>
        </message>
        <message>
            <source>文件有 {size} MB，超过了 {limit} MB 的上限：请让总部按营业厅拆分后再发</source>
            <translation>The file has {size} MB, over the limit of {limit} MB: ask HQ to split it by hall</translation>
        </message>
        <message>
            <source>无法读取：不是有效的 .xlsx 文件（文件已损坏，或不是 Excel 工作簿）</source>
            <translation>Cannot read it: not a valid .xlsx file (damaged, or not an Excel workbook)</translation>
        </message>
        <message>
            <source>文件解压后有 {size} MB，超过了 {limit} MB 的上限，不予读取</source>
            <translation>The file unpacks to {size} MB, over the limit of {limit} MB; it is not read</translation>
        </message>
        <message>
            <source>文件中的文字共有 {size} MB，超过了 {limit} MB 的上限，不予读取（正常的清单远小于此，请向总部核实文件）</source>
            <translation>The text in the file comes to {size} MB, over the limit of {limit} MB; it is not read (a normal list is far smaller: check the file with HQ)</translation>
        </message>
        <message>
            <source>无法读取：文件不是有效的 Excel 工作簿（*.xlsx），或已损坏。请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（*.xlsx）后再导入</source>
            <translation>Cannot be read: the file is not a valid Excel workbook (*.xlsx), or it is damaged. Open it in Excel or WPS, use Save As Excel Workbook (*.xlsx), then import it again</translation>
        </message>
        <message>
            <source>表头应为：{headers}</source>
            <translation>The header row should be: {headers}</translation>
        </message>
        <message>
            <source>这个数据库已有营业厅、用户或业务数据，不是演示程序建立的演示数据库，不能填充演示数据（没有写入任何数据）。请用 --db 指定一个新的文件，例如 --db 演示.db。</source>
            <translation>This database already holds a hall, users or business records and was not made by the demo, so no demo data can be added (nothing was written). Name a new file with --db, e.g. --db demo.db.</translation>
        </message>
        <message>
            <source>客户数至少为1</source>
            <translation>At least 1 customer</translation>
        </message>
        <message>
            <source>来访次数不能为负数</source>
            <translation>The number of visits cannot be negative</translation>
        </message>
        <message>
            <source>天数至少为1</source>
            <translation>At least 1 day</translation>
        </message>
        <message>
            <source>所选天数内还没有营业时间（今天尚未开门），请把天数设为2天以上</source>
            <translation>No opening hours yet in the chosen days (not open today yet); choose 2 days or more</translation>
        </message>
        <message>
            <source>营业厅没有可用的用户</source>
            <translation>The service hall has no usable users</translation>
        </message>
        <message>
            <source>培训数据库的准备已取消，没有进入培训模式。</source>
            <translation>Preparing the training database was cancelled; training mode was not started.</translation>
        </message>
        <message>
            <source>培训数据库不能与正式数据库是同一个文件</source>
            <translation>The training database cannot be the same file as the live database</translation>
        </message>
        <message>
            <source>营业厅尚未设置，没有可导出的数据</source>
            <translation>The service hall is not set up yet; nothing to export</translation>
        </message>
        <message>
            <source>{file}：{reason}</source>
            <translation>{file}: {reason}</translation>
        </message>
        <message>
            <source>{count} 个文件未通过校验，未写入任何内容：
{lines}</source>
            <translation>{count} files failed the checks; nothing was written:
{lines}</translation>
        </message>
        <message>
            <source>没有给出要处理的文件</source>
            <translation>No files given</translation>
        </message>
        <message>
            <source>请同时填写起始日期和截止日期</source>
            <translation>Fill in both the start date and the end date</translation>
        </message>
        <message>
            <source>起始日期不能晚于截止日期</source>
            <translation>The start date cannot be after the end date</translation>
        </message>
        <message>
            <source>请选择“自上次导出以来”或填写起始和截止日期</source>
            <translation>Choose "Since the last export" or fill in the start and end dates</translation>
        </message>
        <message>
            <source>没有第 {batch_no:04d} 批导出记录</source>
            <translation>No export batch {batch_no:04d}</translation>
        </message>
        <message>
            <source>第 {batch_no:04d} 批的“{name}”保存的数据与当初导出时不符，无法重新导出。请联系管理员检查数据库。</source>
            <translation>The saved data of batch {batch_no:04d} "{name}" no longer matches the export; it cannot be exported again. Ask the administrator to check the database.</translation>
        </message>
        <message>
            <source>数据库地址无法使用：{exc}</source>
            <translation>The database address cannot be used: {exc}</translation>
        </message>
        <message>
            <source>载入数据库失败，已全部撤销：{exc}</source>
            <translation>Loading the database failed; everything was rolled back: {exc}</translation>
        </message>
        <message>
            <source>每个工作表至少要能放下表头和一行数据</source>
            <translation>Each sheet must hold at least the header and one data row</translation>
        </message>
        <message>
            <source>输出文件夹 {parent} 不存在</source>
            <translation>Output folder {parent} does not exist</translation>
        </message>
        <message>
            <source>导出已取消，没有生成文件，也没有记录批次。</source>
            <translation>Export cancelled: no file was made and no batch recorded.</translation>
        </message>
        <message>
            <source>金额“{text}”不是数字</source>
            <translation>Amount “{text}” is not a number</translation>
        </message>
        <message>
            <source>二维码内容“{text}”不是收据的格式（应为 收据号|合计|校验码）</source>
            <translation>QR text “{text}” is not a receipt's (expected receipt no|total|check code)</translation>
        </message>
        <message>
            <source>请给出收据二维码的内容，或收据号和金额</source>
            <translation>Give the receipt's QR text, or its number and amount</translation>
        </message>
        <message>
            <source>总部数据库 {path} 不存在：请先用 hq-load 载入营业厅的批次</source>
            <translation>HQ database {path} does not exist: load the halls' batches with hq-load first</translation>
        </message>
        <message>
            <source>该数据库中没有载入的营业厅数据：请先用 hq-load 载入</source>
            <translation>This database holds no loaded hall data: load it with hq-load first</translation>
        </message>
        <message>
            <source>读取总部数据库失败：{exc}</source>
            <translation>Reading the HQ database failed: {exc}</translation>
        </message>
        <message>
            <source>无法使用导出文件夹 {folder}：{reason}</source>
            <translation>Cannot use export folder {folder}: {reason}</translation>
        </message>
        <message>
            <source>导出文件夹 {folder} 不可写入，请换一个文件夹</source>
            <translation>Export folder {folder} is not writable; choose another folder</translation>
        </message>
        <message>
            <source>导出文件未能写入：{reason}</source>
            <translation>The export file could not be written: {reason}</translation>
        </message>
        <message>
            <source>导出文件未能保存为 {name}：{reason}</source>
            <translation>The export file could not be saved as {name}: {reason}</translation>
        </message>
        <message>
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <source>；</source>
            <translation>; </translation>
        </message>
    </context>
    <context>
        <name>data</name>
        <message>
            <source>公告参数文件</source>
            <translation>Announcement settings file</translation>
        </message>
        <message>
            <source>投诉参数文件</source>
            <translation>Complaint settings file</translation>
        </message>
        <message>
            <source>周</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>日</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>月</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>在柜台办理业务</source>
            <translation>Work at the counter</translation>
        </message>
        <message>
            <source>收费</source>
            <translation>Take payments</translation>
        </message>
        <message>
            <source>申请作废收据</source>
            <translation>Ask to void a receipt</translation>
        </message>
        <message>
            <source>申请补打收据</source>
            <translation>Ask to reprint a receipt</translation>
        </message>
        <message>
            <source>受理业务</source>
            <translation>Accept applications</translation>
        </message>
        <message>
            <source>清点钱箱</source>
            <translation>Count the till</translation>
        </message>
        <message>
            <source>每日自动备份</source>
            <translation>Daily automatic backup</translation>
        </message>
        <message>
            <source>登记走访结果</source>
            <translation>Record visit results</translation>
        </message>
        <message>
            <source>授权作废收据</source>
            <translation>Authorise a void</translation>
        </message>
        <message>
            <source>授权补打收据</source>
            <translation>Authorise a reprint</translation>
        </message>
        <message>
            <source>日结复核</source>
            <translation>Sign off the day</translation>
        </message>
        <message>
            <source>重开日结</source>
            <translation>Reopen settlement</translation>
        </message>
        <message>
            <source>授权收费计入次日日结</source>
            <translation>Approve counting a payment in the next day's settlement</translation>
        </message>
        <message>
            <source>发布公告</source>
            <translation>Publish notices</translation>
        </message>
        <message>
            <source>查看指标看板</source>
            <translation>View the dashboard</translation>
        </message>
        <message>
            <source>查看培训成绩</source>
            <translation>View training scores</translation>
        </message>
        <message>
            <source>导出报送总部的数据</source>
            <translation>Export data for HQ</translation>
        </message>
        <message>
            <source>备份数据库</source>
            <translation>Back up the database</translation>
        </message>
        <message>
            <source>检查数据库</source>
            <translation>Check the database</translation>
        </message>
        <message>
            <source>登记欠费停电</source>
            <translation>Record disconnections for arrears</translation>
        </message>
        <message>
            <source>制定走访计划</source>
            <translation>Make visit plans</translation>
        </message>
        <message>
            <source>导入总部下发的文件</source>
            <translation>Import HQ's files</translation>
        </message>
        <message>
            <source>恢复备份</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>管理用户</source>
            <translation>Manage users</translation>
        </message>
        <message>
            <source>修改营业厅信息</source>
            <translation>Change the hall's details</translation>
        </message>
        <message>
            <source>生成演示数据</source>
            <translation>Make demo data</translation>
        </message>
        <message>
            <source>业务受理</source>
            <translation>Application</translation>
        </message>
        <message>
            <source>缴费</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>咨询</source>
            <translation>Inquiry</translation>
        </message>
        <message>
            <source>等候中</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>已叫号</source>
            <translation>Called</translation>
        </message>
        <message>
            <source>办理中</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>已办结</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>过号</source>
            <translation>No-show</translation>
        </message>
        <message>
            <source>已转移</source>
            <translation>Transferred</translation>
        </message>
        <message>
            <source>非常满意</source>
            <translation>Very satisfied</translation>
        </message>
        <message>
            <source>满意</source>
            <translation>Satisfied</translation>
        </message>
        <message>
            <source>基本满意</source>
            <translation>Fairly satisfied</translation>
        </message>
        <message>
            <source>不满意</source>
            <translation>Dissatisfied</translation>
        </message>
        <message>
            <source>非常不满意</source>
            <translation>Very dissatisfied</translation>
        </message>
        <message>
            <source>欠费停电</source>
            <translation>Disconnection for arrears</translation>
        </message>
        <message>
            <source>停电登记</source>
            <translation>Disconnection recorded</translation>
        </message>
        <message>
            <source>单选</source>
            <translation>Single choice</translation>
        </message>
        <message>
            <source>评分（1-5分）</source>
            <translation>Score (1–5)</translation>
        </message>
        <message>
            <source>是/否</source>
            <translation>Yes/No</translation>
        </message>
        <message>
            <source>文字</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>问卷文件</source>
            <translation>Questionnaire file</translation>
        </message>
        <message>
            <source>走访参数文件</source>
            <translation>Visits settings file</translation>
        </message>
        <message>
            <source>需补资料</source>
            <translation>Documents missing</translation>
        </message>
        <message>
            <source>已转办</source>
            <translation>Referred</translation>
        </message>
        <message>
            <source>客户离开</source>
            <translation>Customer left</translation>
        </message>
        <message>
            <source>业务咨询</source>
            <translation>Inquiry</translation>
        </message>
        <message>
            <source>电费缴纳</source>
            <translation>Bill payment</translation>
        </message>
        <message>
            <source>暂停计时（等待客户）</source>
            <translation>Clock paused (waiting for customer)</translation>
        </message>
        <message>
            <source>退回补正</source>
            <translation>Returned for documents</translation>
        </message>
        <message>
            <source>已撤销</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>投诉</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>评价回访</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>走访发现</source>
            <translation>Visit finding</translation>
        </message>
        <message>
            <source>待联系</source>
            <translation>To contact</translation>
        </message>
        <message>
            <source>处理中</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>已处理</source>
            <translation>Handled</translation>
        </message>
        <message>
            <source>个人</source>
            <translation>Individual</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>正常用电</source>
            <translation>In service</translation>
        </message>
        <message>
            <source>暂停</source>
            <translation>Suspended</translation>
        </message>
        <message>
            <source>已销户</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>现金</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>银行卡</source>
            <translation>Bank card</translation>
        </message>
        <message>
            <source>移动支付</source>
            <translation>Mobile payment</translation>
        </message>
        <message>
            <source>上门</source>
            <translation>On site</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>已结束</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>进行中</source>
            <translation>Current</translation>
        </message>
        <message>
            <source>待走访</source>
            <translation>To visit</translation>
        </message>
        <message>
            <source>已走访</source>
            <translation>Visited</translation>
        </message>
        <message>
            <source>未联系上</source>
            <translation>Not reached</translation>
        </message>
        <message>
            <source>计划停电</source>
            <translation>Planned outage</translation>
        </message>
        <message>
            <source>故障停电</source>
            <translation>Fault outage</translation>
        </message>
        <message>
            <source>服务公告</source>
            <translation>Service notice</translation>
        </message>
        <message>
            <source>即将开始</source>
            <translation>Upcoming</translation>
        </message>
        <message>
            <source>已撤回</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>复制数据库</source>
            <translation>Copying the database</translation>
        </message>
        <message>
            <source>保存导入结果</source>
            <translation>Saving the import</translation>
        </message>
        <message>
            <source>检查工作日历</source>
            <translation>Checking the working-day calendar</translation>
        </message>
        <message>
            <source>受理</source>
            <translation>Accept</translation>
        </message>
        <message>
            <source>指派</source>
            <translation>Assign</translation>
        </message>
        <message>
            <source>联系客户</source>
            <translation>Contact customer</translation>
        </message>
        <message>
            <source>处理结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>回访</source>
            <translation>Follow-up call</translation>
        </message>
        <message>
            <source>办结</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>记录联系</source>
            <translation>Record contact</translation>
        </message>
        <message>
            <source>登记处理结果</source>
            <translation>Record result</translation>
        </message>
        <message>
            <source>违约金</source>
            <translation>Late fee</translation>
        </message>
        <message>
            <source>走访</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>检查并写入欠费记录</source>
            <translation>Checking and writing arrears</translation>
        </message>
        <message>
            <source>固定</source>
            <translation>Fixed</translation>
        </message>
        <message>
            <source>按容量kVA</source>
            <translation>By capacity (kVA)</translation>
        </message>
        <message>
            <source>按电量kWh</source>
            <translation>By energy (kWh)</translation>
        </message>
        <message>
            <source>检查收费标准</source>
            <translation>Checking the fee schedule</translation>
        </message>
        <message>
            <source>读取收费标准</source>
            <translation>Reading the fee schedule</translation>
        </message>
        <message>
            <source>值班长</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>管理员</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>营业员</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>工号</source>
            <translation>Staff no.</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>手机号码</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>证件号码</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>联系人</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>联系电话</source>
            <translation>Contact phone</translation>
        </message>
        <message>
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>诉求</source>
            <translation>Request</translation>
        </message>
        <message>
            <source>回访结果</source>
            <translation>Call-back result</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>作废原因</source>
            <translation>Void reason</translation>
        </message>
        <message>
            <source>差异说明</source>
            <translation>Difference explained</translation>
        </message>
        <message>
            <source>交易参考号</source>
            <translation>Transaction reference</translation>
        </message>
        <message>
            <source>柜台号</source>
            <translation>Counter</translation>
        </message>
        <message>
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>正文</source>
            <translation>Body</translation>
        </message>
        <message>
            <source>范围</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>受理编号</source>
            <translation>Application no.</translation>
        </message>
        <message>
            <source>户号</source>
            <translation>Account no.</translation>
        </message>
        <message>
            <source>手机</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>环节完成</source>
            <translation>Step completed</translation>
        </message>
        <message>
            <source>暂停计时</source>
            <translation>Clock paused</translation>
        </message>
        <message>
            <source>恢复计时</source>
            <translation>Clock resumed</translation>
        </message>
        <message>
            <source>撤销</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>已办理</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>未办理</source>
            <translation>Not done</translation>
        </message>
        <message>
            <source>提前申请天数</source>
            <translation>Days of notice</translation>
        </message>
        <message>
            <source>最长期限（月）</source>
            <translation>Longest term (months)</translation>
        </message>
        <message>
            <source>每次最少天数</source>
            <translation>Fewest days each time</translation>
        </message>
        <message>
            <source>每次最多天数</source>
            <translation>Most days each time</translation>
        </message>
        <message>
            <source>最短期限（月）</source>
            <translation>Shortest term (months)</translation>
        </message>
        <message>
            <source>每年最多次数</source>
            <translation>Most times a year</translation>
        </message>
        <message>
            <source>每年累计最多天数</source>
            <translation>Most days a year in all</translation>
        </message>
        <message>
            <source>容量上限（kW）</source>
            <translation>Capacity ceiling (kW)</translation>
        </message>
        <message>
            <source>手工选取</source>
            <translation>Chosen by hand</translation>
        </message>
        <message>
            <source>未指派</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <source>准备练习客户</source>
            <translation>Preparing the exercise customers</translation>
        </message>
        <message>
            <source>复制营业厅和用户</source>
            <translation>Copying the hall and its users</translation>
        </message>
        <message>
            <source>指定日期范围</source>
            <translation>Date range</translation>
        </message>
        <message>
            <source>自上一批次以来的新增和变更</source>
            <translation>New and changed since the last batch</translation>
        </message>
    </context>
</TS>
