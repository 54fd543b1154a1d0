<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BotBox</name>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="354"/>
        <source>An automated assistant or AI agent answered</source>
        <translation>由自动助手或AI客服回复</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="291"/>
        <source>Hide help</source>
        <translation>隐藏说明</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="291"/>
        <source>Show help</source>
        <translation>显示说明</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="293"/>
        <source>What to collect on this step, and why</source>
        <translation>这一步需要准备什么，为什么</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="318"/>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="338"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="328"/>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="340"/>
        <source>All changes saved</source>
        <translation>所有修改已保存</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="333"/>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="344"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="348"/>
        <source>(untitled case)</source>
        <translation>（未命名案件）</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="350"/>
        <source>Example: %1</source>
        <translation>示例：%1</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="384"/>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="385"/>
        <source>Could be stronger</source>
        <translation>还可以更有力</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="386"/>
        <source>Something important is missing</source>
        <translation>缺少重要内容</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="387"/>
        <source>Something here is wrong or was not saved</source>
        <translation>这里有内容不对，或没有保存</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="388"/>
        <source>Nothing entered yet</source>
        <translation>尚未填写</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="392"/>
        <source>Step %1 of %2 · %3 of %4 steps complete</source>
        <translation>第 %1 步，共 %2 步 · 已完成 %3/%4 步</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="417"/>
        <source>← All cases</source>
        <translation>← 全部案件</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="418"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="419"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="422"/>
        <source>What to collect, and why</source>
        <translation>需要准备什么，为什么</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="423"/>
        <source>Remove the example</source>
        <translation>删除示例</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="425"/>
        <source>The example is not your case: remove it from your list (it can be opened again from the File menu)</source>
        <translation>示例不是您的案件：可将其从列表中删除（之后仍可从“文件”菜单再次打开）</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="428"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_editor.py" line="429"/>
        <source>Help for this step</source>
        <translation>本步骤说明</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../app/complaintkit/ui/case_list.py" line="166"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_list.py" line="169"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_list.py" line="170"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_list.py" line="171"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_list.py" line="172"/>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_list.py" line="173"/>
        <source>Reply due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_list.py" line="174"/>
        <source>Letter in</source>
        <translation>投诉信语言</translation>
    </message>
    <message>
        <source>(untitled case)</source>
        <translation type="vanished">（未命名案件）</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="vanished">%1（已逾期）</translation>
    </message>
</context>
<context>
    <name>ChannelAdvice</name>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="102"/>
        <source>Which channel to use</source>
        <translation>该用哪个渠道</translation>
    </message>
</context>
<context>
    <name>ClaimantPage</name>
    <message>
        <location filename="../../app/complaintkit/ui/steps/claimant.py" line="24"/>
        <source>Your full na&amp;me</source>
        <translation>您的姓名(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/claimant.py" line="30"/>
        <source>Your &amp;e-mail</source>
        <translation>您的电子邮箱(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/claimant.py" line="32"/>
        <source>Your &amp;phone</source>
        <translation>您的电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/claimant.py" line="38"/>
        <source>Postal &amp;address</source>
        <translation>通信地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/claimant.py" line="46"/>
        <source>&amp;Reply to me by</source>
        <translation>希望对方回复的方式(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/claimant.py" line="56"/>
        <source>These details stay on this computer. They appear only in the letter you send.</source>
        <translation>这些信息只保存在本机，只会出现在您寄出的投诉信中。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/claimant.py" line="63"/>
        <source>About you</source>
        <translation>关于您</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/claimant.py" line="67"/>
        <source>&lt;p&gt;Use the name on your account, so the firm can match the complaint to it.&lt;/p&gt;&lt;p&gt;Give at least one way to reach you. An e-mail address leaves a written trail, which helps if you later go to an ombudsman or regulator.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请填写账户上登记的姓名，便于平台找到您的账户。&lt;/p&gt;&lt;p&gt;至少留一种联系方式。电子邮件能留下书面记录，日后向调解机构或监管部门投诉时很有帮助。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="78"/>
        <source>No contacts yet: add the first call, chat or e-mail with the firm, even one that got no answer.</source>
        <translation>还没有联系记录：请添加第一次与平台的电话、在线客服或邮件联系，即使对方没有回复也要记下。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="93"/>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="95"/>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="163"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="98"/>
        <source>Who contacte&amp;d whom</source>
        <translation>谁联系了谁(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="102"/>
        <source>Their a&amp;gent&apos;s name or number</source>
        <translation>客服姓名或工号(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="106"/>
        <source>&amp;Ticket or case number</source>
        <translation>工单号或受理编号(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="111"/>
        <source>What was &amp;said</source>
        <translation>沟通内容(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="113"/>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="118"/>
        <source>&amp;Evidence of this contact</source>
        <translation>此次联系的证据(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="148"/>
        <source>&amp;Add a contact (now)</source>
        <translation>添加一次沟通（现在）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="149"/>
        <source>Re&amp;move the selected contact</source>
        <translation>删除所选沟通记录(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="150"/>
        <source>The selected contact</source>
        <translation>所选沟通记录</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="151"/>
        <source>What they promised, and by when:</source>
        <translation>对方承诺了什么，何时完成：</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="152"/>
        <source>Add a &amp;promise</source>
        <translation>添加承诺(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="153"/>
        <source>Remove the promise</source>
        <translation>删除该承诺</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="154"/>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="345"/>
        <source>Contact history</source>
        <translation>沟通记录</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="155"/>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="167"/>
        <source>Promises</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="162"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="164"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="165"/>
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="166"/>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="171"/>
        <source>Promise</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="171"/>
        <source>Due by</source>
        <translation>承诺期限</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="171"/>
        <source>Kept?</source>
        <translation>是否兑现</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="192"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="194"/>
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n 项承诺</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="271"/>
        <source>This date has passed and the promise was not kept.</source>
        <translation>期限已过，承诺未兑现。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="275"/>
        <source>Not yet known</source>
        <translation>尚不清楚</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="275"/>
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="275"/>
        <source>Broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <source>Enter a date and time like 2026-11-20 09:30.</source>
        <translation type="vanished">请按 2026-11-20 09:30 的格式填写日期和时间。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="341"/>
        <source>Remove contact</source>
        <translation>删除沟通记录</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/contacts.py" line="349"/>
        <source>&lt;p&gt;Record every call, chat and e-mail with the firm: when, how, who you spoke to, the ticket number and what was said.&lt;/p&gt;&lt;p&gt;Write down every promise with its date (&quot;we will call back in 24 hours&quot;). A broken promise is strong evidence; dates that have passed are marked.&lt;/p&gt;</source>
        <translation>&lt;p&gt;记下与平台的每一次电话、在线客服和邮件往来：时间、方式、对接人、工单号以及谈话内容。&lt;/p&gt;&lt;p&gt;把每一个承诺及其期限都记下来（例如“24 小时内回电”）。未兑现的承诺是有力的证据；已过期限的会被标出。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../app/complaintkit/ui/crash_report.py" line="62"/>
        <source>Complaint Kit</source>
        <translation>投诉助手</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/crash_report.py" line="63"/>
        <source>Something went wrong, but your cases are safe.</source>
        <translation>出了点问题，但您的案件是安全的。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/crash_report.py" line="66"/>
        <source>Everything you typed before this was saved as you went. You can carry on working. If it happens again, copy the details and keep them with the log folder; they contain no case text.</source>
        <translation>在此之前您输入的所有内容都已随时保存，您可以继续工作。如果再次出现这种情况，请复制详细信息，并与日志文件夹一起保存；其中不包含任何案件内容。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/crash_report.py" line="72"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/crash_report.py" line="74"/>
        <source>Open the log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>not set</source>
        <translation type="vanished">未填写</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/fields.py" line="365"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/fields.py" line="366"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>DateTimeLineEdit</name>
    <message>
        <location filename="../../app/complaintkit/ui/fields.py" line="255"/>
        <source>e.g. 2026-11-20 09:31</source>
        <translation>例如 2026-11-20 09:31</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/fields.py" line="258"/>
        <source>Type the date and time, e.g. 2026-11-20 09:31, 20/11/2026 9:31 or 11月20日 09:31, or pick the day from the calendar.</source>
        <translation>请输入日期和时间，例如 2026-11-20 09:31、11月20日 09:31 或 20/11/2026 9:31，也可以从日历中选择日期。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/fields.py" line="262"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/fields.py" line="263"/>
        <source>Pick the day from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
</context>
<context>
    <name>DeliveryPanel</name>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="272"/>
        <source>Send it and follow up</source>
        <translation>发送与跟进</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="274"/>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="275"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="276"/>
        <source>Open &amp;in PDF viewer</source>
        <translation>用 PDF 阅读器打开(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="277"/>
        <source>&amp;E-mail it…</source>
        <translation>用邮件发送(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="278"/>
        <source>Copy letter &amp;text</source>
        <translation>复制投诉信文字(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="279"/>
        <source>Copy for a &amp;web form…</source>
        <translation>复制到网页表单(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="280"/>
        <source>Add &amp;reminders to calendar</source>
        <translation>添加日历提醒(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="281"/>
        <source>I have &amp;sent it…</source>
        <translation>我已发送(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="295"/>
        <source>Generating the letter first…</source>
        <translation>正在先生成投诉信…</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="326"/>
        <source>No PDF viewer opened the letter. It is saved as %1.</source>
        <translation>没有 PDF 阅读器打开这封信。文件已保存为 %1。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="348"/>
        <location filename="../../app/complaintkit/ui/delivery.py" line="396"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="348"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="349"/>
        <location filename="../../app/complaintkit/ui/delivery.py" line="381"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="358"/>
        <source>Printing page %1 of %2…</source>
        <translation>正在打印第 %1 页，共 %2 页…</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="370"/>
        <source>Saved as PDF: %1</source>
        <translation>已保存为 PDF：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/complaintkit/ui/delivery.py" line="372"/>
        <source>Sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>已发送到打印机（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="377"/>
        <source>Printing cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="383"/>
        <source>The printer could not be started. Check that it is switched on and try again, or choose another printer.</source>
        <translation>无法启动打印机。请检查打印机是否已开启后重试，或选择其他打印机。</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="vanished">无法启动打印机。</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="vanished">已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="401"/>
        <source>The letter is on the clipboard as plain text.</source>
        <translation>投诉信的纯文本已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="422"/>
        <source>Reminders saved as %1.</source>
        <translation>提醒已保存为 %1。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="423"/>
        <source>Open it with your calendar app.</source>
        <translation>请用您的日历应用打开它。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="439"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="441"/>
        <source>The letter with its appendix is larger than many mail services accept (about 18 MB). Send the letter without the appendix and print or upload the evidence separately?</source>
        <translation>连同附录的投诉信超过了许多邮箱允许的大小（约 18 MB）。要只发送不带附录的投诉信，并另行打印或上传证据吗？</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="474"/>
        <source>Opening your mail program…</source>
        <translation>正在打开您的邮件程序…</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="487"/>
        <source>A draft with the letter attached is open in your mail program. Check it and press Send. (Saved as %1.)</source>
        <translation>已在您的邮件程序中打开附有投诉信的草稿。请检查后点击发送。（已保存为 %1。）</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="506"/>
        <source>Your mail program opened a new message without the attachment. Attach the letter by hand: %1</source>
        <translation>您的邮件程序打开了一封不带附件的新邮件。请手动添加投诉信附件：%1</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="514"/>
        <source>No mail program is set up on this computer. Write to %1 from your webmail and attach the letter: %2. The same message is saved as %3.</source>
        <translation>这台电脑上没有设置邮件程序。请用网页邮箱写信给 %1，并附上投诉信：%2。同样的邮件内容已保存为 %3。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="517"/>
        <source>the firm&apos;s complaints address</source>
        <translation>平台的投诉邮箱</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="544"/>
        <source>Recorded. The firm should reply by %1; the case list will show it when it is due.</source>
        <translation>已记录。平台应在 %1 前答复；到期时案件列表会提示。</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="105"/>
        <source>Drag screenshots, statements or e-mails here, choose them with &quot;Add files&quot;, or copy a screenshot and press Ctrl+V. Pictures, PDFs, text and e-mail files work.</source>
        <translation>把截图、对账单或邮件拖到这里，或点击“添加文件”选择，也可以复制截图后按 Ctrl+V 粘贴。支持图片、PDF、文本和邮件文件。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="143"/>
        <source>No evidence yet: drag screenshots or statements here, press Add files…, or copy a screenshot and press Ctrl+V.</source>
        <translation>还没有证据：可把截图或对账单拖到这里，点击“添加文件…”，或复制截图后按 Ctrl+V。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="157"/>
        <source>Caption (&amp;what it shows)</source>
        <translation>说明（显示了什么）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="160"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="164"/>
        <source>Taken or received &amp;on</source>
        <translation>截取或收到的时间(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="172"/>
        <source>Correct the time above if it is wrong: the letter gives this time.</source>
        <translation>如果上面的时间不对，请改正：投诉信中写的就是这个时间。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="177"/>
        <source>This time is right</source>
        <translation>这个时间没错</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="188"/>
        <source>&amp;Include in the letter</source>
        <translation>附在投诉信中(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="198"/>
        <source>&amp;Time line event: a row of its own in the letter</source>
        <translation>时间线事件：在投诉信的事件经过中单列一行(&amp;T)</translation>
    </message>
    <message>
        <source>Shows the &amp;problem itself</source>
        <translation type="vanished">直接显示问题本身(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="207"/>
        <source>What it &amp;shows</source>
        <translation>它证明了什么(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="217"/>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="218"/>
        <source>&amp;Paste screenshot</source>
        <translation>粘贴截图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="219"/>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="220"/>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="436"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="347"/>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="350"/>
        <source>Evidence (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf *.txt *.eml);;All files (*)</source>
        <translation>证据文件 (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf *.txt *.eml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="370"/>
        <source>The clipboard holds no picture or file to paste.</source>
        <translation>剪贴板中没有可粘贴的图片或文件。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="401"/>
        <source>Adding %v of %m…</source>
        <translation>正在添加第 %v 个，共 %m 个…</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="428"/>
        <source>The files could not be added: %1</source>
        <translation>无法添加这些文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="432"/>
        <source>Remove evidence</source>
        <translation>删除证据</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/evidence.py" line="440"/>
        <source>&lt;p&gt;Evidence is what makes a complaint hard to brush aside: screenshots of error messages and order screens with the time visible, statements, confirmation e-mails, chat transcripts.&lt;/p&gt;&lt;p&gt;Give each a caption saying what it shows. Originals are copied here, so deleting them elsewhere is safe; location data is removed from photos.&lt;/p&gt;</source>
        <translation>&lt;p&gt;证据让投诉难以被敷衍：带有时间的报错截图和委托界面截图、对账单、确认邮件、客服聊天记录。&lt;/p&gt;&lt;p&gt;为每份证据写一句说明。原文件会复制保存到这里，在别处删除也不受影响；照片中的位置信息会被去除。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../../app/complaintkit/ui/evidence_picker.py" line="179"/>
        <source>(no caption)</source>
        <translation>（无说明）</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/evidence_picker.py" line="184"/>
        <source>%1 (not in the letter)</source>
        <translation>%1（不附入投诉信）</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/evidence_picker.py" line="187"/>
        <source>No evidence yet: add screenshots or files on the Evidence step.</source>
        <translation>还没有证据：请在“证据”一步添加截图或文件。</translation>
    </message>
</context>
<context>
    <name>FirmNoticeHint</name>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="417"/>
        <source>The firm&apos;s own status page, outage announcement or upgrade notice shows that it knew. Save it now, before it is edited or removed: a full-page screenshot with the address bar and the time, or the page saved as PDF, and note where it was published.</source>
        <translation>平台自己的状态页、故障公告或系统升级通知能证明平台知情。请在其被修改或删除前立即保存：截取含地址栏和时间的整页截图，或将网页另存为PDF，并记下发布位置。</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../../app/complaintkit/ui/followups.py" line="65"/>
        <source>After sending: follow up</source>
        <translation>发出之后：跟进</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/followups.py" line="68"/>
        <source>If the firm does not answer, or answers without putting things right, these letters take the next step. Each is offered when it can be used.</source>
        <translation>如果平台不回复，或回复了却没有解决问题，可用下面的信函采取下一步。每封信在可以使用时才会提供。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/followups.py" line="73"/>
        <source>Write a re&amp;minder</source>
        <translation>写催告函(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/followups.py" line="74"/>
        <source>As&amp;k for the final response</source>
        <translation>要求最终答复(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/followups.py" line="75"/>
        <source>Cover note to the scheme</source>
        <translation>致纠纷解决机构的说明函</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/followups.py" line="105"/>
        <source>Writing the letter…</source>
        <translation>正在写信…</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/followups.py" line="113"/>
        <source>Written: %1</source>
        <translation>已写好：%1</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/followups.py" line="115"/>
        <source>Before you send it: %1</source>
        <translation>发出之前请注意：%1</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/followups.py" line="123"/>
        <source>The letter could not be written: %1</source>
        <translation>无法写出这封信：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/complaintkit/ui/selftest.py" line="34"/>
        <location filename="../../app/complaintkit/ui/main_window.py" line="248"/>
        <location filename="../../app/complaintkit/ui/main_window.py" line="338"/>
        <location filename="../../app/complaintkit/ui/main_window.py" line="474"/>
        <location filename="../../app/complaintkit/ui/main_window.py" line="496"/>
        <location filename="../../app/complaintkit/ui/main_window.py" line="525"/>
        <location filename="../../app/complaintkit/ui/main_window.py" line="586"/>
        <source>Complaint Kit</source>
        <translation>投诉助手</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="249"/>
        <source>Opening your cases…</source>
        <translation>正在打开您的案件…</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="253"/>
        <location filename="../../app/complaintkit/ui/main_window.py" line="270"/>
        <source>&amp;New case</source>
        <translation>新建案件(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="254"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="255"/>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="256"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="257"/>
        <source>Deleted cases…</source>
        <translation>已删除的案件…</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="258"/>
        <location filename="../../app/complaintkit/ui/main_window.py" line="259"/>
        <source>Search cases</source>
        <translation>搜索案件</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="261"/>
        <source>No cases yet. Click &quot;New case&quot; to start; your work is saved as you type.</source>
        <translation>还没有案件。点击“新建案件”开始；您输入的内容会随时自动保存。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="269"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="271"/>
        <source>Open the e&amp;xample case</source>
        <translation>打开示例案件(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="272"/>
        <source>Open the example of a &amp;scam platform</source>
        <translation>打开骗局平台示例(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="273"/>
        <source>&amp;Import a case file…</source>
        <translation>导入案件文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="274"/>
        <source>&amp;Export this case…</source>
        <translation>导出此案件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="275"/>
        <source>&amp;Deleted cases…</source>
        <translation>已删除的案件(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="276"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="277"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="278"/>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="279"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="280"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="281"/>
        <source>&amp;What this app does</source>
        <translation>本软件能做什么(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="282"/>
        <source>&amp;About Complaint Kit</source>
        <translation>关于投诉助手(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="283"/>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="404"/>
        <source>The example was removed. File › Open the example case brings it back.</source>
        <translation>示例已删除。通过“文件 › 打开示例案件”可以再次打开。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="435"/>
        <source>The case was moved to &quot;Deleted cases&quot;; you can restore it from there.</source>
        <translation>案件已移到“已删除的案件”，可以从那里恢复。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="469"/>
        <source>The backup was restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="471"/>
        <source>Your previous case file is kept as %1.</source>
        <translation>原来的案件文件已保留为 %1。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="482"/>
        <source>Import a case file</source>
        <translation>导入案件文件</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="484"/>
        <location filename="../../app/complaintkit/ui/main_window.py" line="518"/>
        <source>Complaint Kit case (*.complaintkit)</source>
        <translation>投诉助手案件 (*.complaintkit)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="516"/>
        <source>Export this case</source>
        <translation>导出此案件</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="572"/>
        <source>About Complaint Kit</source>
        <translation>关于投诉助手</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="574"/>
        <source>Complaint Kit %1
Helps you write a complaint to a trading platform. Your data stays on this computer.</source>
        <translation>投诉助手 %1
帮助您向交易平台写投诉信。您的数据只保存在本机。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="587"/>
        <source>Your latest changes could not be saved.</source>
        <translation>您最近的修改未能保存。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="589"/>
        <source>Keep the window open to copy them somewhere safe, or close and lose them.</source>
        <translation>请保持窗口打开，把这些内容复制到安全的地方；或者关闭窗口并放弃这些修改。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="591"/>
        <source>&amp;Keep the window open</source>
        <translation>保持窗口打开(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/main_window.py" line="593"/>
        <source>&amp;Close and lose them</source>
        <translation>关闭并放弃修改(&amp;C)</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved. Close anyway and lose them?</source>
        <translation type="vanished">最近的修改未能保存。仍要关闭并放弃这些修改吗？</translation>
    </message>
</context>
<context>
    <name>OfferPanel</name>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="279"/>
        <source>Offer &amp;received on</source>
        <translation>收到方案日期(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="281"/>
        <source>Amo&amp;unt offered</source>
        <translation>补偿金额(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="283"/>
        <source>What it co&amp;vers</source>
        <translation>涵盖内容(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="285"/>
        <source>The firm&apos;s cond&amp;itions</source>
        <translation>平台提出的条件(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="288"/>
        <source>Offered in full and final settlement</source>
        <translation>作为一次性最终和解提出</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="293"/>
        <source>Answer b&amp;y</source>
        <translation>答复期限(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="295"/>
        <source>Your answer</source>
        <translation>您的答复</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="299"/>
        <source>Your reasons (in the reply)</source>
        <translation>您的理由（写入答复函）</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="301"/>
        <source>The firm&apos;s offer letter</source>
        <translation>平台的补偿方案函件</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="304"/>
        <source>The firm&apos;s offer</source>
        <translation>平台的补偿方案</translation>
    </message>
</context>
<context>
    <name>PlatformPage</name>
    <message>
        <location filename="../../app/complaintkit/ui/steps/platform.py" line="24"/>
        <source>Case &amp;title</source>
        <translation>案件标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/platform.py" line="27"/>
        <source>&amp;Kind of platform</source>
        <translation>平台类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/platform.py" line="30"/>
        <source>&amp;Platform name</source>
        <translation>平台名称(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/platform.py" line="34"/>
        <source>Your &amp;account number</source>
        <translation>您的账户号码(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/platform.py" line="42"/>
        <source>Where the platform is &amp;regulated</source>
        <translation>平台的监管地区(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/platform.py" line="52"/>
        <source>Lan&amp;guage of the letter</source>
        <translation>投诉信语言(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/platform.py" line="61"/>
        <source>Licence n&amp;umber (if known)</source>
        <translation>牌照编号（如知道）(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/platform.py" line="69"/>
        <source>Complaints &amp;e-mail</source>
        <translation>投诉邮箱(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/platform.py" line="77"/>
        <source>Complaints hotl&amp;ine</source>
        <translation>投诉热线(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/platform.py" line="83"/>
        <source>&amp;Website</source>
        <translation>网站(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/platform.py" line="90"/>
        <source>Not sure where it is regulated? Look at the bottom of the platform&apos;s website or its app&apos;s &quot;About&quot; page for a licence number. If you find none, choose &quot;Offshore or unlicensed platform&quot;.</source>
        <translation>不确定受哪里监管？请查看平台网站底部或 App 的“关于”页面上的牌照编号。如果找不到，请选择“境外或无牌平台”。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/platform.py" line="103"/>
        <source>A few words for your own list, e.g. &quot;Withdrawal stuck&quot;</source>
        <translation>简短几个字，方便自己查找，例如“出金卡住”</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/platform.py" line="131"/>
        <source>Platform and account</source>
        <translation>平台与账户</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/platform.py" line="135"/>
        <source>&lt;p&gt;Name the firm exactly as it appears on your statements, and give your account number: the complaints team needs it to find you.&lt;/p&gt;&lt;p&gt;The complaints e-mail or hotline is usually on the website&apos;s &quot;Contact&quot; or &quot;Complaints&quot; page. Where the platform is regulated decides who can help if the firm does not put things right.&lt;/p&gt;</source>
        <translation>&lt;p&gt;平台名称请按对账单上的写法填写，并填上您的账户号码：投诉部门要靠它找到您。&lt;/p&gt;&lt;p&gt;投诉邮箱或热线通常在网站的“联系我们”或“投诉”页面。平台受哪里监管，决定了平台不解决问题时谁能帮您。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="65"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="74"/>
        <source>The letter and appendix</source>
        <translation>投诉信及附录</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="74"/>
        <source>The checklist</source>
        <translation>清单</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="84"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="85"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="86"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="93"/>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="115"/>
        <source>of %1</source>
        <translation>共 %1 页</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="31"/>
        <source>Tick everything that happened:</source>
        <translation>勾选所有发生过的情况：</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="38"/>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="240"/>
        <source>What went wrong</source>
        <translation>出了什么问题</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="55"/>
        <source>Your withdrawal</source>
        <translation>您的出金</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="59"/>
        <source>Requested on</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="69"/>
        <source>Withdrawal number the platform shows</source>
        <translation>平台显示的出金编号</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="105"/>
        <source>Money held in the account</source>
        <translation>账户内被冻结的资金</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="65"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="47"/>
        <source>Evidence that &amp;shows it</source>
        <translation>证明该问题的证据(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="77"/>
        <source>To (bank account or wallet address)</source>
        <translation>收款账户（银行账户或钱包地址）</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="85"/>
        <source>Status the platform shows</source>
        <translation>平台显示的状态</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="93"/>
        <source>Reasons they gave for the delay</source>
        <translation>平台给出的延误理由</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="99"/>
        <source>Your frozen account</source>
        <translation>被冻结的账户</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="101"/>
        <source>Frozen since</source>
        <translation>冻结开始时间</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="112"/>
        <source>Reason they gave</source>
        <translation>平台给出的理由</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="117"/>
        <source>Documents they asked for</source>
        <translation>平台要求的材料</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="125"/>
        <source>Documents you sent, and when</source>
        <translation>您提交的材料及时间</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="131"/>
        <source>Unauthorised access</source>
        <translation>未经授权的访问</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="134"/>
        <source>When you noticed</source>
        <translation>您发现的时间</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="139"/>
        <source>When you reported it to the platform</source>
        <translation>您向平台报告的时间</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="147"/>
        <source>What was done without you</source>
        <translation>未经您同意发生了什么</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="155"/>
        <source>What the platform said</source>
        <translation>平台的说法</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="161"/>
        <source>The outage</source>
        <translation>系统故障</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="165"/>
        <source>What you tried (app, website, phone)</source>
        <translation>您尝试过的方法（App、网站、电话）</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="173"/>
        <source>Positions or orders you could not manage</source>
        <translation>无法处理的持仓或委托</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="179"/>
        <source>The disputed decision</source>
        <translation>有争议的处理决定</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="183"/>
        <source>The rule or term you rely on</source>
        <translation>您依据的规则或条款</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="191"/>
        <source>What the platform decided</source>
        <translation>平台的决定</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="199"/>
        <source>Why you think it is wrong</source>
        <translation>您认为它错在哪里</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/problem.py" line="244"/>
        <source>&lt;p&gt;Tick every kind of problem you had; more questions appear for some of them.&lt;/p&gt;&lt;p&gt;Answer with facts you can show: dates, amounts, what the screen said. A complaints team acts on specifics, not on how bad it felt.&lt;/p&gt;</source>
        <translation>&lt;p&gt;勾选您遇到的每一类问题；有些问题会出现更多提问。&lt;/p&gt;&lt;p&gt;请用能证明的事实回答：日期、金额、屏幕上显示的内容。投诉部门依据具体事实处理，而不是感受有多糟。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RemedyPage</name>
    <message>
        <location filename="../../app/complaintkit/ui/steps/remedy.py" line="23"/>
        <source>What you ask for</source>
        <translation>您的诉求</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/remedy.py" line="28"/>
        <source>Com&amp;pensation asked</source>
        <translation>要求赔偿的金额(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/remedy.py" line="41"/>
        <source>&amp;Anything else you ask for</source>
        <translation>其他要求(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/remedy.py" line="50"/>
        <source>&amp;Days the firm has to reply</source>
        <translation>要求平台答复的天数(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/remedy.py" line="55"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/remedy.py" line="61"/>
        <source>14 days is a fair first deadline. Many schemes let you escalate after the firm&apos;s final response or after 8 weeks, whichever comes first.</source>
        <translation>第一次给 14 天答复期比较合理。许多投诉机制允许您在收到平台最终答复后或满 8 周后（以先到者为准）向上投诉。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/remedy.py" line="84"/>
        <source>Ask for the loss from your orders (%1)</source>
        <translation>按委托损失金额要求赔偿（%1）</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/remedy.py" line="93"/>
        <source>What you want</source>
        <translation>您的诉求</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/remedy.py" line="97"/>
        <source>&lt;p&gt;Say exactly what would put things right: the amount, the withdrawal paid, the account unfrozen, a written explanation.&lt;/p&gt;&lt;p&gt;A clear request with an amount and a reply date is easier to grant, and it starts the clock for escalating if the firm does not answer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;明确说出怎样才算解决：赔偿金额、完成出金、解冻账户、书面解释。&lt;/p&gt;&lt;p&gt;带金额和答复期限的明确诉求更容易被满足；如果平台不答复，也从此开始计算向上投诉的时间。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/complaintkit/ui/restore_dialog.py" line="38"/>
        <location filename="../../app/complaintkit/ui/restore_dialog.py" line="126"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/restore_dialog.py" line="43"/>
        <source>Complaint Kit keeps copies of your cases: once a day, every hour while you work and when you close it. Choose the copy to go back to; your current cases are kept aside in a file, not deleted.</source>
        <translation>投诉助手会保留案件的副本：每天一次、使用期间每小时一次，以及关闭时。请选择要恢复到的副本；当前的案件会另存为一个文件，不会被删除。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/restore_dialog.py" line="52"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/restore_dialog.py" line="59"/>
        <source>Cases in this backup</source>
        <translation>此备份中的案件</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/restore_dialog.py" line="65"/>
        <source>&amp;Restore this backup…</source>
        <translation>恢复此备份(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/restore_dialog.py" line="76"/>
        <source>There are no backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/restore_dialog.py" line="86"/>
        <source>%1 · %2 · damaged</source>
        <translation>%1 · %2 · 已损坏</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/complaintkit/ui/restore_dialog.py" line="89"/>
        <source>%1 · %2 · %n case(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n 个案件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/restore_dialog.py" line="105"/>
        <source>This backup is damaged and cannot be restored.</source>
        <translation>此备份已损坏，无法恢复。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/complaintkit/ui/restore_dialog.py" line="108"/>
        <source>Taken %1. It holds %n case(s):</source>
        <translation>
            <numerusform>备份时间 %1，其中有 %n 个案件：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/complaintkit/ui/restore_dialog.py" line="112"/>
        <source>(and %n in the trash)</source>
        <translation>
            <numerusform>（另有 %n 个在回收站中）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/restore_dialog.py" line="118"/>
        <source>(untitled case)</source>
        <translation>（未命名案件）</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/restore_dialog.py" line="128"/>
        <source>Replace your current cases with the backup from %1? Changes made after it will not be in the restored cases; the current case file is kept aside in the data folder.</source>
        <translation>用 %1 的备份替换当前的案件吗？此后所做的修改不会出现在恢复后的案件中；当前的案件文件会另存在数据文件夹中。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="98"/>
        <source>Lang&amp;uage of the letter</source>
        <translation>投诉信语言(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="110"/>
        <source>Attach the evidence &amp;appendix</source>
        <translation>附上证据附录(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="118"/>
        <source>Show only the last &amp;digits of the account number</source>
        <translation>账户号码只显示末几位(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="164"/>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="184"/>
        <source>Still missing or could be stronger</source>
        <translation>仍缺少或可加强的内容</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="169"/>
        <source>Double-click an item (or select it and press Enter) to go to the step that fixes it.</source>
        <translation>双击某一项（或选中后按回车）即可跳到需要补充的步骤。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="173"/>
        <source>The letter</source>
        <translation>投诉信</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="175"/>
        <source>&amp;Generate the letter and checklist</source>
        <translation>生成投诉信和清单(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="177"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="178"/>
        <source>&amp;Open the folder</source>
        <translation>打开所在文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="181"/>
        <source>Letters made for this case (double-click to open the folder)</source>
        <translation>为本案生成的信件（双击打开所在文件夹）</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="216"/>
        <source>sent</source>
        <translation>已发出</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="218"/>
        <source>matches the case now</source>
        <translation>与当前案件一致</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="220"/>
        <source>the case has changed since</source>
        <translation>此后案件已有修改</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="289"/>
        <source>Check</source>
        <translation>请检查</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="290"/>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="291"/>
        <source>Weak</source>
        <translation>可加强</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="305"/>
        <source>Nothing is missing. The letter is ready to generate.</source>
        <translation>没有缺少的内容，可以生成投诉信了。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="376"/>
        <source>Done. Your files are in:</source>
        <translation>已完成。文件保存在：</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="378"/>
        <source>the letter, with the evidence</source>
        <translation>投诉信及证据</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="379"/>
        <source>your checklist of next steps</source>
        <translation>后续步骤清单</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="380"/>
        <source>the letter as plain text</source>
        <translation>纯文本版投诉信</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="394"/>
        <source>for the police or the fraud reporting service, not the platform</source>
        <translation>交给警方或反诈举报平台，不发给该平台</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="396"/>
        <source>to your card issuer, not the platform</source>
        <translation>交给您的发卡行，不发给该平台</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="397"/>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="398"/>
        <source>to your bank, not the platform</source>
        <translation>交给您的银行，不发给该平台</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="399"/>
        <source>to the exchange you paid from, not the platform</source>
        <translation>交给您付款所用的交易所，不发给该平台</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="401"/>
        <source>not for the platform</source>
        <translation>不发给该平台</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="408"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="411"/>
        <source>The letter could not be written: %1</source>
        <translation>无法写入投诉信：%1</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="418"/>
        <source>Review and generate</source>
        <translation>检查并生成</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/review.py" line="422"/>
        <source>&lt;p&gt;This list shows what a complaints handler would ask for first. You can generate the letter at any time, but each item you fix makes it harder to refuse.&lt;/p&gt;&lt;p&gt;The letter, a checklist of next steps and the evidence appendix are saved as PDF files you can print or attach to an e-mail.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这里列出投诉处理人员最先会问的问题。您随时可以生成投诉信，但每补上一项，对方就更难拒绝。&lt;/p&gt;&lt;p&gt;投诉信、后续步骤清单和证据附录会保存为 PDF 文件，可打印，也可作为邮件附件发送。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ScamPanel</name>
    <message>
        <location filename="../../app/complaintkit/ui/scam_panel.py" line="52"/>
        <source>Is the platform itself the problem?</source>
        <translation>平台本身是否就是问题？</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/scam_panel.py" line="59"/>
        <source>If the platform asks for a fee to release your money, or you are no longer sure it is a real, licensed firm, answer a few questions here.</source>
        <translation>如果平台要求你付费才能放款，或你已不确定它是否是真实的持牌机构，请在这里回答几个问题。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/scam_panel.py" line="64"/>
        <source>Check this platf&amp;orm</source>
        <translation>核实这个平台(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/scam_panel.py" line="92"/>
        <source>Show the signs I dismissed again</source>
        <translation>重新显示我排除的迹象</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/scam_panel.py" line="138"/>
        <source>The web address you actually used (as you saw it)</source>
        <translation>你实际使用的网址（按你看到的原样）</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/scam_panel.py" line="146"/>
        <source>Police crime reference number (when you have one)</source>
        <translation>警方报案回执编号（如有）</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/scam_panel.py" line="164"/>
        <source>Every payment you made to them, one by one: the police report and the letters to your bank or card issuer list each, with its date and time limit.</source>
        <translation>逐笔填写你付给对方的每一笔款项：报案材料和给银行或发卡行的信会逐笔列出，并附日期和期限。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/scam_panel.py" line="247"/>
        <source>Not right</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/scam_panel.py" line="249"/>
        <source>This sign is not right for my case</source>
        <translation>这个迹象不符合我的情况</translation>
    </message>
</context>
<context>
    <name>SectionsDialog</name>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="123"/>
        <source>Copy for a web form</source>
        <translation>复制到网页表单</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="127"/>
        <source>Many complaint forms limit each box. Copy one section at a time; the number of characters is shown for each.</source>
        <translation>许多投诉表单对每个输入框有字数限制。请逐段复制；每段都标出了字数。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="137"/>
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="140"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="141"/>
        <source>Copy %1</source>
        <translation>复制“%1”</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="170"/>
        <source>Record that you sent it</source>
        <translation>记录发送情况</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="179"/>
        <source>&amp;How</source>
        <translation>方式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="180"/>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="181"/>
        <source>&amp;To</source>
        <translation>收件方(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/delivery.py" line="182"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ShownInPicker</name>
    <message>
        <location filename="../../app/complaintkit/ui/evidence_picker.py" line="207"/>
        <source>The problem itself (error screens, status)</source>
        <translation>问题本身（报错画面、状态页面）</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/evidence_picker.py" line="209"/>
        <source>no. not yet given</source>
        <translation>尚未填写编号</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/evidence_picker.py" line="210"/>
        <source>Order %1</source>
        <translation>委托 %1</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/evidence_picker.py" line="216"/>
        <source>Row %1 of the orders</source>
        <translation>委托表第 %1 行</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/evidence_picker.py" line="224"/>
        <source>Contact: %1</source>
        <translation>联系：%1</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../app/complaintkit/ui/single_instance.py" line="140"/>
        <source>Complaint Kit</source>
        <translation>投诉助手</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/single_instance.py" line="141"/>
        <source>Complaint Kit is already open on this computer. Switch to its window (it may be showing a dialog), or close it and start Complaint Kit again.</source>
        <translation>投诉助手已在这台电脑上打开。请切换到它的窗口（它可能正在显示一个对话框），或将其关闭后重新启动投诉助手。</translation>
    </message>
</context>
<context>
    <name>StagesPanel</name>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="150"/>
        <source>Where the firm says it is</source>
        <translation>平台所说的处理进度</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="154"/>
        <source>Record each stage the firm tells you about, on the date of its message (keep the message as evidence). A final response changes the dates that follow: the ombudsman&apos;s wait ends and its time limit starts.</source>
        <translation>平台每告知一个处理阶段，请按其通知的日期记录（并保存该通知作为证据）。最终答复会改变之后的各个日期：调解机构的等待期结束，其时限开始计算。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="161"/>
        <source>The firm&apos;s message that shows this stage:</source>
        <translation>能证明该阶段的平台通知：</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="163"/>
        <source>Evidence of the stage</source>
        <translation>该阶段的证据</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="164"/>
        <source>Add a stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="165"/>
        <source>Remove the stage</source>
        <translation>删除该阶段</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="166"/>
        <source>The firm&apos;s handling stages</source>
        <translation>平台的处理阶段</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="174"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="174"/>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="174"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="223"/>
        <source>A stage needs the date the firm reached it.</source>
        <translation>每个阶段都需要填写平台到达该阶段的日期。</translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <location filename="../../app/complaintkit/ui/store_opening.py" line="31"/>
        <location filename="../../app/complaintkit/ui/store_opening.py" line="50"/>
        <location filename="../../app/complaintkit/ui/store_opening.py" line="63"/>
        <location filename="../../app/complaintkit/ui/store_opening.py" line="69"/>
        <location filename="../../app/complaintkit/ui/store_opening.py" line="81"/>
        <source>Complaint Kit</source>
        <translation>投诉助手</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/store_opening.py" line="44"/>
        <source>Restore the backup from %1? Changes made after it will be missing.</source>
        <translation>要恢复 %1 的备份吗？此后所做的修改将会丢失。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/store_opening.py" line="72"/>
        <source>No usable backup was found.</source>
        <translation>没有找到可用的备份。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/store_opening.py" line="84"/>
        <source>Your cases are open read-only: you can read, export and print them, but changes will not be saved until the folder can be written again.</source>
        <translation>案件以只读方式打开：您可以查看、导出和打印，但在该文件夹恢复可写之前，修改不会被保存。</translation>
    </message>
</context>
<context>
    <name>SupportSummary</name>
    <message>
        <location filename="../../app/complaintkit/ui/support_panel.py" line="81"/>
        <source>How the firm&apos;s support handled it</source>
        <translation>平台客服的处理情况</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../app/complaintkit/ui/steps/timeline.py" line="47"/>
        <source>&amp;Time zone of the times below</source>
        <translation>以下时间所用的时区(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/timeline.py" line="56"/>
        <source>It &amp;started</source>
        <translation>开始时间(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/timeline.py" line="60"/>
        <source>Still &amp;going on</source>
        <translation>仍在持续(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/timeline.py" line="63"/>
        <source>It en&amp;ded</source>
        <translation>结束时间(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/timeline.py" line="70"/>
        <source>What ha&amp;ppened, in order</source>
        <translation>事情经过，按顺序(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/timeline.py" line="78"/>
        <source>For example: At 09:31 I placed a sell order for 1,000 shares. The app showed &quot;submitting&quot; for four minutes, then the order filled at 10.20 instead of 10.45.</source>
        <translation>例如：09:31 我下单卖出 1,000 股。App 显示“提交中”长达四分钟，随后以 10.20 成交，而不是 10.45。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/timeline.py" line="87"/>
        <source>&amp;Error messages, word for word (one per line)</source>
        <translation>报错信息，逐字照录（每行一条）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/timeline.py" line="107"/>
        <source>When and what happened</source>
        <translation>时间与经过</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/timeline.py" line="111"/>
        <source>&lt;p&gt;Give the date and time things happened, as exactly as you can, with the time zone you were in. &quot;Recently&quot; or &quot;for days&quot; is easy to dismiss; &quot;20 Nov, 09:31 to 09:35&quot; is not.&lt;/p&gt;&lt;p&gt;Tell it in order, calmly, in short sentences. Copy error messages exactly as they appeared, including codes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;尽量准确地写出发生的日期和时间，以及您所在的时区。“最近”“好几天”容易被敷衍；“11 月 20 日 09:31 至 09:35”则不会。&lt;/p&gt;&lt;p&gt;按顺序、心平气和地用短句叙述。报错信息连同代码一字不差地照录。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TradesPage</name>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="87"/>
        <source>One row per order. Type the price you wanted and the price you got; the loss is worked out. If you know your loss better (a missed fill), type it in the Loss column; clear it to go back to the calculation.</source>
        <translation>每笔委托一行。填写期望价格和实际成交价格，损失会自动计算。如果您更清楚实际损失（例如未能成交），可直接在“损失”一栏填写；清空即恢复自动计算。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="104"/>
        <source>No orders yet. Add each order the problem affected; if none did, leave this step empty.</source>
        <translation>还没有委托。请添加受此问题影响的每一笔委托；如果没有受影响的委托，这一步可以留空。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="128"/>
        <source>&amp;Evidence for the selected order</source>
        <translation>所选委托的证据(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="134"/>
        <source>&amp;Add an order</source>
        <translation>添加委托(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="135"/>
        <source>&amp;Remove the selected order</source>
        <translation>删除所选委托(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="136"/>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="337"/>
        <source>Affected orders</source>
        <translation>受影响的委托</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="141"/>
        <source>Order no.</source>
        <translation>委托编号</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="142"/>
        <source>Instrument</source>
        <translation>品种</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="143"/>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="144"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="145"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="146"/>
        <source>Price wanted</source>
        <translation>期望价格</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="147"/>
        <source>Price got</source>
        <translation>成交价格</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="148"/>
        <source>Sent at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="149"/>
        <source>Filled at</source>
        <translation>成交时间</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="150"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="151"/>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="152"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="247"/>
        <source>Typed by you</source>
        <translation>由您填写</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="252"/>
        <source>Worked out from the prices, quantity and fees</source>
        <translation>根据价格、数量和费用计算</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="258"/>
        <source>Total loss from these orders: %1</source>
        <translation>这些委托的损失合计：%1</translation>
    </message>
    <message>
        <source>Enter a date and time like 2026-11-20 09:30.</source>
        <translation type="vanished">请按 2026-11-20 09:30 的格式填写日期和时间。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="334"/>
        <source>Remove order</source>
        <translation>删除委托</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/steps/trades.py" line="341"/>
        <source>&lt;p&gt;List each order the problem affected, with the order number from your history or confirmation e-mail.&lt;/p&gt;&lt;p&gt;The price you wanted and the price you got let the firm check the loss itself. If no order went through, say so in the status and type your loss.&lt;/p&gt;</source>
        <translation>&lt;p&gt;列出受影响的每一笔委托，附上成交记录或确认邮件中的委托编号。&lt;/p&gt;&lt;p&gt;期望价格和成交价格能让平台自行核对损失。如果委托没有成交，请在状态中注明，并填写您的损失。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TransfersEditor</name>
    <message>
        <location filename="../../app/complaintkit/ui/transfers_editor.py" line="74"/>
        <source>Add a pa&amp;yment</source>
        <translation>添加付款(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/transfers_editor.py" line="75"/>
        <source>Remove the selected payment</source>
        <translation>删除所选付款</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/transfers_editor.py" line="76"/>
        <source>Payments you made</source>
        <translation>你的付款记录</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/transfers_editor.py" line="84"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/transfers_editor.py" line="86"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/transfers_editor.py" line="88"/>
        <source>How you paid</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/transfers_editor.py" line="92"/>
        <source>Card scheme (printed on the card)</source>
        <translation>卡组织（印在卡面上）</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/transfers_editor.py" line="101"/>
        <source>Bank, card issuer or exchange that sent it</source>
        <translation>转出该笔款项的银行、发卡行或交易所</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/transfers_editor.py" line="108"/>
        <source>Paid from (your account or card)</source>
        <translation>付款账户（你的账户或卡）</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/transfers_editor.py" line="114"/>
        <source>Paid to (as the statement shows)</source>
        <translation>收款方（按对账单显示）</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/transfers_editor.py" line="117"/>
        <source>Reference on the statement</source>
        <translation>对账单上的参考号</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/transfers_editor.py" line="121"/>
        <source>Paid into an account in my own name (e.g. my exchange account)</source>
        <translation>转入我本人名下的账户（例如我的交易所账户）</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/transfers_editor.py" line="128"/>
        <source>Blockchain</source>
        <translation>区块链</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/transfers_editor.py" line="135"/>
        <source>Transaction id (hash)</source>
        <translation>交易ID（哈希）</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/transfers_editor.py" line="139"/>
        <source>Wallet address it went to</source>
        <translation>转入的钱包地址</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../app/complaintkit/ui/trash.py" line="28"/>
        <source>Deleted cases</source>
        <translation>已删除的案件</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/trash.py" line="31"/>
        <source>Deleted cases stay here until you empty the trash.</source>
        <translation>已删除的案件会保留在这里，直到您清空回收站。</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/trash.py" line="37"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/trash.py" line="40"/>
        <source>&amp;Empty the trash…</source>
        <translation>清空回收站(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/trash.py" line="58"/>
        <source>Empty the trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/trash.py" line="59"/>
        <source>Delete these cases and their evidence for good? This cannot be undone.</source>
        <translation>要永久删除这些案件及其证据吗？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../app/complaintkit/ui/welcome.py" line="15"/>
        <source>Welcome to Complaint Kit</source>
        <translation>欢迎使用投诉助手</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/welcome.py" line="20"/>
        <source>&lt;h2&gt;Your complaint, organised&lt;/h2&gt;&lt;p&gt;If a trading platform let you down (slow or crashed servers, a withdrawal that never arrived, a frozen or stolen account, support that never answers), Complaint Kit helps you put it in writing.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Answer a few questions, step by step: the platform, what went wrong, when, and which orders were affected.&lt;/li&gt;&lt;li&gt;Add your screenshots and the history of every contact with the firm.&lt;/li&gt;&lt;li&gt;Get a clear complaint letter, an evidence appendix and a checklist of next steps, as PDF files ready to print or e-mail.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything stays on this computer and is saved as you type.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;把您的投诉整理清楚&lt;/h2&gt;&lt;p&gt;如果交易平台让您蒙受损失（服务器缓慢或崩溃、出金迟迟不到账、账户被冻结或被盗、客服从不回应），投诉助手帮您把它写成正式的书面投诉。&lt;/p&gt;&lt;ol&gt;&lt;li&gt;一步步回答几个问题：哪个平台、出了什么问题、什么时间、哪些委托受到影响。&lt;/li&gt;&lt;li&gt;添加截图，以及与平台每一次沟通的记录。&lt;/li&gt;&lt;li&gt;得到一封清楚的投诉信、一份证据附录和一份后续步骤清单，均为 PDF 文件，可直接打印或用邮件发送。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;所有内容只保存在本机，并在您输入时自动保存。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/welcome.py" line="35"/>
        <source>Look at an &amp;example case first</source>
        <translation>先看看示例案件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/welcome.py" line="36"/>
        <source>&amp;Start my own case</source>
        <translation>开始我的案件(&amp;S)</translation>
    </message>
</context>
<context>
    <name>self._view</name>
    <message>
        <location filename="../../app/complaintkit/ui/case_list.py" line="80"/>
        <source>(untitled case)</source>
        <translation>（未命名案件）</translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="vanished">示例</translation>
    </message>
    <message>
        <location filename="../../app/complaintkit/ui/case_list.py" line="97"/>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
</context>
</TS>
