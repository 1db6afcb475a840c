<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ActionFollowUp</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/follow_up.py" line="+130"/>
        <source>No updates yet.</source>
        <translation>Chưa có cập nhật nào.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the date of the update.</source>
        <translation>Hãy nhập ngày cập nhật.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Update on “{what}”</source>
        <translation>Cập nhật cho “{what}”</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Head office, {date}: {note}</source>
        <translation>Văn phòng trung ương, {date}: {note}</translation>
    </message>
</context>
<context>
    <name>ActionFollowUpForm</name>
    <message>
        <location filename="../../ui/action_follow_up.ui" line="+23"/>
        <source>Add a status update</source>
        <translation>Thêm cập nhật trạng thái</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update date</source>
        <translation>Ngày cập nhật</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Status:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New status</source>
        <translation>Trạng thái mới</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;ote:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update note</source>
        <translation>Ghi chú cập nhật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was seen or reported</source>
        <translation>Những gì đã thấy hoặc được báo cáo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add update</source>
        <translation>Thêm cập nhật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;update</source>
        <translation>Thê&amp;m cập nhật</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updates of the selected action</source>
        <translation>Các cập nhật của hành động đang chọn</translation>
    </message>
</context>
<context>
    <name>ActionPlanForm</name>
    <message>
        <location filename="../../ui/action_plan.ui" line="+18"/>
        <source>Add action</source>
        <translation>Thêm hành động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add action</source>
        <translation>Thê&amp;m hành động</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+149"/>
        <source>Delete action</source>
        <translation>Xóa hành động</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>De&amp;lete action</source>
        <translation>Xó&amp;a hành động</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Actions</source>
        <translation>Các hành động</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Selected action</source>
        <translation>Hành động đang chọn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;What:</source>
        <translation>&amp;Việc gì:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What will be done</source>
        <translation>Việc sẽ làm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Chỉ số:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Phụ trách:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Responsible person</source>
        <translation>Người chịu trách nhiệm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I&amp;nstitution:</source>
        <translation>Cơ &amp;quan:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Institution</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>D&amp;ue:</source>
        <translation>Thờ&amp;i hạn:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due date</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;sources:</source>
        <translation>Ng&amp;uồn lực:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resources needed</source>
        <translation>Nguồn lực cần có</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;tatus:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Priority:</source>
        <translation>Mức &amp;ưu tiên:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalate to the district</source>
        <translation>Chuyển lên huyện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Escalate to the district</source>
        <translation>Chuyển &amp;lên huyện</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Photos of the selected action (e.g. the signed plan)</source>
        <translation>Ảnh của hành động đã chọn (ví dụ bản kế hoạch đã ký)</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/action_plan.py" line="+154"/>
        <source>Add action</source>
        <translation>Thêm hành động</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>what</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator</source>
        <translation>chỉ số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responsible person</source>
        <translation>người chịu trách nhiệm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>institution</source>
        <translation>cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>thời hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resources</source>
        <translation>nguồn lực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority</source>
        <translation>mức ưu tiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalation</source>
        <translation>việc chuyển lên cấp trên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change {field} of “{what}”</source>
        <translation>Thay đổi {field} của “{what}”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Say what will be done; the action keeps its old text.</source>
        <translation>Hãy nói việc sẽ làm; hành động vẫn giữ nội dung cũ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New action</source>
        <translation>Hành động mới</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete action “{what}”</source>
        <translation>Xóa hành động “{what}”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No actions yet: press Add action (Alt+A).</source>
        <translation>Chưa có hành động nào: nhấn Thêm hành động (Alt+M).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>— no indicator —</source>
        <translation>— không có chỉ số —</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Agree each action with both sides: what exactly, who is responsible, by when, and what it needs. Escalate what the facility cannot solve alone.</source>
        <translation>Thống nhất từng hành động với cả hai bên: cụ thể là gì, ai chịu trách nhiệm, khi nào xong và cần gì. Chuyển lên cấp trên những việc cơ sở không thể tự giải quyết.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Photos of the selected action</source>
        <translation>Ảnh của hành động đã chọn</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n action(s), {done} done. Select one to edit it below.</source>
        <translation>
            <numerusform>%n hành động, {done} đã xong. Chọn một hành động để sửa bên dưới.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../scorecard_app/gui/action_model.py" line="+88"/>
        <source>What</source>
        <translation>Việc gì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Vòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Phụ trách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days late</source>
        <translation>Số ngày trễ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Nguồn lực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest update</source>
        <translation>Cập nhật mới nhất</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{status} — overdue by {n} days</source>
        <translation>{status} — quá hạn {n} ngày</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>escalated</source>
        <translation>đã chuyển lên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
</context>
<context>
    <name>CommunityScoringPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/community_scoring.py" line="+148"/>
        <source>Consensus scores</source>
        <translation>Điểm đồng thuận</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Individual votes</source>
        <translation>Phiếu cá nhân</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show of hands</source>
        <translation>Giơ tay</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A show of hands needs a scale with few levels; use individual votes here.</source>
        <translation>Giơ tay cần thang điểm ít mức; ở đây hãy dùng phiếu cá nhân.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ways of scoring</source>
        <translation>Các cách chấm điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group &amp;consensus</source>
        <translation>&amp;Đồng thuận nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual &amp;votes</source>
        <translation>&amp;Phiếu cá nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show of &amp;hands</source>
        <translation>G&amp;iơ tay</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Read each indicator aloud and show the faces. Let the group agree a score and say why, or let each person vote in secret and type the votes in the grid.</source>
        <translation>Đọc to từng chỉ số và cho xem các khuôn mặt. Để nhóm thống nhất một điểm và nói lý do, hoặc để mỗi người bỏ phiếu kín rồi nhập phiếu vào bảng.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/interface_meeting.py" line="+102"/>
        <source>Round {r}
comm. · prov.</source>
        <translation>Vòng {r}
c.đồng · c.cấp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last round</source>
        <translation>Vòng trước</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Community</source>
        <translation>Cộng đồng</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+29"/>
        <source>Providers</source>
        <translation>Bên cung cấp</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Gap</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion notes</source>
        <translation>Ghi chú thảo luận</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Last round, {indicator}: community {c}, providers {p}</source>
        <translation>Vòng trước, {indicator}: cộng đồng {c}, bên cung cấp dịch vụ {p}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discussion notes for {indicator}: {text}</source>
        <translation>Ghi chú thảo luận cho {indicator}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>trống</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discussion notes for {indicator}</source>
        <translation>Ghi chú thảo luận cho {indicator}</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>{text} (providers&apos; own)</source>
        <translation>{text} (riêng của bên cung cấp dịch vụ)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/sync_panel.py" line="+150"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Head office kept its own value where both sides changed the same thing. Check each one and, if needed, change it again in the cycle.</source>
        <translation>Văn phòng trung ương giữ giá trị của mình ở những chỗ cả hai bên cùng sửa một nội dung. Hãy kiểm tra từng mục và, nếu cần, sửa lại trong chu kỳ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to review.</source>
        <translation>Không có gì cần xem lại.</translation>
    </message>
</context>
<context>
    <name>ConflictsForm</name>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="+8"/>
        <source>Conflicts to review</source>
        <translation>Các xung đột cần xem lại</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office</source>
        <translation>Văn phòng trung ương</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark all as reviewed</source>
        <translation>Đánh dấu tất cả là đã xem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark all as reviewed</source>
        <translation>&amp;Đánh dấu tất cả là đã xem</translation>
    </message>
</context>
<context>
    <name>ConsensusModel</name>
    <message>
        <location filename="../../scorecard_app/gui/scoring_widgets.py" line="+182"/>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+39"/>
        <source>Suggestion</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>{text} (providers&apos; own)</source>
        <translation>{text} (riêng của bên cung cấp dịch vụ)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Score for {indicator}: {value}</source>
        <translation>Điểm cho {indicator}: {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} for {indicator}: {text}</source>
        <translation>{what} cho {indicator}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>trống</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Score {indicator}</source>
        <translation>Chấm điểm {indicator}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason for {indicator}</source>
        <translation>Lý do cho {indicator}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion for {indicator}</source>
        <translation>Đề xuất cho {indicator}</translation>
    </message>
</context>
<context>
    <name>CycleListModel</name>
    <message>
        <location filename="../../scorecard_app/gui/cycle_list.py" line="+129"/>
        <source>Facility</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Cộng đồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Vòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Cần chú ý</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n item(s) missing</source>
        <translation>
            <numerusform>Thiếu %n mục</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue action(s)</source>
        <translation>
            <numerusform>%n hành động quá hạn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TRAINING (never synced)</source>
        <translation>TẬP HUẤN (không bao giờ đồng bộ)</translation>
    </message>
</context>
<context>
    <name>CycleListPage</name>
    <message>
        <location line="+82"/>
        <source>Search facility, community, stage, issues, indicators, actions…</source>
        <translation>Tìm cơ sở, cộng đồng, giai đoạn, vấn đề, chỉ số, hành động…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter cycles</source>
        <translation>Lọc chu kỳ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycles</source>
        <translation>Chu kỳ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open cycle</source>
        <translation>Mở &amp;chu kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cycle</source>
        <translation>Mở chu kỳ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New cycle…</source>
        <translation>Chu kỳ &amp;mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cycle</source>
        <translation>Chu kỳ mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start ne&amp;xt round…</source>
        <translation>Bắt đầu &amp;vòng tiếp theo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start next round</source>
        <translation>Bắt đầu vòng tiếp theo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score card cycles</source>
        <translation>Các chu kỳ thẻ điểm</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>issue</source>
        <translation>vấn đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator</source>
        <translation>chỉ số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action</source>
        <translation>hành động</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>round {n}: {kind} “{text}”</source>
        <translation>vòng {n}: {kind} “{text}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Found inside cycles: </source>
        <translation>Tìm thấy trong các chu kỳ: </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> and %n more</source>
        <translation>
            <numerusform> và %n mục khác</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CycleSetupDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/cycle_setup.py" line="+94"/>
        <source>New facility…</source>
        <translation>Cơ sở mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Create cycle</source>
        <translation>Tạo chu kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Round 1 (the first score card here)</source>
        <translation>Vòng 1 (thẻ điểm đầu tiên ở đây)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round {n}, linked to round {p} (its indicators and actions carry on)</source>
        <translation>Vòng {n}, nối tiếp vòng {p} (các chỉ số và hành động được chuyển tiếp)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write at least the village of the community.</source>
        <translation>Hãy ghi ít nhất tên thôn/làng của cộng đồng.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the name of the new facility.</source>
        <translation>Hãy ghi tên cơ sở mới.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose the facility first (or “New facility…”).</source>
        <translation>Hãy chọn cơ sở trước (hoặc “Cơ sở mới…”).</translation>
    </message>
</context>
<context>
    <name>CycleSetupForm</name>
    <message>
        <location filename="../../ui/cycle_setup.ui" line="+12"/>
        <source>New score card cycle</source>
        <translation>Chu kỳ thẻ điểm mới</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Facility:</source>
        <translation>&amp;Cơ sở:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Facility</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a facility…</source>
        <translation>Chọn một cơ sở…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New facility &amp;name:</source>
        <translation>&amp;Tên cơ sở mới:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New facility name</source>
        <translation>Tên cơ sở mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Riverside Health Centre</source>
        <translation>vd. Trạm y tế Ven Sông</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Se&amp;ctor:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Community &amp;location:</source>
        <translation>&amp;Địa điểm cộng đồng:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Round:</source>
        <translation>Vòng:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round</source>
        <translation>Vòng</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Scale:</source>
        <translation>Th&amp;ang điểm:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scale</source>
        <translation>Thang điểm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scoring &amp;mode:</source>
        <translation>Cách chấ&amp;m điểm:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoring mode</source>
        <translation>Cách chấm điểm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session lan&amp;guage:</source>
        <translation>Ngôn ngữ &amp;buổi làm việc:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session language</source>
        <translation>Ngôn ngữ buổi làm việc</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lea&amp;d facilitator:</source>
        <translation>Điều &amp;phối viên chính:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lead facilitator</source>
        <translation>Điều phối viên chính</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Other facilitators:</source>
        <translation>Điều phối &amp;viên khác:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other facilitators</source>
        <translation>Các điều phối viên khác</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names, separated by commas</source>
        <translation>Tên, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training cycle</source>
        <translation>Chu kỳ tập huấn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Training cycle</source>
        <translation>Chu kỳ tập h&amp;uấn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Practice only: marked as training on every screen and never synced.</source>
        <translation>Chỉ để thực hành: được đánh dấu là tập huấn trên mọi màn hình và không bao giờ đồng bộ.</translation>
    </message>
</context>
<context>
    <name>CycleWorkspace</name>
    <message>
        <location filename="../../scorecard_app/gui/workspace.py" line="+178"/>
        <source>TRAINING CYCLE — for practice only. It is never synced to head office.</source>
        <translation>CHU KỲ TẬP HUẤN — chỉ để thực hành. Không bao giờ được đồng bộ lên văn phòng trung ương.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Finish c&amp;ycle…</source>
        <translation>Hoàn tất chu &amp;kỳ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish cycle</source>
        <translation>Hoàn tất chu kỳ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;open cycle…</source>
        <translation>&amp;Mở lại chu kỳ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen cycle</source>
        <translation>Mở lại chu kỳ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start ne&amp;xt round…</source>
        <translation>Bắt đầu &amp;vòng tiếp theo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start next round</source>
        <translation>Bắt đầu vòng tiếp theo</translation>
    </message>
    <message>
        <location line="+156"/>
        <source> — training (never synced)</source>
        <translation> — tập huấn (không bao giờ đồng bộ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — finished and locked</source>
        <translation> — đã hoàn tất và khóa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{facility} · {community} · round {round}</source>
        <translation>{facility} · {community} · vòng {round}</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>This cycle is finished and locked: it can be read, printed and its actions followed up. To change anything else, reopen it (with a reason).</source>
        <translation>Chu kỳ này đã kết thúc và bị khóa: có thể xem, in và theo dõi các hành động. Muốn thay đổi điều gì khác, hãy mở lại (kèm lý do).</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../scorecard_app/gui/date_field.py" line="+30"/>
        <source>YYYY-MM-DD</source>
        <translation>NNNN-TT-NN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a date like 2026-11-20; ↑ and ↓ change it by a day.</source>
        <translation>Nhập ngày theo dạng 2026-11-20; phím ↑ và ↓ thay đổi một ngày.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{text}” is not a date; type it like 2026-11-20.</source>
        <translation>“{text}” không phải là ngày; hãy nhập theo dạng 2026-11-20.</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/fields.py" line="+78"/>
        <source>YYYY-MM-DD</source>
        <translation>NNNN-TT-NN</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{text}” is not a date; write it like 2026-11-22.</source>
        <translation>“{text}” không phải là ngày; hãy viết theo dạng 2026-11-22.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/sync_panel.py" line="-56"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <location filename="../../ui/enrol_dialog.ui" line="+5"/>
        <source>Enrol this laptop</source>
        <translation>Đăng ký máy này</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the address and the one-time code that head office gave you, or paste the whole enrolment link into the address box.</source>
        <translation>Nhập địa chỉ và mã dùng một lần mà văn phòng trung ương đã đưa cho bạn, hoặc dán toàn bộ đường dẫn đăng ký vào ô địa chỉ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Address:</source>
        <translation>Địa &amp;chỉ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Head office address</source>
        <translation>Địa chỉ văn phòng trung ương</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enrolment code</source>
        <translation>Mã đăng ký</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enrol</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enrol</source>
        <translation>Đăng &amp;ký</translation>
    </message>
</context>
<context>
    <name>EntryTable</name>
    <message>
        <location filename="../../scorecard_app/gui/scoring_widgets.py" line="+342"/>
        <source>The copied block ({rows} rows × {cols} columns) does not fit here: from this cell there are {free_rows} rows and {free_cols} columns.</source>
        <translation>Khối đã sao chép ({rows} hàng × {cols} cột) không vừa ở đây: từ ô này chỉ còn {free_rows} hàng và {free_cols} cột.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was pasted: “{text}” (row {row}, column {col} of the copied block) — {why}</source>
        <translation>Không dán gì cả: “{text}” (hàng {row}, cột {col} của khối đã sao chép) — {why}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Dán %n ô</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDataDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/export_data.py" line="+38"/>
        <location line="+1"/>
        <source>Export open data</source>
        <translation>Xuất dữ liệu mở</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writes this cycle&apos;s results as open data that anyone can reuse: facilities, indicators, scores by group type, the action plan and its follow-up. No participant and no name is included; a figure resting on fewer than %1 people is hidden.</source>
        <translation>Ghi kết quả của chu kỳ này thành dữ liệu mở mà ai cũng có thể dùng lại: cơ sở, chỉ số, điểm theo loại nhóm, kế hoạch hành động và việc theo dõi. Không có người tham gia nào và không có tên nào được đưa vào; số liệu dựa trên ít hơn %1 người sẽ bị ẩn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is exported</source>
        <translation>Nội dung được xuất</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder of CSV files (with datapackage.json)</source>
        <translation>Một thư mục các tệp CSV (kèm datapackage.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON file</source>
        <translation>Một tệp JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence:</source>
        <translation>&amp;Giấy phép:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a training cycle: practice is never exported as open data.</source>
        <translation>Đây là chu kỳ tập huấn: phần thực hành không bao giờ được xuất thành dữ liệu mở.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a folder for the data package</source>
        <translation>Chọn thư mục cho gói dữ liệu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the data package</source>
        <translation>Lưu gói dữ liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved %1: %2 results, %3 actions.</source>
        <translation>Đã lưu %1: %2 kết quả, %3 hành động.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not export: %1</source>
        <translation>Không thể xuất: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export open &amp;data…</source>
        <translation>Xuất &amp;dữ liệu mở…</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <location filename="../../scorecard_app/gui/field_message.py" line="+20"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/workspace.py" line="-106"/>
        <source>Finish cycle</source>
        <translation>Hoàn tất chu kỳ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything is complete.</source>
        <translation>Mọi thứ đã đầy đủ.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n thing(s) are still missing:</source>
        <translation>
            <numerusform>Vẫn còn thiếu %n mục:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing</source>
        <translation>Những gì còn thiếu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who may have been left out (not required)</source>
        <translation>Những ai có thể đã bị bỏ sót (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finishing locks the cycle: nothing can be changed any more, except the follow-up of actions. It can be reopened later, with a reason.</source>
        <translation>Hoàn tất sẽ khóa chu kỳ: không thể thay đổi gì nữa, trừ việc theo dõi các hành động. Có thể mở lại sau, kèm lý do.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Finish and lock</source>
        <translation>Hoàn tất và khóa</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Finish anyway and lock</source>
        <translation>Vẫn hoàn tất và khóa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <location filename="../../ui/follow_up.ui" line="+16"/>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This round</source>
        <translation>Vòng này</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Previous round</source>
        <translation>Vòng trước</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Carried forward</source>
        <translation>Chuyển sang</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue actions</source>
        <translation>Các hành động quá hạn</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/follow_up.py" line="+62"/>
        <source>Actions of this round</source>
        <translation>Các hành động của vòng này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions of the previous round</source>
        <translation>Các hành động của vòng trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfinished actions of earlier rounds</source>
        <translation>Hoạt động chưa xong của các vòng trước</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Carried forward (%n)</source>
        <translation>
            <numerusform>Chuyển sang (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round {r}: review</source>
        <translation>Vòng {r}: xem lại</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Quá hạn (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Record what happened to each action: pick it, choose its status, add a note.</source>
        <translation>Ghi lại những gì đã xảy ra với từng hành động: chọn hành động, chọn trạng thái, thêm ghi chú.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Round {r} had {n} actions; review them first in the “Round {r}: review” tab.</source>
        <translation>Vòng {r} có {n} hành động; hãy xem lại chúng trước trong thẻ “Vòng {r}: xem lại”.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n unfinished actions from earlier rounds are carried forward: see “Carried forward”.</source>
        <translation>
            <numerusform>%n hoạt động chưa xong từ các vòng trước được chuyển sang: xem “Chuyển sang”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Visit the facility and the committee each month. Record each action&apos;s status with the date and what you saw; chase what is overdue.</source>
        <translation>Đến thăm cơ sở và ban quản lý mỗi tháng. Ghi lại trạng thái từng hành động kèm ngày và những gì bạn thấy; đôn đốc những việc quá hạn.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/help_pages.py" line="+33"/>
        <location line="+2"/>
        <source>Facilitator guide</source>
        <translation>Hướng dẫn cho người điều phối</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The guide is not installed with this copy.</source>
        <translation>Bản cài đặt này không có kèm hướng dẫn.</translation>
    </message>
</context>
<context>
    <name>IndicatorsForm</name>
    <message>
        <location filename="../../ui/indicators.ui" line="+25"/>
        <source>Choose indicators</source>
        <translation>Chọn chỉ số</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where indicators come from</source>
        <translation>Nguồn của các chỉ số</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the issues</source>
        <translation>Từ các vấn đề</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranked issues to choose from</source>
        <translation>Các vấn đề đã xếp hạng để chọn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use issue as indicator</source>
        <translation>Dùng vấn đề làm chỉ số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use issue as &amp;indicator</source>
        <translation>&amp;Dùng vấn đề làm chỉ số</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the library</source>
        <translation>Từ thư viện</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search the library</source>
        <translation>Tìm trong thư viện</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the indicator library…</source>
        <translation>Tìm trong thư viện chỉ số…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Library indicators</source>
        <translation>Chỉ số trong thư viện</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add from library</source>
        <translation>Thêm từ thư viện</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add from &amp;library</source>
        <translation>Thêm từ &amp;thư viện</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Or write a custom one:</source>
        <translation>Hoặc tự viết một chỉ số:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Custom indicator</source>
        <translation>Chỉ số tự đặt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your own indicator and press Enter</source>
        <translation>Nhập chỉ số của bạn rồi nhấn Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indicators of this cycle, in scoring order</source>
        <translation>Các chỉ số của chu kỳ này, theo thứ tự chấm điểm</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unlock indicators</source>
        <translation>Mở khóa chỉ số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock indicators…</source>
        <translation>&amp;Mở khóa chỉ số…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chosen indicators</source>
        <translation>Các chỉ số đã chọn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text of the selected indicator:</source>
        <translation>Nội dung chỉ số đang chọn:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indicator text</source>
        <translation>Nội dung chỉ số</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+52"/>
        <source>Move indicator up</source>
        <translation>Chuyển chỉ số lên</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <source>Move indicator down</source>
        <translation>Chuyển chỉ số xuống</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Chuyển xuống</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove indicator</source>
        <translation>Xóa chỉ số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>Xó&amp;a</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/indicators.py" line="+89"/>
        <source>Unlock the indicators?</source>
        <translation>Mở khóa các chỉ số?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring has started: {scores} group scores, {votes} individual votes and {tallies} show-of-hands counts are entered.

If you remove an indicator, its scores are hidden from the results. If you add one, groups that have already scored must score it too. Renaming changes what people scored.

Unlock anyway?</source>
        <translation>Việc chấm điểm đã bắt đầu: đã nhập {scores} điểm nhóm, {votes} phiếu cá nhân và {tallies} lần đếm giơ tay.

Nếu xóa một chỉ số, điểm của chỉ số đó sẽ bị ẩn khỏi kết quả. Nếu thêm một chỉ số, các nhóm đã chấm điểm cũng phải chấm chỉ số đó. Đổi tên sẽ làm thay đổi điều mọi người đã chấm.

Vẫn mở khóa?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The indicators are locked because scoring has started. Unlock them first.</source>
        <translation>Các chỉ số đã bị khóa vì việc chấm điểm đã bắt đầu. Hãy mở khóa trước.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{text}” is already an indicator.</source>
        <translation>“{text}” đã là một chỉ số.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add indicator {text}</source>
        <translation>Thêm chỉ số {text}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Rename indicator</source>
        <translation>Đổi tên chỉ số</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove indicator {text}</source>
        <translation>Xóa chỉ số {text}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move indicator</source>
        <translation>Di chuyển chỉ số</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>providers&apos; own</source>
        <translation>riêng của bên cung cấp dịch vụ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>custom</source>
        <translation>tự đặt</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>{text} — raised by %n group(s), {votes} votes</source>
        <translation>
            <numerusform>{text} — %n nhóm nêu, {votes} phiếu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cycle is finished; the indicators are fixed.</source>
        <translation>Chu kỳ đã hoàn tất; các chỉ số được giữ cố định.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked: scoring has started, so the indicators stay as they are.</source>
        <translation>Đã khóa: việc chấm điểm đã bắt đầu nên các chỉ số được giữ nguyên.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocked for changes, although scoring has started.</source>
        <translation>Đã mở khóa để thay đổi, dù việc chấm điểm đã bắt đầu.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n indicator(s) chosen. Aim for 5 to 8.</source>
        <translation>
            <numerusform>Đã chọn %n chỉ số. Nên có từ 5 đến 8.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Head office has withdrawn “{text}” from the library.</source>
        <translation>Văn phòng trung ương đã rút “{text}” khỏi thư viện.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>(withdrawn by head office)</source>
        <translation>(văn phòng trung ương đã rút)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(new from head office)</source>
        <translation>(mới từ văn phòng trung ương)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>from the issues</source>
        <translation>từ các vấn đề</translation>
    </message>
</context>
<context>
    <name>InlineError</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/fields.py" line="+89"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
</context>
<context>
    <name>InputTrackingForm</name>
    <message>
        <location filename="../../ui/input_tracking.ui" line="+21"/>
        <source>First read out what the facility should have (the entitlement and where that is written). Then the group agrees what is actually there.</source>
        <translation>Trước tiên đọc to những gì cơ sở phải có (mức được hưởng và nơi ghi quy định đó). Sau đó nhóm thống nhất những gì thực tế đang có.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New input item</source>
        <translation>Mục đầu vào mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type an input (e.g. Nurses on duty) and press Enter</source>
        <translation>Nhập một đầu vào (vd. Y tá trực) rồi nhấn Enter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add input item</source>
        <translation>Thêm mục đầu vào</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add item</source>
        <translation>Thêm &amp;mục</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove input item</source>
        <translation>Xóa mục đầu vào</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove item</source>
        <translation>Xó&amp;a mục</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Input tracking matrix</source>
        <translation>Bảng theo dõi đầu vào</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Input item</source>
        <translation>Mục đầu vào</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entitlement</source>
        <translation>Mức được hưởng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source of the entitlement</source>
        <translation>Nguồn quy định</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actual</source>
        <translation>Thực tế</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gap</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remarks</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>InputTrackingPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/input_tracking.py" line="+72"/>
        <source>Remove input item</source>
        <translation>Xóa mục đầu vào</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Add input {item}</source>
        <translation>Thêm đầu vào {item}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>“{text}” is not a number; write it like 12 or 3.5.</source>
        <translation>“{text}” không phải là số; hãy viết như 12 hoặc 3,5.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change {item}</source>
        <translation>Thay đổi {item}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 (as entitled)</source>
        <translation>0 (đúng mức được hưởng)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} (less than entitled)</source>
        <translation>{n} (ít hơn mức được hưởng)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+{n} (more than entitled)</source>
        <translation>+{n} (nhiều hơn mức được hưởng)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Remove the input item “{item}” and what was recorded for it?</source>
        <translation>Xóa mục đầu vào “{item}” và những gì đã ghi cho nó?</translation>
    </message>
</context>
<context>
    <name>InterfaceMeetingForm</name>
    <message>
        <location filename="../../ui/interface_meeting.ui" line="+18"/>
        <source>Projector view</source>
        <translation>Chế độ máy chiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Projector view (F11)</source>
        <translation>Chế độ máy chiếu (&amp;F11)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Community and provider scores</source>
        <translation>Điểm của cộng đồng và bên cung cấp dịch vụ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting date</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Địa điểm:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;mmunity present:</source>
        <translation>Cộng đồng có &amp;mặt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Community members present</source>
        <translation>Số thành viên cộng đồng có mặt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;roviders present:</source>
        <translation>Bên c&amp;ung cấp có mặt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Providers present</source>
        <translation>Số người cung cấp dịch vụ có mặt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Notes:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting notes</source>
        <translation>Ghi chú cuộc họp</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Officials present</source>
        <translation>Cán bộ có mặt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New official</source>
        <translation>Cán bộ mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (role)</source>
        <translation>Tên (chức vụ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add official</source>
        <translation>Thêm cán bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd official</source>
        <translation>Thêm cán &amp;bộ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>Remove official</source>
        <translation>Xóa cán bộ</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Remove o&amp;fficial</source>
        <translation>Xóa c&amp;án bộ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photos of the meeting</source>
        <translation>Ảnh cuộc họp</translation>
    </message>
</context>
<context>
    <name>InterfaceMeetingPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/interface_meeting.py" line="+89"/>
        <source>Meeting date</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting venue</source>
        <translation>Địa điểm họp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting notes</source>
        <translation>Ghi chú cuộc họp</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Attendance</source>
        <translation>Số người dự</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Add official {name}</source>
        <translation>Thêm cán bộ {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove official {name}</source>
        <translation>Xóa cán bộ {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} indicators compared; providers rate themselves higher on {h} of them.</source>
        <translation>Đã so sánh {n} chỉ số; bên cung cấp dịch vụ tự chấm cao hơn ở {h} chỉ số.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scores from both sides appear here once they are entered.</source>
        <translation>Điểm của hai bên sẽ hiện ở đây khi đã được nhập.</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>Round {r}: community {c} · providers {p}</source>
        <translation>Vòng {r}: cộng đồng {c} · bên cung cấp {p}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{facility} — community and providers, round {r}</source>
        <translation>{facility} — cộng đồng và bên cung cấp dịch vụ, vòng {r}</translation>
    </message>
    <message>
        <location line="+352"/>
        <source>Show both sides&apos; scores on the projector (F11). Start with the biggest gaps; ask each side to explain, and note what was said for each indicator.</source>
        <translation>Chiếu điểm của hai bên lên máy chiếu (F11). Bắt đầu với các chênh lệch lớn nhất; mời mỗi bên giải thích và ghi lại những gì đã nói cho từng chỉ số.</translation>
    </message>
</context>
<context>
    <name>IssuesPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/issues.py" line="+70"/>
        <source>Group raising issues</source>
        <translation>Nhóm nêu vấn đề</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raised by</source>
        <translation>Người nêu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who raised the issue: the group, someone in the room, or a sticker number</source>
        <translation>Ai nêu vấn đề: cả nhóm, một người trong phòng, hoặc một số nhãn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New issue</source>
        <translation>Vấn đề mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type an issue and press Enter</source>
        <translation>Nhập một vấn đề rồi nhấn Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Issues of the group</source>
        <translation>Các vấn đề của nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Remove issue</source>
        <translation>Xó&amp;a vấn đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>Remove issue</source>
        <translation>Xóa vấn đề</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Issues raised by one group</source>
        <translation>Các vấn đề do một nhóm nêu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Group:</source>
        <translation>Nhó&amp;m:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised &amp;by:</source>
        <translation>Ngườ&amp;i nêu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;issue:</source>
        <translation>&amp;Vấn đề mới:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record an issue only when the group agrees on it.</source>
        <translation>Chỉ ghi một vấn đề khi cả nhóm đồng ý.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ranked issues</source>
        <translation>Các vấn đề đã xếp hạng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge selected into one</source>
        <translation>Gộp &amp;các mục đã chọn thành một</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge selected issues</source>
        <translation>Gộp các vấn đề đã chọn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select duplicates (Ctrl+click or Shift+arrows); the first one is kept</source>
        <translation>Chọn các mục trùng (Ctrl+nhấp hoặc Shift+mũi tên); mục đầu tiên được giữ lại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Split merged issue</source>
        <translation>Tách vấn đề đã gộ&amp;p</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>Split merged issue</source>
        <translation>Tách vấn đề đã gộp</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>All groups, ranked</source>
        <translation>Tất cả các nhóm, đã xếp hạng</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add the groups first (step Participants).</source>
        <translation>Hãy thêm các nhóm trước (bước Người tham gia).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add issue {text}</source>
        <translation>Thêm vấn đề {text}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select two or more issues that say the same thing.</source>
        <translation>Hãy chọn hai vấn đề trở lên có cùng nội dung.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Merge %n issue(s)</source>
        <translation>
            <numerusform>Gộp %n vấn đề</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Change issue text</source>
        <translation>Sửa nội dung vấn đề</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Votes are a whole number, 0 or more.</source>
        <translation>Số phiếu là số nguyên, từ 0 trở lên.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change votes</source>
        <translation>Sửa số phiếu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} (service provider)</source>
        <translation>{name} (bên cung cấp dịch vụ)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The whole group</source>
        <translation>Cả nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone in the room</source>
        <translation>Một người trong phòng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant no. {n}</source>
        <translation>Người tham gia số {n}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{text}  (merged into “{keep}”)</source>
        <translation>{text}  (đã gộp vào “{keep}”)</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>{n}. {text} — raised by %n group(s), {votes} votes</source>
        <translation>
            <numerusform>{n}. {text} — %n nhóm nêu, {votes} phiếu</numerusform>
        </translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Photos of the selected issue</source>
        <translation>Ảnh của vấn đề đã chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos of the selected issue (e.g. the flip chart):</source>
        <translation>Ảnh của vấn đề đã chọn (ví dụ tờ giấy khổ lớn):</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This group already has “{text}”; add votes to it instead.</source>
        <translation>Nhóm này đã có “{text}”; hãy thêm phiếu cho vấn đề đó.</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <location filename="../../scorecard_app/gui/form_widgets.py" line="+98"/>
        <source>Region</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>Thôn/Làng</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../scorecard_app/gui/main_window.py" line="+50"/>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All cycles</source>
        <translation>&amp;Tất cả chu kỳ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New cycle…</source>
        <translation>Chu kỳ &amp;mới…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cycle</source>
        <translation>C&amp;hu kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish cycle…</source>
        <translation>Hoàn tất chu &amp;kỳ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reopen cycle…</source>
        <translation>&amp;Mở lại chu kỳ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start ne&amp;xt round…</source>
        <translation>Bắt đầu &amp;vòng tiếp theo…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Scorecard</source>
        <translation>&amp;Giới thiệu Scorecard</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Choose a cycle first.</source>
        <translation>Hãy chọn một chu kỳ trước.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Scorecard</source>
        <translation>Giới thiệu Scorecard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Scorecard {version}&lt;/h3&gt;&lt;p&gt;Run Community Score Card cycles offline: score, compare, agree actions, print on the spot and sync to head office.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL v3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Scorecard {version}&lt;/h3&gt;&lt;p&gt;Thực hiện các chu kỳ Thẻ điểm cộng đồng khi không có mạng: chấm điểm, so sánh, thống nhất hành động, in ngay tại chỗ và đồng bộ lên văn phòng trung ương.&lt;/p&gt;&lt;p&gt;Phần mềm tự do theo giấy phép GNU GPL v3 hoặc mới hơn.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/settings_dialog.py" line="+146"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/cycle_setup.py" line="+50"/>
        <source>Next round</source>
        <translation>Vòng tiếp theo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round {n} of this place already exists; it is opened instead.</source>
        <translation>Vòng {n} của nơi này đã có; chu kỳ đó sẽ được mở.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round {r} is not finished yet.</source>
        <translation>Vòng {r} chưa hoàn tất.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start next round</source>
        <translation>Bắt đầu vòng tiếp theo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start round {n} of {facility} in {community}?

The {k} indicators of round {r} are copied, so scores can be compared, and round {r}&apos;s actions are reviewed in the follow-up.</source>
        <translation>Bắt đầu vòng {n} của {facility} tại {community}?

{k} chỉ số của vòng {r} được sao chép để có thể so sánh điểm, và các hành động của vòng {r} được xem lại trong bước theo dõi.</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/main_window.py" line="-129"/>
        <source>&amp;Previous step</source>
        <translation>&amp;Bước trước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next step</source>
        <translation>Bước &amp;tiếp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro&amp;jector view</source>
        <translation>Chế độ &amp;máy chiếu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tips for this step</source>
        <translation>&amp;Gợi ý cho bước này</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Facilitator &amp;guide</source>
        <translation>&amp;Hướng dẫn điều phối</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version}</source>
        <translation>Phiên bản {version}</translation>
    </message>
</context>
<context>
    <name>ParticipantsForm</name>
    <message>
        <location filename="../../ui/participants.ui" line="+25"/>
        <location line="+6"/>
        <source>Groups</source>
        <translation>Các nhóm</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New group:</source>
        <translation>Nhóm mới:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New group type</source>
        <translation>Loại nhóm mới</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New group name</source>
        <translation>Tên nhóm mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (optional)</source>
        <translation>Tên (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add group</source>
        <translation>Thêm nhóm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;group</source>
        <translation>Thê&amp;m nhóm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected group:</source>
        <translation>Nhóm đang chọn:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selected group name</source>
        <translation>Tên nhóm đang chọn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selected group type</source>
        <translation>Loại của nhóm đã chọn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Facilitators:</source>
        <translation>Điều phối viên:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Facilitators of the selected group</source>
        <translation>Điều phối viên của nhóm đang chọn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead, note-taker (commas between)</source>
        <translation>Người điều phối chính, người ghi chép (cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Remove group</source>
        <translation>Xóa nhóm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A group of type “Staff” is the service provider group.</source>
        <translation>Nhóm thuộc loại “Nhân viên” là nhóm cung cấp dịch vụ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Participants of the selected group</source>
        <translation>Người tham gia của nhóm đang chọn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sticker no.</source>
        <translation>Số nhãn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Age</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disability</source>
        <translation>Khuyết tật</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minority</source>
        <translation>Dân tộc thiểu số</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Poor</source>
        <translation>Hộ nghèo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Youth</source>
        <translation>Thanh niên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counted</source>
        <translation>Được tính</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+119"/>
        <source>Add participant</source>
        <translation>Thêm người tham gia</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>&amp;Add participant</source>
        <translation>Thêm ngườ&amp;i tham gia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove participant</source>
        <translation>Xóa người tham gia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove participant</source>
        <translation>Xó&amp;a người tham gia</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“Someone in the room”: raises issues quickly, not counted as a person</source>
        <translation>“Một người trong phòng”: nêu vấn đề nhanh, không được tính là một người</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add anonymous participant</source>
        <translation>Thêm người tham gia ẩn danh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a&amp;nonymous participant</source>
        <translation>Thêm người tham gia &amp;ẩn danh</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only numbers are kept, never names. Write the sticker number on each person&apos;s chest sticker. Youth is set from the age.</source>
        <translation>Chỉ lưu số, không bao giờ lưu tên. Ghi số nhãn lên nhãn dán trước ngực của mỗi người. Thanh niên được xác định theo tuổi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Who takes part</source>
        <translation>Ai tham gia</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/participants.py" line="+111"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Age band</source>
        <translation>Nhóm tuổi</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Add anonymous participant</source>
        <translation>Thêm người tham gia ẩn danh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove participant</source>
        <translation>Xóa người tham gia</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Add group {name}</source>
        <translation>Thêm nhóm {name}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change group facilitators</source>
        <translation>Đổi điều phối viên của nhóm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename group</source>
        <translation>Đổi tên nhóm</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove group {name}</source>
        <translation>Xóa nhóm {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>Add or choose a group first.</source>
        <translation>Hãy thêm hoặc chọn một nhóm trước.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Add participant {n}</source>
        <translation>Thêm người tham gia {n}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A sticker number is a whole number from 1 up.</source>
        <translation>Số nhãn là số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sticker number {n} is already used by someone else.</source>
        <translation>Số nhãn {n} đã được người khác dùng.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change participant {n}</source>
        <translation>Thay đổi người tham gia {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (service provider)</source>
        <translation> (bên cung cấp dịch vụ)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{name}{kind} (%n people)</source>
        <translation>
            <numerusform>{name}{kind} (%n người)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>anonymous</source>
        <translation>ẩn danh</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n community member(s) counted.</source>
        <translation>
            <numerusform>Đã tính %n thành viên cộng đồng.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women: {n} ({p}%)</source>
        <translation>Phụ nữ: {n} ({p}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men: {n} ({p}%)</source>
        <translation>Nam giới: {n} ({p}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young: {n} ({p}%)</source>
        <translation>Thanh niên: {n} ({p}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a disability: {n}</source>
        <translation>Người khuyết tật: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minority: {n}</source>
        <translation>Dân tộc thiểu số: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor: {n}</source>
        <translation>Hộ nghèo: {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (providers): {n}</source>
        <translation>{name} (bên cung cấp dịch vụ): {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: {w}</source>
        <translation>Cảnh báo: {w}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No inclusion warnings.</source>
        <translation>Không có cảnh báo về sự tham gia.</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Change group type</source>
        <translation>Đổi loại nhóm</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../scorecard_app/gui/photos.py" line="+44"/>
        <source>“{name}” is not a file.</source>
        <translation>“{name}” không phải là một tệp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is too big for a photo (more than 25 MB).</source>
        <translation>“{name}” quá lớn để là ảnh (hơn 25 MB).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” is not a photo (JPEG, PNG or WebP).</source>
        <translation>“{name}” không phải là ảnh (JPEG, PNG hoặc WebP).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop photo files here, or use Add photo…</source>
        <translation>Thả tệp ảnh vào đây, hoặc dùng Thêm ảnh…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add photo…</source>
        <translation>Thêm ảnh…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photo</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open full size</source>
        <translation>Mở cỡ đầy đủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open photo full size</source>
        <translation>Mở ảnh cỡ đầy đủ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Remove photo</source>
        <translation>Xóa ảnh</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Add photos</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Remove the photo “{name}”?</source>
        <translation>Xóa ảnh “{name}”?</translation>
    </message>
</context>
<context>
    <name>PrintCentre</name>
    <message>
        <location filename="../../scorecard_app/gui/print_centre.py" line="+117"/>
        <source>Print centre</source>
        <translation>Trung tâm in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printables</source>
        <translation>Tài liệu in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for the session</source>
        <translation>cho buổi làm việc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>results</source>
        <translation>kết quả</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Khổ giấy:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Lưu PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Mở trong trình xem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Page preview</source>
        <translation>Xem trước trang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick what to print:</source>
        <translation>Đánh dấu những gì cần in:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Making the PDF…</source>
        <translation>Đang tạo PDF…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PDF could not be made: {error}</source>
        <translation>Không thể tạo PDF: {error}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No preview: this computer lacks the pdftoppm program. Open the PDF in the viewer instead.</source>
        <translation>Không xem trước được: máy tính này thiếu chương trình pdftoppm. Hãy mở PDF trong trình xem.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page {n}</source>
        <translation>Trang {n}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the PDFs in</source>
        <translation>Lưu các tệp PDF vào</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF could not be saved: {error}</source>
        <translation>Không thể lưu PDF: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved: {files}</source>
        <translation>Đã lưu: {files}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opening the PDF in the viewer; print it from there.</source>
        <translation>Đang mở PDF trong trình xem; hãy in từ đó.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The printer could not be started.</source>
        <translation>Không thể khởi động máy in.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Print centre…</source>
        <translation>Trung tâm &amp;in…</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../../scorecard_app/gui/projector.py" line="+60"/>
        <source>Projector view</source>
        <translation>Chế độ máy chiếu</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Community</source>
        <translation>Cộng đồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers</source>
        <translation>Bên cung cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen {page} of {pages} — Page Down: next · Page Up: back · Esc: leave</source>
        <translation>Màn hình {page}/{pages} — Page Down: tiếp · Page Up: lùi · Esc: thoát</translation>
    </message>
</context>
<context>
    <name>ProviderScoringPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/provider_scoring.py" line="+26"/>
        <source>Provider scores</source>
        <translation>Điểm của bên cung cấp dịch vụ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New own indicator</source>
        <translation>Chỉ số riêng mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An indicator the providers want to add…</source>
        <translation>Một chỉ số mà bên cung cấp dịch vụ muốn thêm…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Own indicator:</source>
        <translation>Chỉ số &amp;riêng:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add own indicator</source>
        <translation>Thê&amp;m chỉ số riêng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add own indicator</source>
        <translation>Thêm chỉ số riêng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove own indicator</source>
        <translation>Xó&amp;a chỉ số riêng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove own indicator</source>
        <translation>Xóa chỉ số riêng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes the selected indicator, if it is one of the providers&apos; own</source>
        <translation>Xóa chỉ số đang chọn, nếu đó là chỉ số riêng của bên cung cấp dịch vụ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no service provider group yet: add one in the Participants step.</source>
        <translation>Chưa có nhóm cung cấp dịch vụ: hãy thêm ở bước Người tham gia.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Provider group:</source>
        <translation>Nhóm &amp;cung cấp dịch vụ:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type the new indicator first.</source>
        <translation>Hãy nhập chỉ số mới trước.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add own indicator {text}</source>
        <translation>Thêm chỉ số riêng {text}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select one of the providers&apos; own indicators first.</source>
        <translation>Hãy chọn một chỉ số riêng của bên cung cấp dịch vụ trước.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{text}” is shared with the community; it can only be removed in the Indicators step.</source>
        <translation>“{text}” dùng chung với cộng đồng; chỉ có thể xóa ở bước Chỉ số.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove own indicator {text}</source>
        <translation>Xóa chỉ số riêng {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meet the staff separately. They score the same indicators and may add their own; ask for a reason with every score.</source>
        <translation>Gặp riêng nhân viên. Họ chấm điểm cùng các chỉ số và có thể thêm chỉ số riêng; hãy hỏi lý do cho mỗi điểm.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../scorecard_app/gui/qt_standard_strings.py" line="+56"/>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Tiến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Nơi gần đây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn thay thế không?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location line="-76"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+29"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-13"/>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-19"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Có cho &amp;tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>&amp;Không cho tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/app.py" line="+87"/>
        <location filename="../../scorecard_app/gui/qt_standard_strings.py" line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../scorecard_app/gui/qt_standard_strings.py" line="+1"/>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <location line="+57"/>
        <source>Undo %1</source>
        <translation>Hoàn tác %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo %1</source>
        <translation>Làm lại %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-48"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>RemoveQuestion</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/fields.py" line="-28"/>
        <source>Remove?</source>
        <translation>Xóa?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/workspace.py" line="+20"/>
        <source>Reopen cycle</source>
        <translation>Mở lại chu kỳ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for reopening</source>
        <translation>Lý do mở lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Two votes of the youth group were missing</source>
        <translation>vd. Thiếu hai phiếu của nhóm thanh niên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why is the cycle reopened? The reason is kept in its log.</source>
        <translation>&amp;Vì sao mở lại chu kỳ? Lý do được lưu trong nhật ký của chu kỳ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../scorecard_app/gui/score_results.py" line="+113"/>
        <source>Live results</source>
        <translation>Kết quả trực tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results of this group</source>
        <translation>Kết quả của nhóm này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results by group</source>
        <translation>Kết quả theo nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results by participant attribute</source>
        <translation>Kết quả theo đặc điểm người tham gia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break down by</source>
        <translation>Phân theo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Break down community votes by:</source>
        <translation>&amp;Phân phiếu của cộng đồng theo:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This group</source>
        <translation>Nhóm này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All groups</source>
        <translation>Tất cả các nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By attribute</source>
        <translation>Theo đặc điểm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age band</source>
        <translation>Nhóm tuổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Khuyết tật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minority</source>
        <translation>Dân tộc thiểu số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor household</source>
        <translation>Hộ nghèo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth</source>
        <translation>Thanh niên</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+47"/>
        <location line="+67"/>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Group score</source>
        <translation>Điểm nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>Trung vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution (level: people)</source>
        <translation>Phân bố (mức: số người)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Group score for {indicator}: {value}</source>
        <translation>Điểm nhóm cho {indicator}: {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Median for {indicator}: {value}</source>
        <translation>Trung vị cho {indicator}: {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Community</source>
        <translation>Cộng đồng</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Community, {indicator}: {value}</source>
        <translation>Cộng đồng, {indicator}: {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not recorded</source>
        <translation>không ghi nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{median} (mean {mean}, {n} votes)</source>
        <translation>{median} (trung bình {mean}, {n} phiếu)</translation>
    </message>
</context>
<context>
    <name>ScaleLegend</name>
    <message>
        <location filename="../../scorecard_app/gui/scale_widgets.py" line="+164"/>
        <source>Scale:</source>
        <translation>Thang điểm:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scale</source>
        <translation>Thang điểm</translation>
    </message>
</context>
<context>
    <name>ScaleWidgets</name>
    <message>
        <location line="+49"/>
        <source>No score from an earlier round</source>
        <translation>Không có điểm từ vòng trước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change since round {r}</source>
        <translation>Không thay đổi so với vòng {r}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up {n} since round {r}</source>
        <translation>Tăng {n} so với vòng {r}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down {n} since round {r}</source>
        <translation>Giảm {n} so với vòng {r}</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>no score</source>
        <translation>chưa có điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value}, {word}, on a scale of {low} to {high}</source>
        <translation>{value}, {word}, trên thang điểm từ {low} đến {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not scored by both sides yet</source>
        <translation>Chưa được cả hai bên chấm điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides give the same score</source>
        <translation>Hai bên cho cùng một điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers rate {n} higher</source>
        <translation>Bên cung cấp dịch vụ chấm cao hơn {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community rates {n} higher</source>
        <translation>Cộng đồng chấm cao hơn {n}</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <location line="+160"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
</context>
<context>
    <name>ScoringPageBase</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/community_scoring.py" line="-157"/>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This cycle is finished: use “Reopen cycle…” (with a reason) to change scores.</source>
        <translation>Chu kỳ này đã hoàn tất: dùng “Mở lại chu kỳ…” (kèm lý do) để thay đổi điểm.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Group:</source>
        <translation>Nhó&amp;m:</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="+5"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Cỡ chữ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text size in percent</source>
        <translation>Cỡ chữ theo phần trăm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Contrast:</source>
        <translation>Độ &amp;tương phản:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contrast</source>
        <translation>Độ tương phản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The interface language is for you. The language of a session with a community group is chosen with each cycle and printed on its handouts.</source>
        <translation>Ngôn ngữ giao diện là dành cho bạn. Ngôn ngữ của buổi làm việc với nhóm cộng đồng được chọn theo từng chu kỳ và được in trên tài liệu phát tay.</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <location filename="../../ui/setup.ui" line="+21"/>
        <source>Setup of the cycle</source>
        <translation>Thiết lập chu kỳ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cycle</source>
        <translation>Chu kỳ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F&amp;acility:</source>
        <extracomment>Not Alt+F: that opens the File menu.</extracomment>
        <translation>&amp;Cơ sở:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Facility name</source>
        <translation>Tên cơ sở</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sec&amp;tor:</source>
        <extracomment>Not Alt+C: that opens the Cycle menu.</extracomment>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Community &amp;location:</source>
        <translation>&amp;Địa điểm cộng đồng:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Round:</source>
        <translation>Vòng:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Scale:</source>
        <translation>Th&amp;ang điểm:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scale</source>
        <translation>Thang điểm</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scoring &amp;mode:</source>
        <translation>Cách chấ&amp;m điểm:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoring mode</source>
        <translation>Cách chấm điểm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session lan&amp;guage:</source>
        <translation>Ngôn ngữ &amp;buổi làm việc:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session language</source>
        <translation>Ngôn ngữ buổi làm việc</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lea&amp;d facilitator:</source>
        <translation>Điều &amp;phối viên chính:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lead facilitator</source>
        <translation>Điều phối viên chính</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Other facilitators:</source>
        <translation>Điều phối &amp;viên khác:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other facilitators</source>
        <translation>Các điều phối viên khác</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names, separated by commas</source>
        <translation>Tên, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ne&amp;xt round planned for:</source>
        <translation>Vòng tiếp theo &amp;dự kiến:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next round planned for</source>
        <translation>Vòng tiếp theo dự kiến vào</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score cards are repeated every 6 to 12 months</source>
        <translation>Thẻ điểm được thực hiện lại sau mỗi 6 đến 12 tháng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training:</source>
        <translation>Tập huấn:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dates of each step</source>
        <translation>Ngày của từng bước</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Step&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bước&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Planned&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dự kiến&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Done on&lt;/b&gt;</source>
        <translation>&lt;b&gt;Đã làm ngày&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../scorecard_app/gui/steps/setup.py" line="+97"/>
        <source>Planned date of {step}</source>
        <translation>Ngày dự kiến của {step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual date of {step}</source>
        <translation>Ngày thực tế của {step}</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Rename facility</source>
        <translation>Đổi tên cơ sở</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change sector</source>
        <translation>Đổi lĩnh vực</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change scale</source>
        <translation>Đổi thang điểm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change scoring mode</source>
        <translation>Đổi cách chấm điểm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change session language</source>
        <translation>Đổi ngôn ngữ buổi làm việc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change next round date</source>
        <translation>Đổi ngày vòng tiếp theo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change lead facilitator</source>
        <translation>Đổi điều phối viên chính</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change facilitators</source>
        <translation>Đổi các điều phối viên</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change community location</source>
        <translation>Đổi địa điểm cộng đồng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change date of {step}</source>
        <translation>Đổi ngày của {step}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Round {n}</source>
        <translation>Vòng {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round {n}, following round {p} (finished on {date})</source>
        <translation>Vòng {n}, tiếp theo vòng {p} (hoàn tất ngày {date})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round {n}, following round {p} (not finished)</source>
        <translation>Vòng {n}, tiếp theo vòng {p} (chưa hoàn tất)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scale cannot change once scores are entered.</source>
        <translation>Không thể đổi thang điểm khi đã nhập điểm.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TRAINING CYCLE: practice only, never synced to head office.</source>
        <translation>CHU KỲ TẬP HUẤN: chỉ để thực hành, không bao giờ đồng bộ lên văn phòng trung ương.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A real cycle (synced to head office).</source>
        <translation>Một chu kỳ thật (được đồng bộ lên văn phòng trung ương).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../scorecard_app/gui/help_pages.py" line="+26"/>
        <source>Next step / previous step</source>
        <translation>Bước tiếp / bước trước</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projector view (interface meeting)</source>
        <translation>Chế độ máy chiếu (cuộc họp đối thoại)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips for this step</source>
        <translation>Gợi ý cho bước này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a cell and go to the next</source>
        <translation>Lưu một ô và sang ô tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, Tab</source>
        <translation>Enter, Tab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste a block copied from a spreadsheet</source>
        <translation>Dán một khối sao chép từ bảng tính</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the selected row</source>
        <translation>Xóa hàng đã chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Việc gì</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../scorecard_app/gui/workspace.py" line="-103"/>
        <source>Steps</source>
        <translation>Các bước</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>done</source>
        <translation>xong</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n to do</source>
        <translation>
            <numerusform>còn %n việc</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../scorecard_app/sync_client/errors.py" line="+11"/>
        <source>This laptop&apos;s access was revoked; ask head office for a new enrolment code.</source>
        <translation>Quyền truy cập của máy này đã bị thu hồi; hãy xin văn phòng trung tâm một mã đăng ký mới.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head office refused the enrolment code ({detail}). Ask head office for a new code.</source>
        <translation>Văn phòng trung tâm từ chối mã đăng ký ({detail}). Hãy xin một mã mới.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop is not enrolled yet. Enrol it with the address and code from head office.</source>
        <translation>Máy này chưa được đăng ký. Hãy đăng ký bằng địa chỉ và mã từ văn phòng trung tâm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head office could not be reached ({detail}). Your changes are kept; try again later.</source>
        <translation>Không kết nối được văn phòng trung tâm ({detail}). Các thay đổi của bạn vẫn được giữ; hãy thử lại sau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address {url} did not answer like a Scorecard server (a login page of a hotspot?). Check the address, or log in to the network first.</source>
        <translation>Địa chỉ {url} không trả lời như một máy chủ Scorecard (trang đăng nhập của điểm phát wifi?). Hãy kiểm tra địa chỉ, hoặc đăng nhập mạng trước.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Head office speaks a newer sync protocol. Update Scorecard on this laptop to sync.</source>
        <translation>Văn phòng trung tâm dùng giao thức đồng bộ mới hơn. Hãy cập nhật Scorecard trên máy này để đồng bộ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an enrolment link: it should look like scorecard://enrol?url=…&amp;code=…</source>
        <translation>Đây không phải liên kết đăng ký: liên kết phải có dạng scorecard://enrol?url=…&amp;code=…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {name} on this laptop is damaged: head office received different content.</source>
        <translation>Tệp {name} trên máy này bị hỏng: văn phòng trung tâm nhận được nội dung khác.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a usable Scorecard bundle ({detail}). Nothing was changed.</source>
        <translation>{name} không phải là gói Scorecard dùng được ({detail}). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was changed after it was made (its signature does not match). Nothing was changed.</source>
        <translation>{name} đã bị sửa sau khi được tạo (chữ ký không khớp). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} was refused: {detail}. Nothing was changed.</source>
        <translation>{name} bị từ chối: {detail}. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop cannot sign bundles yet: sync with head office once, or enrol it with an enrolment file from head office.</source>
        <translation>Máy này chưa thể ký gói: hãy đồng bộ với văn phòng trung tâm một lần, hoặc đăng ký bằng tệp đăng ký từ văn phòng trung tâm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a usable enrolment file ({detail}). Nothing was changed.</source>
        <translation>{name} không phải là tệp đăng ký dùng được ({detail}). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop is already enrolled as device {device}. Nothing was changed.</source>
        <translation>Máy này đã được đăng ký là thiết bị {device}. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is nothing to put in a bundle (training cycles never leave the laptop).</source>
        <translation>Không có gì để đưa vào gói (chu kỳ tập huấn không bao giờ rời khỏi máy).</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../scorecard_app/gui/sync_panel.py" line="+100"/>
        <source>Connection to head office</source>
        <translation>Kết nối với văn phòng trung ương</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes waiting to sync</source>
        <translation>Các thay đổi đang chờ đồng bộ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync</source>
        <translation>Lần đồng bộ cuối</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync progress</source>
        <translation>Tiến độ đồng bộ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync &amp;with head office</source>
        <translation>Đồ&amp;ng bộ với văn phòng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Đồng bộ ngay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Enrol this laptop…</source>
        <translation>Đăng &amp;ký máy này…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export bundle for USB…</source>
        <translation>&amp;Xuất gói cho USB…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Nhập gói…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>&amp;Conflicts to review…</source>
        <translation>&amp;Xung đột cần xem lại…</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Not enrolled</source>
        <translation>Chưa đăng ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n thay đổi đang chờ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync: %1</source>
        <translation>Lần đồng bộ cuối: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never synced</source>
        <translation>Chưa bao giờ đồng bộ</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Conflicts to review (%n)…</source>
        <translation>
            <numerusform>&amp;Xung đột cần xem lại (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enrol this laptop first (Sync ▸ Enrol this laptop…).</source>
        <translation>Hãy đăng ký máy này trước (Đồng bộ ▸ Đăng ký máy này…).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Synced: %1 change(s) sent, %2 received.</source>
        <translation>Đã đồng bộ: gửi %1 thay đổi, nhận %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Head office kept some values differently: see Sync ▸ Conflicts to review.</source>
        <translation>Văn phòng trung ương giữ một số giá trị khác: xem Đồng bộ ▸ Các xung đột cần xem lại.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sync stopped: %1</source>
        <translation>Đồng bộ bị dừng: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the head office address (https://…) and the code.</source>
        <translation>Hãy nhập địa chỉ văn phòng trung ương (https://…) và mã.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This laptop is enrolled. Sync now to send its changes.</source>
        <translation>Máy này đã được đăng ký. Hãy đồng bộ ngay để gửi các thay đổi.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export bundle for USB</source>
        <translation>Xuất gói cho USB</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Scorecard bundle (*.scbundle)</source>
        <translation>Gói Scorecard (*.scbundle)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Bundle written: %1 change(s) in %2. Carry it to head office.</source>
        <translation>Đã ghi gói: %1 thay đổi trong %2. Hãy mang đến văn phòng trung ương.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import bundle</source>
        <translation>Nhập gói</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bundle imported: %1 change(s) applied, %2 already here.</source>
        <translation>Đã nhập gói: áp dụng %1 thay đổi, %2 đã có sẵn.</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Enrol from a &amp;file (USB)…</source>
        <translation>Đăng ký từ &amp;tệp (USB)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>USB bundles only</source>
        <translation>Chỉ gói USB</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wait until the sync in progress has finished.</source>
        <translation>Hãy chờ đến khi lần đồng bộ đang chạy kết thúc.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This laptop has no head-office address yet: enrol it online, or use USB bundles.</source>
        <translation>Máy này chưa có địa chỉ văn phòng trung tâm: hãy đăng ký trực tuyến, hoặc dùng gói USB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Enrol this laptop first (online, or from an enrolment file).</source>
        <translation>Hãy đăng ký máy này trước (trực tuyến, hoặc từ tệp đăng ký).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop cannot sign bundles yet: sync with head office once, or enrol it with an enrolment file.</source>
        <translation>Máy này chưa thể ký gói: hãy đồng bộ với văn phòng trung tâm một lần, hoặc đăng ký bằng tệp đăng ký.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enrol this laptop first: it checks who signed a bundle.</source>
        <translation>Hãy đăng ký máy này trước: máy cần kiểm tra ai đã ký gói.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop is already enrolled.</source>
        <translation>Máy này đã được đăng ký.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send waiting changes and fetch head office&apos;s.</source>
        <translation>Gửi các thay đổi đang chờ và nhận thay đổi của văn phòng trung tâm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this laptop&apos;s changes to a signed file.</source>
        <translation>Ghi các thay đổi của máy này vào một tệp có chữ ký.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply a signed bundle from a USB stick.</source>
        <translation>Áp dụng một gói có chữ ký từ thẻ USB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read head office&apos;s enrolment file.</source>
        <translation>Đọc tệp đăng ký của văn phòng trung tâm.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Some attached files could not be sent; they will be sent on the next sync.</source>
        <translation>Một số tệp đính kèm chưa gửi được; chúng sẽ được gửi ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some of this laptop&apos;s data still differs from head office&apos;s copy after a repair. It was reported; nothing was deleted.</source>
        <translation>Một số dữ liệu trên máy này vẫn khác với bản của văn phòng trung ương sau khi sửa. Việc này đã được báo lại; không có gì bị xóa.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Enrol from a file</source>
        <translation>Đăng ký từ tệp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrolment file (*.json)</source>
        <translation>Tệp đăng ký (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This laptop is enrolled from the file. Delete the file from the USB stick now.</source>
        <translation>Máy này đã được đăng ký từ tệp. Hãy xóa tệp khỏi thẻ USB ngay.</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n change(s) refused: they change a finished cycle.</source>
        <translation>
            <numerusform>%n thay đổi bị từ chối: chúng sửa một chu kỳ đã kết thúc.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-493"/>
        <source>Facility</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle</source>
        <translation>Chu kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>Đầu vào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>Phiếu bầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tally</source>
        <translation>Kiểm đếm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface meeting</source>
        <translation>Cuộc họp đối thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action update</source>
        <translation>Cập nhật hành động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Head office changed it too</source>
        <translation>Văn phòng trung ương cũng đã thay đổi mục này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cycle was already finished at head office</source>
        <translation>Chu kỳ đã được kết thúc tại văn phòng trung ương</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up notes cannot be changed once sent</source>
        <translation>Ghi chú theo dõi không thể sửa sau khi đã gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office manages this facility</source>
        <translation>Văn phòng trung ương quản lý cơ sở này</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The change arrived damaged</source>
        <translation>Thay đổi đến nơi bị hỏng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office does not know this kind of record</source>
        <translation>Văn phòng trung ương không biết loại bản ghi này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head office does not know this field</source>
        <translation>Văn phòng trung ương không biết trường này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head office could not read this change</source>
        <translation>Văn phòng trung ương không đọc được thay đổi này</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <location filename="../../scorecard_app/gui/scoring_widgets.py" line="-158"/>
        <source>{indicator}, {level}: {count} people</source>
        <translation>{indicator}, {level}: {count} người</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{text}” was not saved: a count of people is a whole number.</source>
        <translation>“{text}” chưa được lưu: số người phải là số nguyên.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show of hands on {indicator}</source>
        <translation>Giơ tay cho {indicator}</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>a count of people is a whole number.</source>
        <translation>số người là một số nguyên.</translation>
    </message>
</context>
<context>
    <name>Tips</name>
    <message>
        <location filename="../../scorecard_app/gui/tips.py" line="+14"/>
        <source>Meet the community leaders and the service providers first: agree the dates, the venue and who facilitates. Each group needs two facilitators, a lead and a note-taker; at least one should be trusted locally. Plan a date for every step.</source>
        <translation>Trước tiên hãy gặp lãnh đạo cộng đồng và bên cung cấp dịch vụ: thống nhất ngày, địa điểm và người điều phối. Mỗi nhóm cần hai điều phối viên, một người chính và một người ghi chép; ít nhất một người phải được người dân địa phương tin tưởng. Lên kế hoạch ngày cho từng bước.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why we are here and that no names are written down. Split people into interest groups: women, men, youth, elders, people with disabilities. Give each person a numbered sticker. Ask who is missing today and how to reach them.</source>
        <translation>Nói rõ vì sao chúng ta có mặt ở đây và không ghi tên ai. Chia mọi người thành các nhóm theo mối quan tâm: phụ nữ, nam giới, thanh niên, người cao tuổi, người khuyết tật. Phát cho mỗi người một nhãn dán có số. Hỏi hôm nay ai vắng mặt và làm sao liên lạc với họ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read out what the facility is entitled to (staff, medicines, equipment) and where that is written. Then ask the group: what is actually there? Write what the group agrees, with remarks.</source>
        <translation>Đọc to những gì cơ sở được hưởng theo quy định (nhân viên, thuốc, trang thiết bị) và quy định đó được ghi ở đâu. Sau đó hỏi nhóm: thực tế có những gì? Ghi lại điều nhóm thống nhất, kèm ghi chú.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask: how are things going? What works? What does not? Record an issue only when the group agrees. Merge issues that say the same thing, then let people vote for the most important ones.</source>
        <translation>Hãy hỏi: mọi việc thế nào? Điều gì tốt? Điều gì chưa tốt? Chỉ ghi một vấn đề khi cả nhóm đồng ý. Gộp các vấn đề có cùng nội dung, rồi để mọi người bỏ phiếu chọn những vấn đề quan trọng nhất.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn the top issues of all groups into common indicators, worded so that they can be scored. Five to eight indicators are enough. Once scoring starts, keep the list.</source>
        <translation>Biến các vấn đề hàng đầu của tất cả các nhóm thành những chỉ số chung, diễn đạt sao cho có thể chấm điểm. Từ năm đến tám chỉ số là đủ. Khi đã bắt đầu chấm điểm, hãy giữ nguyên danh sách.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restate who may be absent, then explain the scale with its faces and words. Score one indicator at a time and always ask why: write the reason and a suggestion.</source>
        <translation>Nhắc lại những ai có thể vắng mặt, sau đó giải thích thang điểm với các khuôn mặt và từ ngữ. Chấm điểm từng chỉ số một và luôn hỏi vì sao: ghi lại lý do và một đề xuất.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff score the same indicators, and may add one or two of their own. Say clearly that this is not finger-pointing: both sides look for solutions together.</source>
        <translation>Nhân viên chấm điểm cùng các chỉ số đó và có thể thêm một hoặc hai chỉ số của riêng họ. Hãy nói rõ rằng đây không phải là đổ lỗi: cả hai bên cùng tìm giải pháp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring community representatives, staff and officials together. Show both scores side by side, start with what works, then talk through the largest gaps calmly.</source>
        <translation>Tập hợp đại diện cộng đồng, nhân viên và cán bộ chính quyền. Cho xem hai bảng điểm cạnh nhau, bắt đầu với những gì tốt, sau đó bình tĩnh thảo luận các chênh lệch lớn nhất.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For each gap, agree one concrete action, a named person responsible, a date and the resources. Mark what the district must solve as escalated.</source>
        <translation>Với mỗi chênh lệch, thống nhất một hành động cụ thể, một người chịu trách nhiệm có tên, một thời hạn và nguồn lực. Đánh dấu những việc huyện phải giải quyết là chuyển lên cấp trên.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check each action every month and write down its status with a date. Overdue actions come first. The next round starts by reviewing this plan.</source>
        <translation>Kiểm tra từng hành động hằng tháng và ghi lại tình trạng kèm ngày. Ưu tiên các hành động quá hạn. Vòng tiếp theo bắt đầu bằng việc xem lại kế hoạch này.</translation>
    </message>
</context>
<context>
    <name>TipsPanel</name>
    <message>
        <location line="+17"/>
        <source>Show tips for this step</source>
        <translation>Hiện gợi ý cho bước này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the tips (F1)</source>
        <translation>Hiện hoặc ẩn gợi ý (F1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tip</source>
        <translation>Gợi ý</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>▾ Tips for this step</source>
        <translation>▾ Gợi ý cho bước này</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▸ Tips</source>
        <translation>▸ Gợi ý</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../scorecard_app/gui/trends_view.py" line="+55"/>
        <source>Trend chart</source>
        <translation>Biểu đồ xu hướng</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location line="+79"/>
        <source>Trends across rounds</source>
        <translation>Xu hướng qua các vòng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator to show</source>
        <translation>Chỉ số cần xem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole card</source>
        <translation>Cả phiếu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scores by round</source>
        <translation>Điểm theo vòng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+19"/>
        <source>Round {n}</source>
        <translation>Vòng {n}</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Scores on the scale {scale}; the gap is community minus providers.</source>
        <translation>Điểm trên thang {scale}; khoảng cách là điểm cộng đồng trừ điểm bên cung cấp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the first round: there is no trend yet.</source>
        <translation>Đây là vòng đầu tiên: chưa có xu hướng.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Community</source>
        <translation>Cộng đồng</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Providers</source>
        <translation>Bên cung cấp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Trends across rounds…</source>
        <translation>&amp;Xu hướng qua các vòng…</translation>
    </message>
</context>
<context>
    <name>VoteGridModel</name>
    <message>
        <location filename="../../scorecard_app/gui/scoring_widgets.py" line="-136"/>
        <source>Participant {number}</source>
        <translation>Người tham gia {number}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Participant {number}, {indicator}: {value}</source>
        <translation>Người tham gia {number}, {indicator}: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row} of {rows}, column {col} of {cols}</source>
        <translation>Hàng {row}/{rows}, cột {col}/{cols}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Vote of participant {number} on {indicator}</source>
        <translation>Phiếu của người tham gia {number} cho {indicator}</translation>
    </message>
</context>
<context>
    <name>_EditModel</name>
    <message>
        <location line="-257"/>
        <location line="+11"/>
        <source>That is not a number.</source>
        <translation>Đó không phải là số.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{text}” was not saved: {why}</source>
        <translation>“{text}” chưa được lưu: {why}</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>this cell cannot be typed into</source>
        <translation>không thể nhập vào ô này</translation>
    </message>
</context>
</TS>
