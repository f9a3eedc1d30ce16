<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AnnouncementDialog</name>
    <message>
        <source>计划停电应提前{0}天公告（供电营业规则）；故障停电可勾选“送电时间未定”，送电后再填写结束时间。</source>
        <translation>Planned outages must be announced {0} days ahead (supply rules). For a fault outage, tick &quot;Restoration time unknown&quot; and fill in the end time once power is back.</translation>
    </message>
    <message>
        <source>停电范围(&amp;A)</source>
        <translation>Outage &amp;area</translation>
    </message>
    <message>
        <source>涉及范围(&amp;A)</source>
        <translation>&amp;Area affected</translation>
    </message>
    <message>
        <source>未发布：计划停电应提前{0}天公告。请调整开始时间，或再次点“发布”并确认。</source>
        <translation>Not published: planned outages must be announced {0} days ahead. Change the start time, or click &quot;Publish&quot; again and confirm.</translation>
    </message>
    <message>
        <source>发布公告</source>
        <translation>Publish notice</translation>
    </message>
    <message>
        <source>类别(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>标题(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>例如：人民路10kV线路检修停电</source>
        <translation>e.g. Renmin Rd 10 kV line maintenance outage</translation>
    </message>
    <message>
        <source>街道、村、小区或台区，用顿号或逗号分隔</source>
        <translation>Streets, villages, estates or transformer areas, separated by commas</translation>
    </message>
    <message>
        <source>开始时间(&amp;S)</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>结束时间(&amp;E)</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>送电时间未定(&amp;U)</source>
        <translation>Restoration time &amp;unknown</translation>
    </message>
    <message>
        <source>原因(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>例如：设备检修、线路故障抢修</source>
        <translation>e.g. equipment maintenance, line fault repair</translation>
    </message>
    <message>
        <source>正文(&amp;B)</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>选填：告知客户的其他内容</source>
        <translation>Optional: anything else customers should know</translation>
    </message>
    <message>
        <source>发布</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AnnouncementsPage</name>
    <message>
        <source>提前公告时间不足</source>
        <translation>Notice given too late</translation>
    </message>
    <message>
        <source>撤回公告</source>
        <translation>Withdraw notice</translation>
    </message>
    <message>
        <source>撤回“{0}”的原因：</source>
        <translation>Reason for withdrawing &quot;{0}&quot;:</translation>
    </message>
    <message>
        <source>当前及即将生效的公告 {0} 条，其中停电 {1} 条</source>
        <translation>{0} current or upcoming notices, {1} of them outages</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>发布人</source>
        <translation>Published by</translation>
    </message>
    <message>
        <source>选中一条公告查看详情；可打印后张贴在营业厅公告栏。</source>
        <translation>Select a notice to see its details; print it to post on the hall&apos;s notice board.</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}&#x3000;发布：{2} {3}</source>
        <translation>{0}  {1}  Published: {2} {3}</translation>
    </message>
    <message>
        <source>原因：{0}</source>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <source>已于 {0} 撤回</source>
        <translation>Withdrawn on {0}</translation>
    </message>
    <message>
        <source>已发布公告 {0}，可打印后张贴</source>
        <translation>Notice {0} published; print it to post</translation>
    </message>
    <message>
        <source>已修改 {0} 的结束时间</source>
        <translation>End time of {0} changed</translation>
    </message>
    <message>
        <source>已撤回公告 {0}</source>
        <translation>Notice {0} withdrawn</translation>
    </message>
    <message>
        <source>公告未能生成：{0}</source>
        <translation>Notice could not be generated: {0}</translation>
    </message>
    <message>
        <source>公告（停电通知与服务公告）</source>
        <translation>Notices (outages and service announcements)</translation>
    </message>
    <message>
        <source>显示已结束和已撤回的公告(&amp;H)</source>
        <translation>S&amp;how ended and withdrawn notices</translation>
    </message>
    <message>
        <source>发布公告(&amp;N)</source>
        <translation>&amp;New notice</translation>
    </message>
    <message>
        <source>修改结束时间(&amp;E)</source>
        <translation>Change &amp;end time</translation>
    </message>
    <message>
        <source>撤回(&amp;W)</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>打印公告(&amp;P)</source>
        <translation>&amp;Print notice</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>申请详情 - {0}</source>
        <translation>Application - {0}</translation>
    </message>
    <message>
        <source>状态：{0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <source>客户：{0}&#x3000;证件：{1}&#x3000;电话：{2}</source>
        <translation>Customer: {0}   ID: {1}   Phone: {2}</translation>
    </message>
    <message>
        <source>户号：{0}&#x3000;地址：{1}</source>
        <translation>Account no.: {0}   Address: {1}</translation>
    </message>
    <message>
        <source>受理时间：{0}&#x3000;承诺办结：{1}</source>
        <translation>Accepted: {0}   Promised by: {1}</translation>
    </message>
    <message>
        <source>自 {0} 起暂停计时</source>
        <translation>Clock paused since {0}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>待补正：{0}</source>
        <translation>Awaiting documents: {0}</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>时限(工作日)</source>
        <translation>Limit (working days)</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>完成时间</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>当前环节</source>
        <translation>Current step</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>已完成：{0}</source>
        <translation>Completed: {0}</translation>
    </message>
    <message>
        <source>暂停计时</source>
        <translation>Pause clock</translation>
    </message>
    <message>
        <source>等待客户的原因（例如：客户自行组织外部工程施工）：</source>
        <translation>Why we are waiting for the customer (e.g. the customer is arranging external works):</translation>
    </message>
    <message>
        <source>其他资料</source>
        <translation>Other documents</translation>
    </message>
    <message>
        <source>撤销受理</source>
        <translation>Cancel application</translation>
    </message>
    <message>
        <source>撤销原因（必填）：</source>
        <translation>Reason for cancelling (required):</translation>
    </message>
    <message>
        <source>申请详情</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>办电环节与时限</source>
        <translation>Steps and time limits</translation>
    </message>
    <message>
        <source>办理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>完成当前环节</source>
        <translation>Complete current step</translation>
    </message>
    <message>
        <source>暂停计时…</source>
        <translation>Pause clock…</translation>
    </message>
    <message>
        <source>恢复计时</source>
        <translation>Resume clock</translation>
    </message>
    <message>
        <source>退回补正…</source>
        <translation>Return for documents…</translation>
    </message>
    <message>
        <source>撤销受理…</source>
        <translation>Cancel application…</translation>
    </message>
    <message>
        <source>打印回执</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>BillExplainerDialog</name>
    <message>
        <source>电费构成说明（阶梯电价）</source>
        <translation>Bill explained (tiered tariff)</translation>
    </message>
    <message>
        <source>输入本期用电量和本年度此前已用电量，按阶梯逐档计算电费。</source>
        <translation>Enter this period&apos;s consumption and what was used earlier this year; the bill is worked out tier by tier.</translation>
    </message>
    <message>
        <source>用电类别(&amp;C)</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>本期用电量(kWh)(&amp;K)</source>
        <translation>This period (&amp;kWh)</translation>
    </message>
    <message>
        <source>本年此前已用(kWh)(&amp;U)</source>
        <translation>&amp;Used this year (kWh)</translation>
    </message>
    <message>
        <source>打印说明</source>
        <translation>Print explanation</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>电量(kWh)</source>
        <translation>Energy (kWh)</translation>
    </message>
    <message>
        <source>电价(元/kWh)</source>
        <translation>Price (yuan/kWh)</translation>
    </message>
    <message>
        <source>电费(元)</source>
        <translation>Charge (yuan)</translation>
    </message>
    <message>
        <source>档位</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>合计 &lt;b&gt;{0}&lt;/b&gt; 元</source>
        <translation>Total &lt;b&gt;{0}&lt;/b&gt; yuan</translation>
    </message>
</context>
<context>
    <name>BusinessView</name>
    <message>
        <source>所需资料：</source>
        <translation>Documents needed:</translation>
    </message>
    <message>
        <source>办理业务：{0}</source>
        <translation>Service: {0}</translation>
    </message>
    <message>
        <source>必备</source>
        <translation>required</translation>
    </message>
    <message>
        <source>可选</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>本业务无需提交资料</source>
        <translation>No documents are needed for this service</translation>
    </message>
    <message>
        <source>承诺完成日期：{0}</source>
        <translation>Promised completion date: {0}</translation>
    </message>
    <message>
        <source>已受理，受理编号 {0}，请收好回执</source>
        <translation>Accepted, application no. {0}. Please keep your slip</translation>
    </message>
</context>
<context>
    <name>BusinessWizard</name>
    <message>
        <source>保存草稿(&amp;S)</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>业务办理 - {0}</source>
        <translation>New business - {0}</translation>
    </message>
    <message>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>确认受理(&amp;F)</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>草稿未保存</source>
        <translation>Draft not saved</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>业扩报装</source>
        <translation>New connection</translation>
    </message>
    <message>
        <source>变更用电</source>
        <translation>Supply change</translation>
    </message>
    <message>
        <source>{0}    〔{1}·{2}个工作日〕</source>
        <translation>{0}    [{1} · {2} working days]</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>办电环节：{0}
承诺时限：{1}个工作日
必备资料：{2}</source>
        <translation>Steps: {0}
Promised within: {1} working days
Required documents: {2}</translation>
    </message>
    <message>
        <source>业务办理</source>
        <translation>New business</translation>
    </message>
    <message>
        <source>选择客户要办理的业务，按向导逐步完成受理。</source>
        <translation>Choose the customer&apos;s business; the wizard takes you through accepting it step by step.</translation>
    </message>
    <message>
        <source>开始办理</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>ComplaintDetailDialog</name>
    <message>
        <source>{0}详情 - {1}</source>
        <translation>{0} - {1}</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}&#x3000;〔{2}〕</source>
        <translation>{0}   {1}   [{2}]</translation>
    </message>
    <message>
        <source>渠道：{0}&#x3000;类别：{1}&#x3000;受理时间：{2}&#x3000;受理人：{3}</source>
        <translation>Channel: {0}   Category: {1}   Received: {2}   By: {3}</translation>
    </message>
    <message>
        <source>客户：{0}&#x3000;电话：{1}&#x3000;户号：{2}</source>
        <translation>Customer: {0}   Phone: {1}   Account no.: {2}</translation>
    </message>
    <message>
        <source>指派：{0}</source>
        <translation>Assigned to: {0}</translation>
    </message>
    <message>
        <source>未指派</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>客户评价：{0}分</source>
        <translation>Customer rating: {0}</translation>
    </message>
    <message>
        <source>联系时限：{0}</source>
        <translation>Contact by: {0}</translation>
    </message>
    <message>
        <source>（{0} 已联系）</source>
        <translation> (contacted {0})</translation>
    </message>
    <message>
        <source>答复时限：{0}</source>
        <translation>Reply by: {0}</translation>
    </message>
    <message>
        <source>（{0} 已答复）</source>
        <translation> (replied {0})</translation>
    </message>
    <message>
        <source>&#x3000;&#x3000;已超期：{0}</source>
        <translation>    Overdue: {0}</translation>
    </message>
    <message>
        <source>反映问题：
{0}</source>
        <translation>Problem reported:
{0}</translation>
    </message>
    <message>
        <source>客户诉求：
{0}</source>
        <translation>Customer&apos;s request:
{0}</translation>
    </message>
    <message>
        <source>处理结果：{0}</source>
        <translation>Outcome: {0}</translation>
    </message>
    <message>
        <source>回访结果：客户{0}</source>
        <translation>Follow-up: customer {0}</translation>
    </message>
    <message>
        <source>{0} 办结</source>
        <translation>Closed {0}</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{0}（{1}，{2}）</source>
        <translation>{0} ({1}, {2})</translation>
    </message>
    <message>
        <source>指派</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>由谁负责处理：</source>
        <translation>Who handles it:</translation>
    </message>
    <message>
        <source>已指派给 {0}</source>
        <translation>Assigned to {0}</translation>
    </message>
    <message>
        <source>记录联系</source>
        <translation>Record contact</translation>
    </message>
    <message>
        <source>联系情况（联系方式、时间、与客户沟通的内容）：</source>
        <translation>Contact made (how, when, what was said):</translation>
    </message>
    <message>
        <source>已记录与客户的联系</source>
        <translation>Contact with the customer recorded</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>调查情况和答复客户的处理意见：</source>
        <translation>Findings and the reply given to the customer:</translation>
    </message>
    <message>
        <source>已登记处理结果，请回访客户</source>
        <translation>Outcome recorded; please follow up with the customer</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>客户对处理结果的评价：</source>
        <translation>Customer&apos;s view of the outcome:</translation>
    </message>
    <message>
        <source>回访说明（可不填）：</source>
        <translation>Follow-up note (optional):</translation>
    </message>
    <message>
        <source>已记录回访：客户{0}</source>
        <translation>Follow-up recorded: customer {0}</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>办结后不能再处理，确定办结 {0} 吗？</source>
        <translation>A closed case cannot be changed. Close {0}?</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>回执未能生成：{0}</source>
        <translation>The receipt could not be made: {0}</translation>
    </message>
    <message>
        <source>投诉详情</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>办理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>指派…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>记录联系…</source>
        <translation>Record contact…</translation>
    </message>
    <message>
        <source>处理结果…</source>
        <translation>Outcome…</translation>
    </message>
    <message>
        <source>回访…</source>
        <translation>Follow-up…</translation>
    </message>
    <message>
        <source>办结…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>打印回执</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>今天受理的投诉：{0} 前与客户联系（{1}个工作日），{2} 前答复处理意见（{3}个工作日）。客户可拨打 {4} 反映。</source>
        <translation>A complaint received today: contact the customer by {0} ({1} working days), reply by {2} ({3} working days). The customer can call {4}.</translation>
    </message>
    <message>
        <source>新建投诉</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>受理渠道(&amp;C)</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>投诉类别(&amp;T)</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>客户姓名(&amp;N)</source>
        <translation>Customer &amp;name</translation>
    </message>
    <message>
        <source>选填，客户不愿留名可不填</source>
        <translation>Optional; leave empty if the customer prefers</translation>
    </message>
    <message>
        <source>联系电话(&amp;P)</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>选填，用于联系和回访客户</source>
        <translation>Optional; for contact and follow-up</translation>
    </message>
    <message>
        <source>户号(&amp;A)</source>
        <translation>&amp;Account no.</translation>
    </message>
    <message>
        <source>选填，知道时填写</source>
        <translation>Optional; if known</translation>
    </message>
    <message>
        <source>反映问题(&amp;W)</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <source>必填：客户反映的问题，尽量记录原话、时间、地点和涉及人员</source>
        <translation>Required: the problem in the customer&apos;s words, with time, place and people involved</translation>
    </message>
    <message>
        <source>客户诉求(&amp;R)</source>
        <translation>&amp;Request</translation>
    </message>
    <message>
        <source>客户希望怎样处理</source>
        <translation>What the customer wants done</translation>
    </message>
    <message>
        <source>受理并打印回执</source>
        <translation>Accept and print receipt</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
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
        <translation>Resolved</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>联系超期</source>
        <translation>contact overdue</translation>
    </message>
    <message>
        <source>答复超期</source>
        <translation>reply overdue</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>未办结 {0} 件，其中超期 {1} 件</source>
        <translation>{0} open, {1} of them overdue</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>联系时限</source>
        <translation>Contact by</translation>
    </message>
    <message>
        <source>答复时限</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>已受理，编号 {0}；{1} 前联系客户，{2} 前答复</source>
        <translation>Accepted as {0}; contact the customer by {1}, reply by {2}</translation>
    </message>
    <message>
        <source>回执未能生成</source>
        <translation>Receipt not made</translation>
    </message>
    <message>
        <source>投诉已受理。回执未能生成：{0}
可在“查看/处理”中重新打印。</source>
        <translation>The complaint is accepted. The receipt could not be made: {0}
Print it again from &quot;View/Handle&quot;.</translation>
    </message>
    <message>
        <source>请先在列表中选择一件投诉</source>
        <translation>Select a complaint in the list first</translation>
    </message>
    <message>
        <source>投诉意见</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>状态(&amp;S)</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>类型(&amp;K)</source>
        <translation>Kind(&amp;K)</translation>
    </message>
    <message>
        <source>只看超期(&amp;O)</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>投诉、评价回访和走访发现的问题（超期的为红色）：未按时联系客户，或未按时答复处理意见</source>
        <translation>Complaints, rating follow-ups and problems found on visits (overdue in red): the customer not contacted in time, or no reply in time</translation>
    </message>
    <message>
        <source>新建投诉…</source>
        <translation>New complaint…</translation>
    </message>
    <message>
        <source>查看/处理…</source>
        <translation>View/Handle…</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>请向客户告知：</source>
        <translation>Tell the customer:</translation>
    </message>
    <message>
        <source>受理信息核对：</source>
        <translation>Check the details:</translation>
    </message>
    <message>
        <source>业务</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>已收资料</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>办电环节</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{0}（{1}个工作日，{2}）</source>
        <translation>{0} ({1} working days, {2})</translation>
    </message>
    <message>
        <source>承诺完成日期</source>
        <translation>Promised by</translation>
    </message>
</context>
<context>
    <name>CustomerScreen</name>
    <message>
        <source>客户显示屏</source>
        <translation>Customer display</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}号柜台</source>
        <translation>{0}   Counter {1}</translation>
    </message>
    <message>
        <source>{0}年{1}月{2}日 {3}</source>
        <translation>{0}-{1:0&gt;2}-{2:0&gt;2} {3}</translation>
    </message>
</context>
<context>
    <name>CustomerScreenSection</name>
    <message>
        <source>客户显示屏</source>
        <translation>Customer display</translation>
    </message>
    <message>
        <source>在客户显示屏上显示收费明细、所需资料、公告和评价</source>
        <translation>Show payment details, documents needed, notices and the rating on a customer display</translation>
    </message>
    <message>
        <source>屏幕 {0}（{1}×{2}）</source>
        <translation>Screen {0} ({1}×{2})</translation>
    </message>
    <message>
        <source>屏幕 {0}（未连接）</source>
        <translation>Screen {0} (not connected)</translation>
    </message>
    <message>
        <source>显示在：</source>
        <translation>Show on:</translation>
    </message>
    <message>
        <source>只有一个屏幕时，客户显示屏是一个可移动的窗口。设置在下次登录时生效；字号即“客户评价窗口字号”。</source>
        <translation>With one screen only, the customer display is a window that can be moved. Takes effect at the next sign-in; its type size is the customer rating window&apos;s size.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>报表未能生成：{0}</source>
        <translation>The report could not be made: {0}</translation>
    </message>
    <message>
        <source>已评价 {0:,}</source>
        <translation>{0:,} rated</translation>
    </message>
    <message>
        <source>取号到叫号，{0:,} 人次</source>
        <translation>ticket to call, {0:,} visits</translation>
    </message>
    <message>
        <source>开始到办结，{0:,} 人次</source>
        <translation>start to finish, {0:,} visits</translation>
    </message>
    <message>
        <source>此刻</source>
        <translation>now</translation>
    </message>
    <message>
        <source>有效收据</source>
        <translation>valid receipts</translation>
    </message>
    <message>
        <source>不含作废</source>
        <translation>voids excluded</translation>
    </message>
    <message>
        <source>已评价 {0:,}，未评价 {1:,}</source>
        <translation>{0:,} rated, {1:,} not rated</translation>
    </message>
    <message>
        <source>不满意、非常不满意</source>
        <translation>dissatisfied or very dissatisfied</translation>
    </message>
    <message>
        <source>其中超期 {0:,}，本期受理 {1:,}</source>
        <translation>{0:,} overdue; {1:,} received this period</translation>
    </message>
    <message>
        <source>其中超期 {0:,}，本期新增 {1:,}</source>
        <translation>{0:,} overdue; {1:,} new this period</translation>
    </message>
    <message>
        <source>办理中，期限不晚于周期末</source>
        <translation>in progress, due by period end</translation>
    </message>
    <message>
        <source>当前环节已过期限</source>
        <translation>current step past its limit</translation>
    </message>
    <message>
        <source>{0:.1f} 分</source>
        <translation>{0:.1f} pts</translation>
    </message>
    <message>
        <source>本期到期的走访计划 {0} 个，客户 {1} 户：已走访 {2} 户（完成率 {3}，按期 {4} 户），联系不上 {5} 户，逾期未访 {6} 户；本期走访 {7} 次。发现问题 {8} 个；本期办结 {9} 个，其中按期 {10} 个（按期率 {11}）；超期未办结 {12} 个。</source>
        <translation>Visit plans due in this period: {0}, with {1} customers: {2} visited (completion {3}, {4} on time), {5} not reached, {6} overdue; {7} visits made in the period. Problems found: {8}; closed in the period: {9}, {10} of them on time (on-time rate {11}); open past the deadline: {12}.</translation>
    </message>
    <message>
        <source>问卷</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>回答</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>本期</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>上期</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>评分题为平均分（1—5分）；选择题、是否题为未被判为问题的回答所占比例</source>
        <translation>Score questions: the average score (1–5); choice and yes/no questions: the share of answers not counted as a problem</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>分派</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>走访</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>发现
问题</source>
        <translation>Problems
found</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>按期
办结</source>
        <translation>Closed
on time</translation>
    </message>
    <message>
        <source>超期
未办结</source>
        <translation>Overdue
open</translation>
    </message>
    <message>
        <source>接待
人次</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>平均等候
（分钟）</source>
        <translation>Avg. wait
(min)</translation>
    </message>
    <message>
        <source>平均办理
（分钟）</source>
        <translation>Avg. service
(min)</translation>
    </message>
    <message>
        <source>收费
笔数</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>收费金额
（元）</source>
        <translation>Amount
(yuan)</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>差评</source>
        <translation>Bad ratings</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>服务类别</source>
        <translation>Service category</translation>
    </message>
    <message>
        <source>来访人次</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>平均等候（分钟）</source>
        <translation>Avg. wait (min)</translation>
    </message>
    <message>
        <source>平均办理（分钟）</source>
        <translation>Avg. service (min)</translation>
    </message>
    <message>
        <source>当前等候取号</source>
        <translation>Waiting now</translation>
    </message>
    <message>
        <source>收费笔数</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>收费金额（元）</source>
        <translation>Amount taken (yuan)</translation>
    </message>
    <message>
        <source>投诉未办结</source>
        <translation>Open complaints</translation>
    </message>
    <message>
        <source>差评回访未办结</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source>待办到期</source>
        <translation>Steps due</translation>
    </message>
    <message>
        <source>业务超期</source>
        <translation>Overdue steps</translation>
    </message>
    <message>
        <source>统计周期：{0}&#x3000;数据截至 {1}</source>
        <translation>Period: {0}   Figures as of {1}</translation>
    </message>
    <message>
        <source>{0}年{1}月{2}日</source>
        <translation>{0}-{1:02}-{2:02}</translation>
    </message>
    <message>
        <source>{0}年第{1}周（{2}月{3}日—{4}月{5}日）</source>
        <translation>{0} week {1} ({2}/{3}–{4}/{5})</translation>
    </message>
    <message>
        <source>{0}年{1}月</source>
        <translation>{0}-{1:02}</translation>
    </message>
    <message>
        <source>{0}年{1}月{2}日—{3}年{4}月{5}日</source>
        <translation>{0}-{1:02}-{2:02} – {3}-{4:02}-{5:02}</translation>
    </message>
    <message>
        <source>{0}（{1} 至 {2}）</source>
        <translation>{0} ({1} to {2})</translation>
    </message>
    <message>
        <source>等候人次</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>平均等候（分）</source>
        <translation>Avg. wait (min)</translation>
    </message>
    <message>
        <source>90%等候（分）</source>
        <translation>90% wait (min)</translation>
    </message>
    <message>
        <source>办理人次</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>平均办理（分）</source>
        <translation>Avg. service (min)</translation>
    </message>
    <message>
        <source>90%办理（分）</source>
        <translation>90% service (min)</translation>
    </message>
    <message>
        <source>支付方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>笔数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>本期受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>其中超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>{0}月{1}日：来访 {2:,} 人次，满意率 {3}</source>
        <translation>{0}/{1}: {2:,} visits, satisfaction {3}</translation>
    </message>
    <message>
        <source>每日来访人次与满意率</source>
        <translation>Daily visits and satisfaction</translation>
    </message>
    <message>
        <source>满意率（%）</source>
        <translation>Satisfaction (%)</translation>
    </message>
    <message>
        <source>日</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>人次</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>评价分布（满意率 {0}）</source>
        <translation>Ratings (satisfaction {0})</translation>
    </message>
    <message>
        <source>未评价</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>指标看板</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>统计周期(&amp;P)</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>打印报表</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>员工绩效（岗位责任制）</source>
        <translation>Staff performance</translation>
    </message>
    <message>
        <source>等候与办理时长</source>
        <translation>Waiting and service times</translation>
    </message>
    <message>
        <source>收费与投诉</source>
        <translation>Payments and complaints</translation>
    </message>
    <message>
        <source>走访调查</source>
        <translation>Visits and surveys</translation>
    </message>
</context>
<context>
    <name>DataMove</name>
    <message>
        <source>迁移数据到本机公共数据文件夹</source>
        <translation>Move the data to this PC&apos;s shared data folder</translation>
    </message>
    <message>
        <source>在本 Windows 账户的个人文件夹中找到了旧版本的柜台助手数据：
{0}

新版本把数据放在本机公共数据文件夹，本电脑所有柜员的账户共用：
{1}

迁移会把数据库、备份、打印件和日志复制过去，核对无误后再从旧文件夹删除。迁移前请在本电脑的其他账户中退出柜台助手。现在迁移吗？</source>
        <translation>Data of an older version of Counter Assistant was found in this Windows account&apos;s own folder:
{0}

The new version keeps the data in this PC&apos;s shared data folder, used by every clerk&apos;s account on this PC:
{1}

Moving copies the database, backups, printouts and logs there, checks them, and only then removes them from the old folder. Quit Counter Assistant in this PC&apos;s other accounts first. Move now?</translation>
    </message>
    <message>
        <source>迁移</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>暂不迁移</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>数据没有迁移</source>
        <translation>The data was not moved</translation>
    </message>
    <message>
        <source>迁移没有完成，原来的数据没有改动，这次仍使用原来的数据库。
原因：{0}</source>
        <translation>The move did not finish; the old data is unchanged and this start uses the old database.
Reason: {0}</translation>
    </message>
    <message>
        <source>数据已迁移到本机公共数据文件夹：
{0}</source>
        <translation>The data was moved to this PC&apos;s shared data folder:
{0}</translation>
    </message>
    <message>
        <source>以下旧文件没能删除（数据已安全复制），请管理员稍后手动删除：
{0}</source>
        <translation>These old files could not be removed (the data was copied safely); an administrator should remove them later:
{0}</translation>
    </message>
    <message>
        <source>数据已迁移</source>
        <translation>Data moved</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{0}年{1}月{2}日</source>
        <translation>{0}-{1:02}-{2:02}</translation>
    </message>
</context>
<context>
    <name>DisconnectionDialog</name>
    <message>
        <source>登记欠费停电</source>
        <translation>Record disconnection for arrears</translation>
    </message>
    <message>
        <source>已按规定程序对欠费户停电后，在此登记；结清欠费后将自动登记复电。</source>
        <translation>Record here once the power of an account in arrears has been cut as the rules require; paying off the arrears then registers the reconnection automatically.</translation>
    </message>
    <message>
        <source>户号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <source>停电日期</source>
        <translation>Disconnected on</translation>
    </message>
    <message>
        <source>例如：停电通知书编号、执行人</source>
        <translation>e.g. disconnection notice no., who cut the power</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>必备</source>
        <translation>required</translation>
    </message>
    <message>
        <source>可选</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>尚未收到：{0}</source>
        <translation>Not yet received: {0}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>EndTimeDialog</name>
    <message>
        <source>修改结束时间</source>
        <translation>Change end time</translation>
    </message>
    <message>
        <source>送电时间未定</source>
        <translation>Restoration time unknown</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>程序遇到了意外错误，刚才的操作没有完成。
已经保存的数据不受影响，也不会留下只保存了一半的记录。
请重试一次；如果仍然出现，请联系系统管理员，并提供下面的日志文件。</source>
        <translation>The program hit an unexpected error; the last action was not completed.
Data already saved is not affected, and no half-saved record is left behind.
Please try once more; if it happens again, contact your administrator with the log file below.</translation>
    </message>
    <message>
        <source>详细信息已记录在日志文件：
{0}</source>
        <translation>Details are in the log file:
{0}</translation>
    </message>
    <message>
        <source>意外错误</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>柜台助手启动时遇到了意外错误，没有打开。数据没有改动。</source>
        <translation>Counter Assistant met an unexpected error while starting and did not open. No data was changed.</translation>
    </message>
    <message>
        <source>请联系系统管理员，并提供上面的信息。</source>
        <translation>Please contact the system administrator with the information above.</translation>
    </message>
    <message>
        <source>柜台助手无法启动</source>
        <translation>Counter Assistant cannot start</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>上一批次：第 {0} 批（{1} 至 {2}，{3} 行），文件 {4}</source>
        <translation>Last batch: no. {0} ({1} to {2}, {3} rows), file {4}</translation>
    </message>
    <message>
        <source>还没有导出过：第一批包括至今的全部记录。</source>
        <translation>Nothing exported yet: the first batch holds every record so far.</translation>
    </message>
    <message>
        <source>选择导出文件保存的文件夹</source>
        <translation>Choose the folder for the export file</translation>
    </message>
    <message>
        <source>请选择导出文件保存的文件夹</source>
        <translation>Please choose the folder for the export file</translation>
    </message>
    <message>
        <source>请选择要重新导出的批次</source>
        <translation>Please choose the batch to export again</translation>
    </message>
    <message>
        <source>起始日期不能晚于截止日期</source>
        <translation>The start date cannot be after the end date</translation>
    </message>
    <message>
        <source>正在导出……</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>导出报送总部</source>
        <translation>Export to HQ</translation>
    </message>
    <message>
        <source>正在取消……</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>第 {0}/{1} 步：{2}{3}</source>
        <translation>Step {0}/{1}: {2}{3}</translation>
    </message>
    <message>
        <source>重新导出</source>
        <translation>Re-export</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>{0}第 {1} 批，共 {2} 行：
{3}</source>
        <translation>{0}: batch {1}, {2} rows:
{3}</translation>
    </message>
    <message>
        <source>未导出：{0}</source>
        <translation>Not exported: {0}</translation>
    </message>
    <message>
        <source>导出报送总部的期间工作簿：来访记录、业务受理、收费明细、日结、投诉意见、员工绩效。客户姓名、证件号码和电话号码已遮蔽。</source>
        <translation>Export the period workbook for HQ: visits, applications, payments, day-end settlements, complaints, staff performance. Customer names, ID numbers and phone numbers are masked.</translation>
    </message>
    <message>
        <source>导出内容</source>
        <translation>What to export</translation>
    </message>
    <message>
        <source>自上次导出以来的新增和变更(&amp;N)</source>
        <translation>&amp;New and changed since the last export</translation>
    </message>
    <message>
        <source>指定日期范围(&amp;R)</source>
        <translation>Date &amp;range</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>重新导出已有批次(&amp;A)</source>
        <translation>Export an earlier b&amp;atch again</translation>
    </message>
    <message>
        <source>保存到(&amp;F)</source>
        <translation>Save in (&amp;F)</translation>
    </message>
    <message>
        <source>浏览(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>打开文件夹(&amp;O)</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>导出(&amp;E)</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <source>值班长授权…</source>
        <translation>Supervisor approval…</translation>
    </message>
    <message>
        <source>{0}（选填）</source>
        <translation>{0} (optional)</translation>
    </message>
    <message>
        <source>统一社会信用代码 {0} 的校验位不符。早期部分代码合法但不符合校验规则，请值班长核对营业执照原件后授权受理。</source>
        <translation>The check digit of credit code {0} does not match. Some early codes are valid but fail the check: a supervisor must see the original business licence and approve.</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>HallDialog</name>
    <message>
        <source>营业厅信息</source>
        <translation>Service hall</translation>
    </message>
    <message>
        <source>营业厅编码</source>
        <translation>Hall code</translation>
    </message>
    <message>
        <source>编码印在每张收据和每批报送文件的编号里，不能修改</source>
        <translation>The code is in every receipt and batch number: it cannot be changed</translation>
    </message>
    <message>
        <source>名称(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>地址(&amp;A)</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>服务电话(&amp;P)</source>
        <translation>Service &amp;phone</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HallDisplay</name>
    <message>
        <source>叫号屏</source>
        <translation>Hall display</translation>
    </message>
    <message>
        <source>正在叫号</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>号票</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>柜台</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>请到 {0} 号柜台</source>
        <translation>Please go to counter {0}</translation>
    </message>
    <message>
        <source>暂无叫号</source>
        <translation>No calls yet</translation>
    </message>
    <message>
        <source>{0} 号柜台</source>
        <translation>Counter {0}</translation>
    </message>
    <message>
        <source>{0} {1}：等候 {2} 人</source>
        <translation>{0} {1}: {2} waiting</translation>
    </message>
    <message>
        <source>【{0}】{1}  {2}</source>
        <translation>[{0}] {1}  {2}</translation>
    </message>
    <message>
        <source>  范围：{0}</source>
        <translation>  Area: {0}</translation>
    </message>
    <message>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>HallDisplayControl</name>
    <message>
        <source>叫号屏</source>
        <translation>Hall display</translation>
    </message>
    <message>
        <source>在大厅的电视或第二台显示器上显示叫号</source>
        <translation>Show the calls on the hall&apos;s TV or second monitor</translation>
    </message>
</context>
<context>
    <name>HallDisplaySection</name>
    <message>
        <source>叫号屏与语音</source>
        <translation>Hall display and voice</translation>
    </message>
    <message>
        <source>启动时打开叫号屏</source>
        <translation>Open the hall display at start</translation>
    </message>
    <message>
        <source>最后一台显示器</source>
        <translation>The last monitor</translation>
    </message>
    <message>
        <source>显示器 {0}：{1}（{2}×{3}）</source>
        <translation>Monitor {0}: {1} ({2}×{3})</translation>
    </message>
    <message>
        <source>叫号屏显示在</source>
        <translation>Show the hall display on</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>本机叫号屏播报全部柜台的叫号</source>
        <translation>This PC&apos;s hall display says every counter&apos;s calls</translation>
    </message>
    <message>
        <source>本机只播报本柜台的叫号（大厅没有叫号屏电脑时）</source>
        <translation>This PC says only its own counter&apos;s calls (when the hall has no display PC)</translation>
    </message>
    <message>
        <source>语音叫号</source>
        <translation>Voice calls</translation>
    </message>
    <message>
        <source>音量</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source> 遍</source>
        <translation> times</translation>
    </message>
    <message>
        <source>每次叫号播报</source>
        <translation>Say each call</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>快捷键（按 F1 或 Esc 关闭）</source>
        <translation>Keyboard shortcuts (F1 or Esc to close)</translation>
    </message>
</context>
<context>
    <name>IdleView</name>
    <message>
        <source>欢迎光临，请稍候</source>
        <translation>Welcome, please wait</translation>
    </message>
    <message>
        <source>公告</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>范围：</source>
        <translation>Area: </translation>
    </message>
    <message>
        <source>原因：</source>
        <translation>Reason: </translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>屏幕已锁定</source>
        <translation>Screen locked</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>柜台助手 - 屏幕已锁定</source>
        <translation>Counter Assistant - Screen locked</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>柜台助手 - 屏幕已锁定</source>
        <translation>Counter Assistant - Screen locked</translation>
    </message>
    <message>
        <source>屏幕已锁定</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>请输入用户名和密码</source>
        <translation>Please enter your user name and password</translation>
    </message>
    <message>
        <source>屏幕由其他营业员锁定，只能由本人或管理员解锁</source>
        <translation>Locked by another clerk: only they or an administrator can unlock</translation>
    </message>
    <message>
        <source>柜台助手 - 登录</source>
        <translation>Counter Assistant - Log in</translation>
    </message>
    <message>
        <source>柜台助手</source>
        <translation>Counter Assistant</translation>
    </message>
    <message>
        <source>用户名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>培训模式（现场服务模拟，不计入正式记录）(&amp;T)</source>
        <translation>&amp;Training mode (simulated service, not recorded)</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>户号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <source>匹配项</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>用电地址</source>
        <translation>Supply address</translation>
    </message>
    <message>
        <source>双击一行为该户收费</source>
        <translation>Double-click a row to take a payment for the account</translation>
    </message>
    <message>
        <source>登记欠费停电…</source>
        <translation>Record disconnection for arrears…</translation>
    </message>
    <message>
        <source>请输入受理编号、户号、证件号码、手机号码，或姓名/地址的一部分</source>
        <translation>Enter an application no., account no., ID number, mobile, or part of a name/address</translation>
    </message>
    <message>
        <source>（少于3个字时只按姓名开头查找；查地址请至少输入3个字）</source>
        <translation> (under 3 characters only name starts are searched; type at least 3 for an address)</translation>
    </message>
    <message>
        <source>没有找到与“{0}”相符的客户</source>
        <translation>No customer matches &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>只显示前{0}位客户，请输入更完整的内容以缩小范围</source>
        <translation>Showing the first {0} customers; type more to narrow the search</translation>
    </message>
    <message>
        <source>找到 {0} 位客户，选中一行查看详情</source>
        <translation>{0} customers found; select a row for details</translation>
    </message>
    <message>
        <source>已登记户号 {0} 欠费停电（{1}）</source>
        <translation>Account {0} recorded as disconnected for arrears ({1})</translation>
    </message>
    <message>
        <source>{0}（已超期）</source>
        <translation>{0} (overdue)</translation>
    </message>
    <message>
        <source>（新装，尚无户号）</source>
        <translation>(new connection, no account yet)</translation>
    </message>
    <message>
        <source>受理 {0}&#x3000;承诺完成 {1}</source>
        <translation>Accepted {0} · Promised by {1}</translation>
    </message>
    <message>
        <source>&#x3000;办结 {0}</source>
        <translation> · Completed {0}</translation>
    </message>
    <message>
        <source>&#x3000;户号 {0}&#x3000;{1}</source>
        <translation> · Account no. {0} · {1}</translation>
    </message>
    <message>
        <source>完成于 {0}</source>
        <translation>Done {0}</translation>
    </message>
    <message>
        <source>未办理（已撤销）</source>
        <translation>Not done (cancelled)</translation>
    </message>
    <message>
        <source>已超期：应于 {0} 前完成</source>
        <translation>Overdue: due by {0}</translation>
    </message>
    <message>
        <source>应于 {0} 前完成（暂停计时）</source>
        <translation>Due by {0} (clock paused)</translation>
    </message>
    <message>
        <source>应于 {0} 前完成</source>
        <translation>Due by {0}</translation>
    </message>
    <message>
        <source>{0}（当前环节）</source>
        <translation>{0} (current)</translation>
    </message>
    <message>
        <source>{0}个工作日</source>
        <translation>{0} working days</translation>
    </message>
    <message>
        <source>办电环节</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>欠费停电，复电办理中（{0}前）</source>
        <translation>Disconnected for arrears; reconnection under way (by {0})</translation>
    </message>
    <message>
        <source>欠费停电</source>
        <translation>Disconnected for arrears</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>{0}：{1}&#x3000;手机：{2}&#x3000;来访 {3} 次</source>
        <translation>{0}: {1} · Mobile: {2} · Visits: {3}</translation>
    </message>
    <message>
        <source>用电户（{0} 个）</source>
        <translation>Accounts ({0})</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>电压</source>
        <translation>Voltage</translation>
    </message>
    <message>
        <source>容量</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>业务受理（{0} 件）</source>
        <translation>Applications ({0})</translation>
    </message>
    <message>
        <source>来访记录（共 {0} 次，显示最近 {1} 次）</source>
        <translation>Visits ({0} in all, latest {1} shown)</translation>
    </message>
    <message>
        <source>来访记录（共 {0} 次）</source>
        <translation>Visits ({0} in all)</translation>
    </message>
    <message>
        <source>来访编号</source>
        <translation>Visit no.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>业务</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>柜台</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>营业员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>便捷查询</source>
        <translation>Lookup</translation>
    </message>
    <message>
        <source>受理编号、户号、证件号码、手机号码，或姓名/地址的一部分</source>
        <translation>Application no., account no., ID number, mobile, or part of a name/address</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>柜台助手 - {0}</source>
        <translation>Counter Assistant - {0}</translation>
    </message>
    <message>
        <source>今日工作</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>排队叫号</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>业务办理</source>
        <translation>New business</translation>
    </message>
    <message>
        <source>便捷查询</source>
        <translation>Lookup</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>收费记录</source>
        <translation>Payment records</translation>
    </message>
    <message>
        <source>日结</source>
        <translation>Day-end settlement</translation>
    </message>
    <message>
        <source>投诉意见</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>走访调查</source>
        <translation>Visits &amp; surveys</translation>
    </message>
    <message>
        <source>公告</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>指标看板</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>培训成绩</source>
        <translation>Training scores</translation>
    </message>
    <message>
        <source>系统管理</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>快捷键一览</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>还没有可打印的收据或回执</source>
        <translation>No receipt or slip to print yet</translation>
    </message>
    <message>
        <source>收费已保存，收据未能生成</source>
        <translation>Payment saved; the receipt was not produced</translation>
    </message>
    <message>
        <source>磁盘已满</source>
        <translation>Disk full</translation>
    </message>
    <message>
        <source>收费已保存（收据号 {0}），但磁盘已满，收据 PDF 未能写入。
请清理磁盘或联系管理员，之后在“收费记录”中补打这张收据。</source>
        <translation>The payment is saved (receipt no. {0}), but the disk is full and the receipt PDF could not be written.
Free some disk space or call the administrator, then reprint this receipt from &quot;Payment records&quot;.</translation>
    </message>
    <message>
        <source>收据未能生成</source>
        <translation>Receipt not made</translation>
    </message>
    <message>
        <source>收费已保存。收据未能生成：{0}
可在“收费记录”中重新打印。</source>
        <translation>The payment is saved. The receipt could not be made: {0}
Reprint it from &quot;Payment records&quot;.</translation>
    </message>
    <message>
        <source>营业厅：{0} {1}    营业员：{2}（{3}，{4}）    柜台：{5}</source>
        <translation>Service hall: {0} {1}    Clerk: {2} ({3}, {4})    Counter: {5}</translation>
    </message>
    <message>
        <source>数据库：{0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <source>已保存为草稿，可在“今日工作”中继续办理</source>
        <translation>Saved as a draft; continue it from &quot;Today&quot;</translation>
    </message>
    <message>
        <source>无法继续办理</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <source>已受理 {0}，受理编号 {1}</source>
        <translation>Accepted {0}, application no. {1}</translation>
    </message>
    <message>
        <source>回执未能生成</source>
        <translation>Receipt not made</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>备份未完成</source>
        <translation>Backup not done</translation>
    </message>
    <message>
        <source>备份已完成：{0}</source>
        <translation>Backup done: {0}</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>关于柜台助手</source>
        <translation>About Counter Assistant</translation>
    </message>
    <message>
        <source>柜台助手 {0}
供电营业厅柜台业务助手</source>
        <translation>Counter Assistant {0}
Counter work for electricity service halls</translation>
    </message>
    <message>
        <source>柜台助手</source>
        <translation>Counter Assistant</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>导出报送总部(&amp;E)…</source>
        <translation>&amp;Export to HQ…</translation>
    </message>
    <message>
        <source>立即备份数据库(&amp;B)</source>
        <translation>&amp;Back up database now</translation>
    </message>
    <message>
        <source>本机设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>锁定屏幕(&amp;L)</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>关于柜台助手(&amp;A)</source>
        <translation>&amp;About Counter Assistant</translation>
    </message>
    <message>
        <source>培训练习</source>
        <translation>Training exercises</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>柜台助手 使用手册</source>
        <translation>Counter Assistant user manual</translation>
    </message>
    <message>
        <source>查找(&amp;F)：</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>输入要查找的文字，按 Enter 找下一处</source>
        <translation>Type the text to find; Enter finds the next place</translation>
    </message>
    <message>
        <source>查找下一处</source>
        <translation>Find next</translation>
    </message>
    <message>
        <source>找不到使用手册文件：{0}</source>
        <translation>The manual file was not found: {0}</translation>
    </message>
    <message>
        <source>未找到</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>使用手册(&amp;M)</source>
        <translation>User &amp;manual</translation>
    </message>
</context>
<context>
    <name>NoticeBoard</name>
    <message>
        <source>范围：</source>
        <translation>Area: </translation>
    </message>
    <message>
        <source>原因：</source>
        <translation>Reason: </translation>
    </message>
    <message>
        <source>另有 {0} 条公告，请到“公告”页查看</source>
        <translation>{0} more notices on the &quot;Notices&quot; page</translation>
    </message>
</context>
<context>
    <name>OutagePanel</name>
    <message>
        <source>停电查询</source>
        <translation>Outage lookup</translation>
    </message>
    <message>
        <source>输入街道、村、小区或台区名称，查询停电公告</source>
        <translation>Enter a street, village, estate or transformer area to find outage notices</translation>
    </message>
    <message>
        <source>查停电</source>
        <translation>Find outages</translation>
    </message>
    <message>
        <source>请至少输入2个字的地名，例如街道、村或台区名称</source>
        <translation>Enter a place name of at least 2 characters, e.g. a street, village or transformer area</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>&quot;{0}&quot;</translation>
    </message>
    <message>
        <source>户号 {0}</source>
        <translation>Account no. {0}</translation>
    </message>
    <message>
        <source>目前没有停电或服务公告</source>
        <translation>No outage or service notices at present</translation>
    </message>
    <message>
        <source>范围：</source>
        <translation>Area: </translation>
    </message>
    <message>
        <source>原因：</source>
        <translation>Reason: </translation>
    </message>
</context>
<context>
    <name>PaidView</name>
    <message>
        <source>收费成功</source>
        <translation>Payment received</translation>
    </message>
    <message>
        <source>请收好找零和收据，谢谢！</source>
        <translation>Please take your change and receipt. Thank you!</translation>
    </message>
    <message>
        <source>本次收费 {0} 元</source>
        <translation>Paid: {0} yuan</translation>
    </message>
    <message>
        <source>找零 {0} 元</source>
        <translation>Change: {0} yuan</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>确认预存</source>
        <translation>Confirm prepayment</translation>
    </message>
    <message>
        <source>本笔合计 {0} 元，其中 {1} 元将存为预存电费，确认吗？</source>
        <translation>The total is {0} yuan, of which {1} yuan will be kept as prepayment. Confirm?</translation>
    </message>
    <message>
        <source>请与客户核对预存金额后再确认。</source>
        <translation>Check the prepayment amount with the customer before confirming.</translation>
    </message>
    <message>
        <source>{0}（{1}{2}）</source>
        <translation>{0} ({1} {2})</translation>
    </message>
    <message>
        <source>{0}（{1}元/{2}）</source>
        <translation>{0} ({1} yuan/{2})</translation>
    </message>
    <message>
        <source>请输入户号</source>
        <translation>Please enter the account no.</translation>
    </message>
    <message>
        <source>正常用电</source>
        <translation>Active</translation>
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
        <source>户名：{0}&#x3000;用户类别：{1}&#x3000;状态：{2}&#x3000;预存余额：{3} 元
用电地址：{4}</source>
        <translation>Name: {0}   Category: {1}   Status: {2}   Prepaid: {3} yuan
Supply address: {4}</translation>
    </message>
    <message>
        <source>欠费合计：本金 {0} 元 + 违约金 {1} 元 = {2} 元</source>
        <translation>Arrears: {0} yuan + late fee {1} yuan = {2} yuan</translation>
    </message>
    <message>
        <source>该户没有欠费。</source>
        <translation>No arrears on this account.</translation>
    </message>
    <message>
        <source>缴</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>应收年月</source>
        <translation>Bill month</translation>
    </message>
    <message>
        <source>缴费截止</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>逾期天数</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>欠费本金</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>违约金</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <source>应缴</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>违约金计算</source>
        <translation>Late fee basis</translation>
    </message>
    <message>
        <source>供电状态：欠费停电，复电办理中（{0}，{1}前恢复供电）</source>
        <translation>Supply: disconnected for arrears; reconnection {0} under way (power back by {1})</translation>
    </message>
    <message>
        <source>供电状态：欠费停电，复电办理中（{0}）</source>
        <translation>Supply: disconnected for arrears; reconnection {0} under way</translation>
    </message>
    <message>
        <source>供电状态：欠费停电（{0}）。结清全部欠费后自动登记复电</source>
        <translation>Supply: disconnected for arrears ({0}). Paying off all arrears registers the reconnection automatically</translation>
    </message>
    <message>
        <source>缴纳电费金额</source>
        <translation>Bill payment</translation>
    </message>
    <message>
        <source>预存金额</source>
        <translation>Prepayment</translation>
    </message>
    <message>
        <source>实收金额</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <source>{0}（部分缴纳）</source>
        <translation>{0} (part payment)</translation>
    </message>
    <message>
        <source>人民币{0}</source>
        <translation>RMB {0}</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>本金</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>请核对找零金额，再按 Enter 确认收费</source>
        <translation>Check the change, then press Enter to confirm</translation>
    </message>
    <message>
        <source>未收费：请与客户核对预存金额</source>
        <translation>Nothing charged: check the prepayment amount with the customer</translation>
    </message>
    <message>
        <source>，找零 {0} 元</source>
        <translation>, change {0} yuan</translation>
    </message>
    <message>
        <source>已收费 {0} 元{1}，收据号 {2}</source>
        <translation>Took {0} yuan{1}, receipt no. {2}</translation>
    </message>
    <message>
        <source>；复电 {0} 已登记，{1}前恢复供电</source>
        <translation>; reconnection {0} registered, power back by {1}</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>户号(&amp;H)</source>
        <translation>Account &amp;no.</translation>
    </message>
    <message>
        <source>输入户号后按回车；不知道户号可在“便捷查询”中查找</source>
        <translation>Type the account no. and press Enter; find it in &quot;Lookup&quot; if unknown</translation>
    </message>
    <message>
        <source>查询欠费</source>
        <translation>Show arrears</translation>
    </message>
    <message>
        <source>电费构成说明…</source>
        <translation>Explain bill…</translation>
    </message>
    <message>
        <source>缴纳电费(元)(&amp;A)</source>
        <translation>Bill p&amp;ayment (yuan)</translation>
    </message>
    <message>
        <source>勾选月份自动计算，也可输入部分金额</source>
        <translation>Tick months to fill in, or type a part payment</translation>
    </message>
    <message>
        <source>预存电费(元)(&amp;Y)</source>
        <translation>Pre&amp;payment (yuan)</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>业务费(&amp;B)</source>
        <translation>Service &amp;fee</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>支付方式(&amp;M)</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <source>合计(元)</source>
        <translation>Total (yuan)</translation>
    </message>
    <message>
        <source>实收现金(元)(&amp;T)</source>
        <translation>Cash &amp;tendered (yuan)</translation>
    </message>
    <message>
        <source>客户交来的现金</source>
        <translation>Cash handed over</translation>
    </message>
    <message>
        <source>交易参考号(&amp;R)</source>
        <translation>&amp;Reference no.</translation>
    </message>
    <message>
        <source>银行卡/移动支付必填</source>
        <translation>For card/mobile</translation>
    </message>
    <message>
        <source>移除业务费</source>
        <translation>Remove fee</translation>
    </message>
    <message>
        <source>找零(元)</source>
        <translation>Change (yuan)</translation>
    </message>
    <message>
        <source>值班长处理…</source>
        <translation>Supervisor…</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>确认收费</source>
        <translation>Confirm payment</translation>
    </message>
</context>
<context>
    <name>PaymentView</name>
    <message>
        <source>户号：{0}&#x3000;户名：{1}</source>
        <translation>Account: {0}   Name: {1}</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>本金</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>违约金</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <source>小计</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>正在核算，请稍候</source>
        <translation>Calculating, please wait</translation>
    </message>
    <message>
        <source>合计：¥{0}</source>
        <translation>Total: ¥{0}</translation>
    </message>
    <message>
        <source>人民币{0}</source>
        <translation>RMB {0}</translation>
    </message>
    <message>
        <source>实收：{0} 元</source>
        <translation>Tendered: {0} yuan</translation>
    </message>
    <message>
        <source>找零：{0} 元</source>
        <translation>Change: {0} yuan</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>全部营业员</source>
        <translation>All clerks</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>补打选中的收据（须填写原因，计入补打次数）</source>
        <translation>Reprint the selected receipt (a reason is required; counted as a reprint)</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>收费时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>户号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <source>户名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>收费员</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>补打</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>请先选择一张收据</source>
        <translation>Select a receipt first</translation>
    </message>
    <message>
        <source>补打收据</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <source>补打原因（必填）：</source>
        <translation>Reason for reprinting (required):</translation>
    </message>
    <message>
        <source>补打收据须填写原因</source>
        <translation>A reprint needs a reason</translation>
    </message>
    <message>
        <source>补打收据 {0}。原因：{1}</source>
        <translation>Reprint receipt {0}. Reason: {1}</translation>
    </message>
    <message>
        <source>作废收据</source>
        <translation>Void receipt</translation>
    </message>
    <message>
        <source>作废收据 {0}（{1} 元）的原因（必填）：</source>
        <translation>Reason for voiding receipt {0} ({1} yuan) (required):</translation>
    </message>
    <message>
        <source>作废须填写原因</source>
        <translation>A void needs a reason</translation>
    </message>
    <message>
        <source>作废收据 {0}，金额 {1} 元。原因：{2}</source>
        <translation>Void receipt {0}, amount {1} yuan. Reason: {2}</translation>
    </message>
    <message>
        <source>收费记录</source>
        <translation>Payment records</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>打印测试页</source>
        <translation>Print test page</translation>
    </message>
    <message>
        <source>打印收据</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>补打…</source>
        <translation>Reprint…</translation>
    </message>
    <message>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
</context>
<context>
    <name>PrintDesk</name>
    <message>
        <source>打印未完成</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>{0}
文件已保存为 PDF：{1}，可稍后打印。</source>
        <translation>{0}
The file is saved as PDF: {1}; it can be printed later.</translation>
    </message>
    <message>
        <source>系统默认打印机</source>
        <translation>system default printer</translation>
    </message>
    <message>
        <source>已发送到打印机 {0}：{1}</source>
        <translation>Sent to printer {0}: {1}</translation>
    </message>
</context>
<context>
    <name>PrintSection</name>
    <message>
        <source>打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>A5 单页纸（单页纸打印机）</source>
        <translation>A5 sheet (sheet printer)</translation>
    </message>
    <message>
        <source>80毫米热敏卷纸</source>
        <translation>80 mm thermal roll</translation>
    </message>
    <message>
        <source>打印前先预览（不勾选则直接打印，Ctrl+Shift+P 预览）</source>
        <translation>Preview before printing (unticked: print at once; Ctrl+Shift+P previews)</translation>
    </message>
    <message>
        <source>卷纸打印机（收据、号票）(&amp;R)</source>
        <translation>&amp;Roll printer (receipts, tickets)</translation>
    </message>
    <message>
        <source>单页纸打印机（回执、报表）(&amp;S)</source>
        <translation>&amp;Sheet printer (slips, reports)</translation>
    </message>
    <message>
        <source>收据纸张(&amp;Z)</source>
        <translation>Receipt pape&amp;r</translation>
    </message>
    <message>
        <source>系统默认打印机（打印前预览）</source>
        <translation>System default printer (preview first)</translation>
    </message>
    <message>
        <source>{0}（未找到）</source>
        <translation>{0} (not found)</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>等候人数：</source>
        <translation>Waiting: </translation>
    </message>
    <message>
        <source>{0} {1} 人</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>&#x3000;&#x3000;本柜台服务：</source>
        <translation>    This counter serves: </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>号码</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>取号时间</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>已等候(分钟)</source>
        <translation>Waited (min)</translation>
    </message>
    <message>
        <source>无号接待</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>{0}&#x3000;{1}&#x3000;到达 {2}&#x3000;等候 {3} 分钟&#x3000;开始办理 {4}</source>
        <translation>{0}   {1}   arrived {2}   waited {3} min   started {4}</translation>
    </message>
    <message>
        <source>当前没有接待中的客户。按 {0} 叫下一位。</source>
        <translation>No customer being served. Press {0} to call next.</translation>
    </message>
    <message>
        <source>正在接待 {0}，请先结束接待（{1}）</source>
        <translation>Serving {0}; end that visit first ({1})</translation>
    </message>
    <message>
        <source>无号客户</source>
        <translation>Walk-in customer</translation>
    </message>
    <message>
        <source>本柜台服务的类别中没有等候的客户</source>
        <translation>Nobody is waiting in this counter&apos;s categories</translation>
    </message>
    <message>
        <source>请 {0} 号到 {1} 号柜台</source>
        <translation>Ticket {0} to counter {1}, please</translation>
    </message>
    <message>
        <source>再次呼叫 {0} 号</source>
        <translation>Calling {0} again</translation>
    </message>
    <message>
        <source>转到哪个类别</source>
        <translation>Move to which category</translation>
    </message>
    <message>
        <source>已转为 {0} 号，保留原到达时间</source>
        <translation>Now ticket {0}, arrival time kept</translation>
    </message>
    <message>
        <source>无号接待：选择类别</source>
        <translation>Walk-in: choose a category</translation>
    </message>
    <message>
        <source>接待结束：等候 {0} 分钟，办理 {1} 分钟</source>
        <translation>Visit ended: waited {0} min, served {1} min</translation>
    </message>
    <message>
        <source>已取号 {0}，前面还有 {1} 人</source>
        <translation>Ticket {0} taken, {1} ahead</translation>
    </message>
    <message>
        <source>排队叫号</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>当前接待</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>当前没有接待中的客户。</source>
        <translation>No customer at the counter.</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>结束接待并请客户评价</source>
        <translation>End visit and ask for rating</translation>
    </message>
    <message>
        <source>叫下一位</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>重呼</source>
        <translation>Call again</translation>
    </message>
    <message>
        <source>过号</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>转类别…</source>
        <translation>Change category…</translation>
    </message>
    <message>
        <source>无号接待…</source>
        <translation>Walk-in…</translation>
    </message>
    <message>
        <source>等候中的号票</source>
        <translation>Waiting tickets</translation>
    </message>
    <message>
        <source>取号</source>
        <translation>Take ticket</translation>
    </message>
    <message>
        <source>取号并打印号票</source>
        <translation>Take and print a ticket</translation>
    </message>
</context>
<context>
    <name>RatingWindow</name>
    <message>
        <source>&#x3000;本次缴费 {0} 元</source>
        <translation>   paid {0} yuan</translation>
    </message>
    <message>
        <source>您办理的业务：{0}{1}
为您服务的是 {2}，{3}号柜台</source>
        <translation>Your business: {0}{1}
Served by {2}, counter {3}</translation>
    </message>
    <message>
        <source>谢谢您的评价！</source>
        <translation>Thank you for your rating!</translation>
    </message>
    <message>
        <source>服务评价</source>
        <translation>Rate our service</translation>
    </message>
    <message>
        <source>请您对本次服务作出评价</source>
        <translation>Please rate today&apos;s service</translation>
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
        <source>客户未评价（已离开）</source>
        <translation>No rating (customer left)</translation>
    </message>
</context>
<context>
    <name>RestoreLossDialog</name>
    <message>
        <source>恢复备份：将丢失记录</source>
        <translation>Restore backup: records will be lost</translation>
    </message>
    <message>
        <source>这份备份比当前数据库旧。请核对以下将丢失的记录：</source>
        <translation>This backup is older than the current database. Check the records that will be lost:</translation>
    </message>
    <message>
        <source>我是管理员，已核对以上记录，同意恢复</source>
        <translation>I am an administrator, I have checked these records and agree to restore</translation>
    </message>
    <message>
        <source>确认恢复</source>
        <translation>Restore anyway</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>请至少勾选一项需要补正的资料</source>
        <translation>Tick at least one document to be supplied</translation>
    </message>
    <message>
        <source>退回补正</source>
        <translation>Return for documents</translation>
    </message>
    <message>
        <source>勾选客户需要补正的资料。退回后暂停计时，补正期间不计入办理时限，并打印补正通知书交给客户。</source>
        <translation>Tick the documents the customer must supply. The clock pauses until they do, and a notice is printed for the customer.</translation>
    </message>
    <message>
        <source>其他说明(&amp;N)</source>
        <translation>Other &amp;notes</translation>
    </message>
    <message>
        <source>例如：产权证明复印件不清晰</source>
        <translation>e.g. the copy of the title deed is unreadable</translation>
    </message>
    <message>
        <source>退回并打印通知书</source>
        <translation>Return and print notice</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>选择打印文件保存位置</source>
        <translation>Choose where printouts are kept</translation>
    </message>
    <message>
        <source>选择备份文件夹（例如U盘）</source>
        <translation>Choose the backup folder (e.g. a USB drive)</translation>
    </message>
    <message>
        <source>备份文件夹请填写完整路径，或点“浏览…”选择</source>
        <translation>Enter the backup folder&apos;s full path, or use &quot;Browse…&quot;</translation>
    </message>
    <message>
        <source>本机设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>这些设置只对本台电脑有效；营业厅信息保存在数据库中。</source>
        <translation>These settings apply to this PC only; the service hall&apos;s details are kept in the database.</translation>
    </message>
    <message>
        <source>柜台与界面</source>
        <translation>Counter and screen</translation>
    </message>
    <message>
        <source>柜台号(&amp;C)</source>
        <translation>&amp;Counter no.</translation>
    </message>
    <message>
        <source>例如：1</source>
        <translation>e.g. 1</translation>
    </message>
    <message>
        <source>空闲锁屏(分钟)(&amp;L)</source>
        <translation>&amp;Lock when idle (min)</translation>
    </message>
    <message>
        <source>打印文件保存位置(&amp;F)</source>
        <translation>Printouts &amp;folder</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>备份文件夹(&amp;B)</source>
        <translation>&amp;Backup folder</translation>
    </message>
    <message>
        <source>例如U盘上的文件夹；不填则备份到本机数据文件夹</source>
        <translation>e.g. on a USB drive; empty: data folder</translation>
    </message>
    <message>
        <source>保留备份份数(&amp;K)</source>
        <translation>Backups to &amp;keep</translation>
    </message>
    <message>
        <source>本柜台服务的排队类别(&amp;Q)</source>
        <translation>&amp;Queue categories served</translation>
    </message>
    <message>
        <source>号码前缀，用逗号分隔，如 A,B；不填则全部</source>
        <translation>Ticket prefixes, comma separated, e.g. A,B; empty: all</translation>
    </message>
    <message>
        <source>界面语言(&amp;Y)</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>下次启动柜台助手时生效</source>
        <translation>Takes effect at the next start</translation>
    </message>
    <message>
        <source>字号</source>
        <translation>Font size</translation>
    </message>
    <message>
        <source>营业员界面字号(&amp;Z)</source>
        <translation>Clerk screen font si&amp;ze</translation>
    </message>
    <message>
        <source> 磅</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>客户评价窗口字号(&amp;U)</source>
        <translation>C&amp;ustomer rating window font size</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettledDay</name>
    <message>
        <source>今日已日结</source>
        <translation>Day already settled</translation>
    </message>
    <message>
        <source>今日已日结。请值班长选择如何处理本笔收费：</source>
        <translation>Today is already settled. Supervisor, choose how to handle this payment:</translation>
    </message>
    <message>
        <source>重开日结：原日结保留为记录，今日可继续收费，下班前须重新清点并日结。
计入次日：本笔现在收费，计入明天的日结。</source>
        <translation>Reopen the day: the settlement is kept as a record, payments can be taken again today, and the day must be counted and settled again before closing.
Next day: take this payment now and count it in tomorrow&apos;s settlement.</translation>
    </message>
    <message>
        <source>重开日结…</source>
        <translation>Reopen the day…</translation>
    </message>
    <message>
        <source>计入次日日结</source>
        <translation>Count in next day&apos;s settlement</translation>
    </message>
    <message>
        <source>重开日结</source>
        <translation>Reopen settlement</translation>
    </message>
    <message>
        <source>重开日结的原因（必填）：</source>
        <translation>Reason for reopening (required):</translation>
    </message>
    <message>
        <source>今日已日结。值班长 {0} 已授权：本笔收费计入次日日结</source>
        <translation>Today is settled. Supervisor {0} approved: this payment counts in the next day&apos;s settlement</translation>
    </message>
    <message>
        <source>今日已日结，不能直接收费。请值班长处理：重开日结，或本笔计入次日日结</source>
        <translation>Today is settled; payments cannot be taken directly. Ask a supervisor: reopen the day, or count this payment in the next day&apos;s settlement</translation>
    </message>
    <message>
        <source>重开今日日结</source>
        <translation>Reopen today&apos;s settlement</translation>
    </message>
    <message>
        <source>日结 {0} 已重开：可以继续收费，下班前请重新清点并日结</source>
        <translation>Settlement {0} reopened: payments can be taken; count and settle again before closing</translation>
    </message>
    <message>
        <source>本笔收费计入次日日结</source>
        <translation>Count this payment in the next day&apos;s settlement</translation>
    </message>
</context>
<context>
    <name>SettlementPage</name>
    <message>
        <source> 张/枚</source>
        <translation> notes/coins</translation>
    </message>
    <message>
        <source>清点完毕并核对后，这里显示应收现金、实点现金和差额。</source>
        <translation>After the count is compared, the cash expected, the cash counted and the difference are shown here.</translation>
    </message>
    <message>
        <source>营业日：{0}&#x3000;收费员：{1}（{2}）</source>
        <translation>Business day: {0}   Cashier: {1} ({2})</translation>
    </message>
    <message>
        <source>核对之后又有收费或作废，应收现金已变动，请重新清点。</source>
        <translation>Payments or voids were booked after the comparison and the expected cash has changed: count again.</translation>
    </message>
    <message>
        <source>今日已日结，收费记录已锁定。</source>
        <translation>Today is settled; payments are locked.</translation>
    </message>
    <message>
        <source>第{0}次清点（已核对，不能修改）：实点现金合计 {1} 元</source>
        <translation>Count {0} (compared, cannot be changed): cash counted {1} yuan</translation>
    </message>
    <message>
        <source>实点现金合计：{0} 元</source>
        <translation>Cash counted: {0} yuan</translation>
    </message>
    <message>
        <source>已开始重新清点，之前的清点记录已保留，并将列入日结报表。</source>
        <translation>Counting again. The earlier count is kept and will be listed on the settlement report.</translation>
    </message>
    <message>
        <source>应收现金 &lt;b&gt;{0}&lt;/b&gt; 元&#x3000;实点现金 &lt;b&gt;{1}&lt;/b&gt; 元&#x3000;差额 {2} 元</source>
        <translation>Expected cash &lt;b&gt;{0}&lt;/b&gt; yuan · Counted &lt;b&gt;{1}&lt;/b&gt; yuan · Difference {2} yuan</translation>
    </message>
    <message>
        <source>有效收费 {0} 笔，作废 {1} 笔；非现金合计 {2} 元</source>
        <translation>{0} valid payments, {1} voided; non-cash total {2} yuan</translation>
    </message>
    <message>
        <source>笔数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>支付方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>请先清点现金并核对金额</source>
        <translation>Count the cash and compare the amounts first</translation>
    </message>
    <message>
        <source>现金有差额，请先填写差异说明</source>
        <translation>The cash does not match: explain the difference first</translation>
    </message>
    <message>
        <source>复核 {0} 的日结：应收现金 {1} 元，实点 {2} 元，差额 {3} 元</source>
        <translation>Check {0}&apos;s day-end: expected cash {1} yuan, counted {2} yuan, difference {3} yuan</translation>
    </message>
    <message>
        <source>日结完成：{0}</source>
        <translation>Day-end settled: {0}</translation>
    </message>
    <message>
        <source>日结</source>
        <translation>Day-end settlement</translation>
    </message>
    <message>
        <source>第一步：按面额清点钱箱中的现金并填写张数（此时不显示系统应收金额）。第二步：核对应收与实点（核对后清点数不能再改；如需再点一遍，按“重新清点”，每次清点都留有记录），如有差额须说明原因。第三步：值班长复核签字后日结，当日收费记录即锁定。</source>
        <translation>1. Count the cash in the drawer by denomination (the expected amount is not shown yet). 2. Compare expected and counted (a compared count cannot be changed; to count again, press “Count again”: every count is kept); explain any difference. 3. A supervisor checks and settles the day; its payments are then locked.</translation>
    </message>
    <message>
        <source>重新清点</source>
        <translation>Count again</translation>
    </message>
    <message>
        <source>清点完毕，核对金额</source>
        <translation>Done counting: compare</translation>
    </message>
    <message>
        <source>差异说明(&amp;R)</source>
        <translation>&amp;Reason for difference</translation>
    </message>
    <message>
        <source>实点与应收不一致时必填</source>
        <translation>Required when counted and expected differ</translation>
    </message>
    <message>
        <source>打印日结报表</source>
        <translation>Print day-end report</translation>
    </message>
    <message>
        <source>值班长复核并日结…</source>
        <translation>Supervisor check and settle…</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
    <message>
        <source>首次使用设置</source>
        <translation>First-time setup</translation>
    </message>
    <message>
        <source>欢迎使用柜台助手。请填写本营业厅的信息，并创建第一个管理员账户。</source>
        <translation>Welcome to Counter Assistant. Enter this service hall&apos;s details and create the first administrator.</translation>
    </message>
    <message>
        <source>营业厅信息</source>
        <translation>Service hall</translation>
    </message>
    <message>
        <source>营业厅编码(&amp;C)</source>
        <translation>Hall &amp;code</translation>
    </message>
    <message>
        <source>4至20位字母或数字，由上级单位分配</source>
        <translation>4 to 20 letters or digits, assigned by your head office</translation>
    </message>
    <message>
        <source>营业厅名称(&amp;N)</source>
        <translation>Hall &amp;name</translation>
    </message>
    <message>
        <source>例如：城关供电营业厅</source>
        <translation>e.g. Chengguan Service Hall</translation>
    </message>
    <message>
        <source>地址(&amp;A)</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>服务电话(&amp;T)</source>
        <translation>Service &amp;phone</translation>
    </message>
    <message>
        <source>管理员账户</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>用户名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>登录用，英文字母或数字</source>
        <translation>For logging in: letters or digits</translation>
    </message>
    <message>
        <source>姓名(&amp;M)</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>工号(&amp;G)</source>
        <translation>Sta&amp;ff no.</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>确认密码(&amp;R)</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>完成设置</source>
        <translation>Finish setup</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignOut</name>
    <message>
        <source>注销 / 切换用户(&amp;U)</source>
        <translation>Sign &amp;out / switch user</translation>
    </message>
    <message>
        <source>注销</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>收费页面上户号 {0} 的收费还没有确认，注销后不会保存。仍要注销吗？</source>
        <translation>The payment for account {0} on the payment page has not been confirmed and will not be kept after signing out. Sign out anyway?</translation>
    </message>
    <message>
        <source>本柜台正在接待 {0}，请先结束接待（F8）再注销。</source>
        <translation>This counter is still serving {0}: end the visit first (F8), then sign out.</translation>
    </message>
    <message>
        <source>未能注销</source>
        <translation>Not signed out</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>柜台助手无法启动</source>
        <translation>Counter Assistant cannot start</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>请核对电脑的日期和时间</source>
        <translation>Please check the PC&apos;s date and time</translation>
    </message>
    <message>
        <source>正在备份数据库…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>今日备份</source>
        <translation>Today&apos;s backup</translation>
    </message>
    <message>
        <source>今日备份未完成</source>
        <translation>Today&apos;s backup not done</translation>
    </message>
    <message>
        <source>今日备份已完成：{0}</source>
        <translation>Today&apos;s backup done: {0}</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <source>值班长授权</source>
        <translation>Supervisor approval</translation>
    </message>
    <message>
        <source>值班长用户名</source>
        <translation>Supervisor user name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>SurveyForm</name>
    <message>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>今日已受理 {0} 件；待办 {1} 件，其中超期 {2} 件；草稿 {3} 件</source>
        <translation>Accepted today: {0}; to do: {1}, {2} overdue; drafts: {3}</translation>
    </message>
    <message>
        <source>受理编号</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <source>业务</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>当前环节</source>
        <translation>Current step</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>保存人</source>
        <translation>Saved by</translation>
    </message>
    <message>
        <source>保存时间</source>
        <translation>Saved at</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>承诺完成</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <source>我的走访：待走访 {0} 户，其中超期 {1} 户，最早 {2} 前完成</source>
        <translation>My visits: {0} to make, {1} overdue, the first due by {2}</translation>
    </message>
    <message>
        <source>走访计划 {0} 个进行中：已走访 {1}/{2} 户，超期计划 {3} 个</source>
        <translation>{0} visit plans open: {1}/{2} customers visited, {3} plans overdue</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>查看走访调查</source>
        <translation>Open Visits &amp; surveys</translation>
    </message>
    <message>
        <source>今日工作</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>待办：今日到期、已超期（红色）和暂停计时的申请</source>
        <translation>To do: applications due today, overdue (red) or paused</translation>
    </message>
    <message>
        <source>查看/处理…</source>
        <translation>View/Handle…</translation>
    </message>
    <message>
        <source>草稿：未完成的受理，任何营业员都可以继续办理</source>
        <translation>Drafts: unfinished applications, any clerk can continue them</translation>
    </message>
    <message>
        <source>继续办理</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>作废草稿</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>今日已受理</source>
        <translation>Accepted today</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>重打受理回执</source>
        <translation>Reprint receipt</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>培训练习</source>
        <translation>Training exercises</translation>
    </message>
    <message>
        <source>问题（完成练习时一并评分）</source>
        <translation>Questions (scored when you finish)</translation>
    </message>
    <message>
        <source>开始练习</source>
        <translation>Start exercise</translation>
    </message>
    <message>
        <source>完成练习</source>
        <translation>Finish exercise</translation>
    </message>
    <message>
        <source>客户情景</source>
        <translation>Customer&apos;s story</translation>
    </message>
    <message>
        <source>满分 {0} 分，{1} 分及格。阅读情景后点击“开始练习”，再到相应页面办理。</source>
        <translation>Out of {0} points, pass mark {1}. Read the story, click &quot;Start exercise&quot;, then handle it on the right page.</translation>
    </message>
    <message>
        <source>{0}. {1}（{2} 分）</source>
        <translation>{0}. {1} ({2} pts)</translation>
    </message>
    <message>
        <source>还有问题未作答</source>
        <translation>Unanswered questions</translation>
    </message>
    <message>
        <source>还有 {0} 个问题未作答，未作答的问题不得分。仍要完成练习吗？</source>
        <translation>{0} questions are unanswered and score nothing. Finish the exercise anyway?</translation>
    </message>
    <message>
        <source>{0}&#x3000;✓ 正确答案</source>
        <translation>{0}  ✓ correct answer</translation>
    </message>
    <message>
        <source>{0}&#x3000;✗ 所选答案</source>
        <translation>{0}  ✗ your answer</translation>
    </message>
    <message>
        <source>练习进行中：{0}。办理完毕后回到本页点击“完成练习”。</source>
        <translation>Exercise in progress: {0}. When done, come back here and click &quot;Finish exercise&quot;.</translation>
    </message>
    <message>
        <source>成绩未能保存</source>
        <translation>Score not saved</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>未通过</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>得分 {0} / {1}（{2}）</source>
        <translation>Score {0} / {1} ({2})</translation>
    </message>
    <message>
        <source>（未记录）</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>（未作答）</source>
        <translation>(not answered)</translation>
    </message>
    <message>
        <source>问答：{0}</source>
        <translation>Question: {0}</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>检查项</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>应为</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>实际</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>成绩已记录。可以选择下一个练习。</source>
        <translation>Score recorded. You can choose the next exercise.</translation>
    </message>
</context>
<context>
    <name>TrainingScoresPage</name>
    <message>
        <source>培训成绩</source>
        <translation>Training scores</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>学员</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>练习</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <source>次数</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>最高分</source>
        <translation>Best score</translation>
    </message>
    <message>
        <source>最近得分</source>
        <translation>Last score</translation>
    </message>
    <message>
        <source>已通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>最近练习时间</source>
        <translation>Last attempt</translation>
    </message>
    <message>
        <source>学员 {0} 人，练习记录 {1} 项（在登录窗口勾选“培训模式”即可练习）</source>
        <translation>{0} trainees, {1} exercise records (tick &quot;Training mode&quot; at login to practise)</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
    <message>
        <source>新增用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>用户名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>登录用，英文字母或数字</source>
        <translation>For logging in: letters or digits</translation>
    </message>
    <message>
        <source>姓名(&amp;M)</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>工号(&amp;G)</source>
        <translation>Sta&amp;ff no.</translation>
    </message>
    <message>
        <source>角色(&amp;R)</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>确认密码(&amp;E)</source>
        <translation>R&amp;epeat password</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>欠费清单</source>
        <translation>arrears list</translation>
    </message>
    <message>
        <source>收费标准</source>
        <translation>fee schedule</translation>
    </message>
    <message>
        <source>待总部确认的规则取值：业务 — 取值 — 当前值</source>
        <translation>Rule values awaiting HQ&apos;s confirmation: business — value — current value</translation>
    </message>
    <message>
        <source>（无：所有取值均有出处）</source>
        <translation>(none: every value has a source)</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>改姓名</source>
        <translation>Change name</translation>
    </message>
    <message>
        <source>{0} 的姓名：</source>
        <translation>Name of {0}:</translation>
    </message>
    <message>
        <source>不能修改</source>
        <translation>Cannot change</translation>
    </message>
    <message>
        <source>选择总部下发的工作日历文件</source>
        <translation>Choose the working-day calendar file from HQ</translation>
    </message>
    <message>
        <source>导入工作日历</source>
        <translation>Import working-day calendar</translation>
    </message>
    <message>
        <source>工作日历未导入</source>
        <translation>Calendar not imported</translation>
    </message>
    <message>
        <source>工作日历已导入</source>
        <translation>Calendar imported</translation>
    </message>
    <message>
        <source>{0}年 {1} 天</source>
        <translation>{0}: {1} days</translation>
    </message>
    <message>
        <source>选择总部下发的{0}文件</source>
        <translation>Choose the {0} file from HQ</translation>
    </message>
    <message>
        <source>导入{0}</source>
        <translation>Import {0}</translation>
    </message>
    <message>
        <source>{0}未导入</source>
        <translation>The {0} was not imported</translation>
    </message>
    <message>
        <source>{0}已导入</source>
        <translation>The {0} is imported</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>为 {0} 设置新密码：</source>
        <translation>New password for {0}:</translation>
    </message>
    <message>
        <source>未能重置</source>
        <translation>Not reset</translation>
    </message>
    <message>
        <source>系统管理</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>新增用户…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <source>停用/启用</source>
        <translation>Disable/Enable</translation>
    </message>
    <message>
        <source>重置密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>改姓名…</source>
        <translation>Change name…</translation>
    </message>
    <message>
        <source>营业厅信息…</source>
        <translation>Service hall…</translation>
    </message>
    <message>
        <source>导入工作日历…</source>
        <translation>Import calendar…</translation>
    </message>
    <message>
        <source>导入欠费清单…</source>
        <translation>Import arrears…</translation>
    </message>
    <message>
        <source>导入收费标准…</source>
        <translation>Import fee schedule…</translation>
    </message>
</context>
<context>
    <name>VisitEntryDialog</name>
    <message>
        <source>录入走访结果 - {0}</source>
        <translation>Enter visit - {0}</translation>
    </message>
    <message>
        <source>{0}&#x3000;户号 {1}&#x3000;电话 {2}
地址：{3}
计划 {4}，{5} 前完成</source>
        <translation>{0}&#x3000;Account {1}&#x3000;Phone {2}
Address: {3}
Plan {4}, due by {5}</translation>
    </message>
    <message>
        <source>录入走访结果</source>
        <translation>Enter visit</translation>
    </message>
    <message>
        <source>走访方式(&amp;M)</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <source>走访时间(&amp;T)</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>未能联系上客户(&amp;X)</source>
        <translation>Customer not reached (&amp;X)</translation>
    </message>
    <message>
        <source>走访记录（客户的其他意见、现场情况）(&amp;N)</source>
        <translation>&amp;Notes (the customer&apos;s other views, what was found)</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VisitPlanDialog</name>
    <message>
        <source>新装完成不超过 {0} 天</source>
        <translation>New connection completed within {0} days</translation>
    </message>
    <message>
        <source>{0} 天内有投诉或 {1} 分及以下的评价</source>
        <translation>A complaint or a rating of {1} or less within {0} days</translation>
    </message>
    <message>
        <source>{0}，容量不低于 {1} kW 或{2}供电</source>
        <translation>{0}, capacity at least {1} kW or supplied at {2}</translation>
    </message>
    <message>
        <source>{0} 天内所在地区停电不少于 {1} 次</source>
        <translation>At least {1} outages in the area within {0} days</translation>
    </message>
    <message>
        <source>按“预览客户”查看规则选出的客户，可移除个别客户</source>
        <translation>Press Preview customers to see whom the rule picks; any may be removed</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>户号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>用电地址</source>
        <translation>Supply address</translation>
    </message>
    <message>
        <source>选取原因</source>
        <translation>Why chosen</translation>
    </message>
    <message>
        <source>规则选出 {0} 位客户，另有 {1} 位超出一个计划的上限未列入</source>
        <translation>The rule picked {0} customers; {1} more are over a plan&apos;s limit and left out</translation>
    </message>
    <message>
        <source>规则选出 {0} 位客户</source>
        <translation>The rule picked {0} customers</translation>
    </message>
    <message>
        <source>没有找到与“{0}”相符的客户</source>
        <translation>No customer matches “{0}”</translation>
    </message>
    <message>
        <source>选择客户</source>
        <translation>Choose customer</translation>
    </message>
    <message>
        <source>找到多位客户，请选择：</source>
        <translation>Several customers found; choose one:</translation>
    </message>
    <message>
        <source>逐户指定</source>
        <translation>Chosen by hand</translation>
    </message>
    <message>
        <source>已指定 {0} 位客户</source>
        <translation>{0} customers chosen</translation>
    </message>
    <message>
        <source>新建走访计划</source>
        <translation>New visit plan</translation>
    </message>
    <message>
        <source>计划名称(&amp;N)</source>
        <translation>Plan &amp;name</translation>
    </message>
    <message>
        <source>可不填：按问卷和规则命名</source>
        <translation>Optional: named after the survey and the rule</translation>
    </message>
    <message>
        <source>调查问卷(&amp;Q)</source>
        <translation>Sur&amp;vey</translation>
    </message>
    <message>
        <source>走访期间(&amp;U)</source>
        <translation>Period (&amp;U)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>走访人(&amp;V)</source>
        <translation>&amp;Visitors</translation>
    </message>
    <message>
        <source>走访哪些客户</source>
        <translation>Which customers</translation>
    </message>
    <message>
        <source>按规则选取(&amp;R)</source>
        <translation>By &amp;rule</translation>
    </message>
    <message>
        <source>逐户指定(&amp;H)</source>
        <translation>By &amp;hand</translation>
    </message>
    <message>
        <source>户号、手机或姓名，回车查找</source>
        <translation>Account no., mobile or name; Enter to look up</translation>
    </message>
    <message>
        <source>加入(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>预览客户(&amp;P)</source>
        <translation>&amp;Preview customers</translation>
    </message>
    <message>
        <source>建立计划</source>
        <translation>Make plan</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>我的走访：待走访 {0} 户，其中超期 {1} 户</source>
        <translation>My visits: {0} to make, {1} of them overdue</translation>
    </message>
    <message>
        <source>；进行中的计划 {0} 个，已走访 {1}/{2} 户</source>
        <translation>; {0} open plans, {1}/{2} customers visited</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>户号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>用电地址</source>
        <translation>Supply address</translation>
    </message>
    <message>
        <source>问卷</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>完成期限</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{0}（已超期）</source>
        <translation>{0} (overdue)</translation>
    </message>
    <message>
        <source>计划编号</source>
        <translation>Plan no.</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>未联系上</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>待走访</source>
        <translation>To visit</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>{0}/{1}</source>
        <translation>{0}/{1}</translation>
    </message>
    <message>
        <source>{0}（已办结 {1}）</source>
        <translation>{0} ({1} closed)</translation>
    </message>
    <message>
        <source>走访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>选取原因</source>
        <translation>Why chosen</translation>
    </message>
    <message>
        <source>已建立走访计划 {0}：{1} 位客户，{2} 前完成。可按 Ctrl+P 打印走访记录表</source>
        <translation>Visit plan {0} made: {1} customers, due by {2}. Press Ctrl+P to print the visit sheets</translation>
    </message>
    <message>
        <source>请先在列表中选择一个计划</source>
        <translation>Choose a plan in the list first</translation>
    </message>
    <message>
        <source>走访记录表未能生成：{0}</source>
        <translation>The visit sheets could not be made: {0}</translation>
    </message>
    <message>
        <source>请先在列表中选择一户</source>
        <translation>Choose a customer in the list first</translation>
    </message>
    <message>
        <source>已记录：未能联系上客户，可再次走访</source>
        <translation>Recorded: the customer could not be reached; they can be visited again</translation>
    </message>
    <message>
        <source>已保存走访记录。发现问题 {0} 项，已登记跟进 {1}（{2} 前答复），请到“投诉意见”中处理</source>
        <translation>Visit saved. {0} problem(s) found, follow-up {1} opened (reply by {2}); handle it in Complaints</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>已保存走访记录，未发现问题</source>
        <translation>Visit saved; no problem found</translation>
    </message>
    <message>
        <source>走访调查</source>
        <translation>Visits and surveys</translation>
    </message>
    <message>
        <source>我的走访</source>
        <translation>My visits</translation>
    </message>
    <message>
        <source>分配给我、尚未走访的客户：先到期的在前，超期的为红色</source>
        <translation>Customers assigned to me and not yet visited: earliest due first, overdue in red</translation>
    </message>
    <message>
        <source>录入走访结果…</source>
        <translation>Enter visit…</translation>
    </message>
    <message>
        <source>走访计划</source>
        <translation>Visit plans</translation>
    </message>
    <message>
        <source>走访计划和完成进度（有超期未走访的为红色）</source>
        <translation>Visit plans and their progress (red: past the due date with customers not visited)</translation>
    </message>
    <message>
        <source>新建计划…</source>
        <translation>New plan…</translation>
    </message>
    <message>
        <source>打印走访记录表</source>
        <translation>Print visit sheets</translation>
    </message>
    <message>
        <source>所选计划的客户</source>
        <translation>Customers of the chosen plan</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>重复受理</source>
        <translation>Second application</translation>
    </message>
</context>
<context>
    <name>WizardLeave</name>
    <message>
        <source>放弃本次办理？</source>
        <translation>Give up this business?</translation>
    </message>
    <message>
        <source>已填写的内容尚未受理。保存为草稿后，可在“今日工作”的草稿中继续办理。</source>
        <translation>What was filled in has not been accepted. Saved as a draft, it can be resumed from the drafts on &quot;Today&quot;.</translation>
    </message>
    <message>
        <source>保存草稿(&amp;S)</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>放弃(&amp;D)</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>继续填写(&amp;C)</source>
        <translation>&amp;Continue filling in</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>{0}：{1}/{2}</source>
        <translation>{0}: {1}/{2}</translation>
    </message>
    <message>
        <source>{0}：已处理 {1} 行</source>
        <translation>{0}: {1} rows done</translation>
    </message>
    <message>
        <source>正在准备……</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在取消……</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>refusals</name>
    <message>
        <source>未能完成</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>任何页面</source>
        <translation>Any page</translation>
    </message>
    <message>
        <source>排队叫号</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>业务办理</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <source>业务办理向导</source>
        <translation>Business wizard</translation>
    </message>
    <message>
        <source>便捷查询</source>
        <translation>Quick lookup</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>收费记录</source>
        <translation>Payment records</translation>
    </message>
    <message>
        <source>显示或关闭本帮助</source>
        <translation>Show or close this help</translation>
    </message>
    <message>
        <source>叫下一位（转到排队叫号）</source>
        <translation>Call next (goes to Queue)</translation>
    </message>
    <message>
        <source>便捷查询：光标到查询框</source>
        <translation>Quick lookup: cursor to the search box</translation>
    </message>
    <message>
        <source>新的收费：清空并输入户号</source>
        <translation>New payment: clear and enter account no.</translation>
    </message>
    <message>
        <source>刷新当前页面</source>
        <translation>Refresh the current page</translation>
    </message>
    <message>
        <source>办理新业务：选择业务</source>
        <translation>New business: choose the business</translation>
    </message>
    <message>
        <source>打印当前文档（最近的收据或回执；收费记录中为选中的收据），直接送到本机设置的打印机</source>
        <translation>Print the current document (the latest receipt or slip; on Payment records the selected receipt) straight to this PC&apos;s printer</translation>
    </message>
    <message>
        <source>打印预览：同 Ctrl+P，但先预览（预览中 Ctrl+P 打印，Esc 关闭）</source>
        <translation>Print preview: as Ctrl+P, previewed first (in the preview Ctrl+P prints, Esc closes)</translation>
    </message>
    <message>
        <source>锁定屏幕</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>注销 / 切换用户</source>
        <translation>Sign out / switch user</translation>
    </message>
    <message>
        <source>打开使用手册</source>
        <translation>Open the user manual</translation>
    </message>
    <message>
        <source>转到“{0}”</source>
        <translation>Go to &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>关闭帮助或对话框</source>
        <translation>Close help or dialog</translation>
    </message>
    <message>
        <source>重呼当前号码</source>
        <translation>Recall current number</translation>
    </message>
    <message>
        <source>过号</source>
        <translation>Skip (no-show)</translation>
    </message>
    <message>
        <source>结束接待并请客户评价</source>
        <translation>End visit and ask for rating</translation>
    </message>
    <message>
        <source>转到其他类别</source>
        <translation>Transfer to another category</translation>
    </message>
    <message>
        <source>无号接待</source>
        <translation>Serve walk-in</translation>
    </message>
    <message>
        <source>为客户取号</source>
        <translation>Issue a ticket for the customer</translation>
    </message>
    <message>
        <source>开始办理选中的业务</source>
        <translation>Start the selected business</translation>
    </message>
    <message>
        <source>下一步（本页填写完整时）；最后一页为确认受理</source>
        <translation>Next (when the page is complete); on the last page, Accept</translation>
    </message>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>保存草稿</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>取消办理</source>
        <translation>Cancel the business</translation>
    </message>
    <message>
        <source>在查询框中：查询</source>
        <translation>In the search box: search</translation>
    </message>
    <message>
        <source>从查询框进入查询结果</source>
        <translation>From the search box into the results</translation>
    </message>
    <message>
        <source>在查询结果中：为选中的户收费</source>
        <translation>In the results: take payment for the selected account</translation>
    </message>
    <message>
        <source>户号中：查询欠费；金额中：到下一项；收费按钮上：确认收费</source>
        <translation>Account no.: look up arrears; amount: next field; Pay button: confirm payment</translation>
    </message>
    <message>
        <source>确认收费并打印收据</source>
        <translation>Confirm payment and print receipt</translation>
    </message>
    <message>
        <source>在收据号或户号中：查找</source>
        <translation>In receipt no. or account no.: find</translation>
    </message>
    <message>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>培训模式无法启动</source>
        <translation>Training mode cannot start</translation>
    </message>
    <message>
        <source>培训数据库未能准备好：{0}</source>
        <translation>The training database could not be prepared: {0}</translation>
    </message>
    <message>
        <source>准备培训数据库</source>
        <translation>Preparing the training database</translation>
    </message>
    <message>
        <source>培训模式（现场服务模拟）— 此处办理的业务和收费均不计入正式记录</source>
        <translation>TRAINING MODE (simulated service) — businesses and payments here are not recorded</translation>
    </message>
    <message>
        <source>【培训】</source>
        <translation>[Training] </translation>
    </message>
</context>
</TS>
