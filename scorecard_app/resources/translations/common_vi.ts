<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Checks</name>
    <message>
        <location filename="../../core/checks.py" line="34"/>
        <source>The facility has no name.</source>
        <translation>Cơ sở chưa có tên.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="37"/>
        <source>The community&apos;s location is empty.</source>
        <translation>Chưa nhập địa bàn của cộng đồng.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="40"/>
        <source>No lead facilitator is named.</source>
        <translation>Chưa có tên điều phối viên chính.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="48"/>
        <source>There is no community group.</source>
        <translation>Chưa có nhóm cộng đồng nào.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="54"/>
        <location filename="../../core/checks.py" line="131"/>
        <source>There is no service provider group.</source>
        <translation>Chưa có nhóm bên cung cấp dịch vụ.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="62"/>
        <source>The {group} group has no participants.</source>
        <translation>Nhóm {group} chưa có người tham gia.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="72"/>
        <source>No input items are tracked yet.</source>
        <translation>Chưa theo dõi đầu vào nào.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="78"/>
        <source>Input &apos;{item}&apos; has no actual value.</source>
        <translation>Đầu vào &apos;{item}&apos; chưa có giá trị thực tế.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="87"/>
        <source>No issues have been raised yet.</source>
        <translation>Chưa có vấn đề nào được nêu.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="94"/>
        <source>No indicators have been chosen yet.</source>
        <translation>Chưa chọn chỉ số nào.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="142"/>
        <source>The interface meeting has no date.</source>
        <translation>Cuộc họp đối thoại chưa có ngày.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="148"/>
        <source>No officials are recorded at the interface meeting.</source>
        <translation>Chưa ghi nhận cán bộ nào dự cuộc họp đối thoại.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="157"/>
        <source>The action plan has no actions.</source>
        <translation>Kế hoạch hành động chưa có hoạt động nào.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="163"/>
        <source>Action &apos;{action}&apos; has nobody responsible.</source>
        <translation>Hoạt động &apos;{action}&apos; chưa có người phụ trách.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="171"/>
        <source>Action &apos;{action}&apos; has no due date.</source>
        <translation>Hoạt động &apos;{action}&apos; chưa có hạn hoàn thành.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="184"/>
        <source>No follow-up has been recorded for any action.</source>
        <translation>Chưa ghi nhận theo dõi cho hoạt động nào.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="210"/>
        <source>There is no women&apos;s group.</source>
        <translation>Chưa có nhóm phụ nữ.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="211"/>
        <source>There is no youth group.</source>
        <translation>Chưa có nhóm thanh niên.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="222"/>
        <source>Women are {percent}% of participants.</source>
        <translation>Phụ nữ chiếm {percent}% số người tham gia.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="230"/>
        <source>No participant with a disability is recorded.</source>
        <translation>Chưa ghi nhận người tham gia nào bị khuyết tật.</translation>
    </message>
    <message>
        <location filename="../../core/checks.py" line="235"/>
        <source>No young participant is recorded.</source>
        <translation>Chưa ghi nhận người tham gia trẻ tuổi nào.</translation>
    </message>
</context>
<context>
    <name>Printables</name>
    <message>
        <location filename="../../reports/blank_sheets.py" line="34"/>
        <location filename="../../reports/blank_sheets.py" line="371"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="35"/>
        <source>Facilitator</source>
        <translation>Điều phối viên</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="45"/>
        <location filename="../../reports/registry.py" line="30"/>
        <source>Score sheet</source>
        <translation>Phiếu chấm điểm</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="56"/>
        <location filename="../../reports/blank_sheets.py" line="181"/>
        <location filename="../../reports/blank_sheets.py" line="251"/>
        <location filename="../../reports/blank_sheets.py" line="338"/>
        <location filename="../../reports/results.py" line="372"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="57"/>
        <location filename="../../reports/blank_sheets.py" line="182"/>
        <location filename="../../reports/head_office.py" line="195"/>
        <location filename="../../reports/results.py" line="101"/>
        <location filename="../../reports/results.py" line="171"/>
        <location filename="../../reports/results.py" line="272"/>
        <location filename="../../reports/results.py" line="351"/>
        <location filename="../../reports/results.py" line="373"/>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="58"/>
        <location filename="../../reports/results.py" line="103"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="59"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="60"/>
        <location filename="../../reports/results.py" line="274"/>
        <source>Suggestion</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="78"/>
        <location filename="../../reports/registry.py" line="31"/>
        <source>Ballot</source>
        <translation>Phiếu bầu</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="81"/>
        <source>Participant number</source>
        <translation>Số người tham gia</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="82"/>
        <location filename="../../reports/head_office.py" line="110"/>
        <location filename="../../reports/results.py" line="273"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="86"/>
        <source>Circle one face for each indicator. Do not write your name.</source>
        <translation>Khoanh một hình mặt cho mỗi chỉ số. Không ghi tên của bạn.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="165"/>
        <source>Tally sheet</source>
        <translation>Phiếu kiểm đếm</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="173"/>
        <source>Count the hands raised for each level and write the number.</source>
        <translation>Đếm số người giơ tay cho mỗi mức và ghi số lượng.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="204"/>
        <source>F</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="205"/>
        <source>M</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="206"/>
        <source>O</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="218"/>
        <source>Gender: {codes}. Age band: under 18, 18–24, 25–34, 35–49, 50–64, 65+. Tick what applies; the name is optional.</source>
        <translation>Giới tính: {codes}. Nhóm tuổi: dưới 18, 18–24, 25–34, 35–49, 50–64, 65+. Đánh dấu mục phù hợp; không bắt buộc ghi tên.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="228"/>
        <source>Disability</source>
        <translation>Khuyết tật</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="229"/>
        <source>Minority</source>
        <translation>Dân tộc thiểu số</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="230"/>
        <source>Poor</source>
        <translation>Hộ nghèo</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="231"/>
        <location filename="../../reports/head_office.py" line="154"/>
        <source>Youth</source>
        <translation>Thanh niên</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="241"/>
        <location filename="../../reports/registry.py" line="32"/>
        <source>Attendance sheet</source>
        <translation>Danh sách tham dự</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="252"/>
        <source>Name (optional)</source>
        <translation>Họ tên (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="253"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="254"/>
        <source>Age band</source>
        <translation>Nhóm tuổi</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="256"/>
        <source>Signature or thumbprint</source>
        <translation>Chữ ký hoặc điểm chỉ</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="287"/>
        <location filename="../../reports/registry.py" line="33"/>
        <source>Input tracking matrix</source>
        <translation>Bảng theo dõi đầu vào</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="291"/>
        <source>Input or service</source>
        <translation>Đầu vào hoặc dịch vụ</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="292"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="293"/>
        <source>Entitlement</source>
        <translation>Định mức</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="294"/>
        <source>Source of entitlement</source>
        <translation>Căn cứ định mức</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="295"/>
        <location filename="../../reports/head_office.py" line="78"/>
        <source>Actual</source>
        <translation>Thực tế</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="296"/>
        <location filename="../../reports/results.py" line="172"/>
        <location filename="../../reports/results.py" line="314"/>
        <location filename="../../reports/trends.py" line="170"/>
        <source>Gap</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="297"/>
        <source>Remarks</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="323"/>
        <location filename="../../reports/registry.py" line="34"/>
        <source>Issue prioritisation sheet</source>
        <translation>Phiếu ưu tiên vấn đề</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="328"/>
        <source>Write each issue once. Everyone gives their votes; the issues with most votes become indicators.</source>
        <translation>Mỗi vấn đề chỉ ghi một lần. Mọi người cùng bỏ phiếu; các vấn đề nhiều phiếu nhất sẽ trở thành chỉ số.</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="339"/>
        <source>Issue</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="340"/>
        <source>Raised by</source>
        <translation>Người nêu</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="341"/>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="342"/>
        <source>Rank</source>
        <translation>Thứ hạng</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="360"/>
        <location filename="../../reports/results.py" line="318"/>
        <location filename="../../reports/trends.py" line="160"/>
        <source>Service provider</source>
        <translation>Bên cung cấp dịch vụ</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="361"/>
        <source>Community representative</source>
        <translation>Đại diện cộng đồng</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="362"/>
        <source>Local official</source>
        <translation>Cán bộ địa phương</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="369"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="370"/>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="379"/>
        <source>Signatures</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="390"/>
        <location filename="../../reports/registry.py" line="35"/>
        <source>Action plan form</source>
        <translation>Mẫu kế hoạch hành động</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="394"/>
        <source>Indicator or issue</source>
        <translation>Chỉ số hoặc vấn đề</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="395"/>
        <location filename="../../reports/head_office.py" line="274"/>
        <location filename="../../reports/results.py" line="141"/>
        <location filename="../../reports/results.py" line="374"/>
        <location filename="../../reports/results.py" line="450"/>
        <source>Action</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="396"/>
        <location filename="../../reports/head_office.py" line="275"/>
        <location filename="../../reports/results.py" line="375"/>
        <location filename="../../reports/results.py" line="451"/>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="397"/>
        <source>Institution</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="398"/>
        <location filename="../../reports/head_office.py" line="276"/>
        <location filename="../../reports/results.py" line="376"/>
        <location filename="../../reports/results.py" line="452"/>
        <source>Due date</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="399"/>
        <location filename="../../reports/results.py" line="377"/>
        <source>Resources</source>
        <translation>Nguồn lực</translation>
    </message>
    <message>
        <location filename="../../reports/blank_sheets.py" line="400"/>
        <location filename="../../reports/results.py" line="381"/>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <location filename="../../reports/common.py" line="20"/>
        <location filename="../../reports/layout.py" line="272"/>
        <source>Round {n}</source>
        <translation>Vòng {n}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="43"/>
        <location filename="../../reports/registry.py" line="44"/>
        <source>Report for head office</source>
        <translation>Báo cáo gửi văn phòng trung ương</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="46"/>
        <source>Cycle</source>
        <translation>Chu kỳ</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="49"/>
        <source>Facility</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="53"/>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="56"/>
        <location filename="../../reports/head_office.py" line="196"/>
        <location filename="../../reports/head_office.py" line="208"/>
        <location filename="../../reports/results.py" line="176"/>
        <location filename="../../reports/results.py" line="233"/>
        <location filename="../../reports/results.py" line="317"/>
        <location filename="../../reports/trends.py" line="159"/>
        <source>Community</source>
        <translation>Cộng đồng</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="57"/>
        <source>Round</source>
        <translation>Vòng</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="58"/>
        <source>Scale</source>
        <translation>Thang điểm</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="60"/>
        <source>Scoring</source>
        <translation>Cách chấm điểm</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="63"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="64"/>
        <source>Lead facilitator</source>
        <translation>Điều phối viên chính</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="65"/>
        <location filename="../../reports/head_office.py" line="277"/>
        <location filename="../../reports/results.py" line="382"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="66"/>
        <location filename="../../reports/results.py" line="51"/>
        <source>Next review</source>
        <translation>Lần rà soát tới</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="69"/>
        <source>Training cycle</source>
        <translation>Chu kỳ tập huấn</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="73"/>
        <source>Stage dates</source>
        <translation>Ngày của các bước</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="76"/>
        <source>Stage</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="77"/>
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="79"/>
        <source>Days late</source>
        <translation>Số ngày trễ</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="107"/>
        <source>Participation</source>
        <translation>Sự tham gia</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="111"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="112"/>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="118"/>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="131"/>
        <source>Community participants by attribute</source>
        <translation>Người tham gia của cộng đồng theo đặc điểm</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="132"/>
        <source>Count (share)</source>
        <translation>Số lượng (tỷ lệ)</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="142"/>
        <source>Gender not recorded</source>
        <translation>Chưa ghi giới tính</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="148"/>
        <source>Age {band}</source>
        <translation>Tuổi {band}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="151"/>
        <source>With a disability</source>
        <translation>Người khuyết tật</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="152"/>
        <source>From a minority</source>
        <translation>Người dân tộc thiểu số</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="153"/>
        <source>Poor households</source>
        <translation>Hộ nghèo</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="170"/>
        <location filename="../../reports/results.py" line="352"/>
        <source>Scores</source>
        <translation>Điểm số</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="174"/>
        <source>Raw scores are medians on the cycle&apos;s scale; 0–100 makes cycles on different scales comparable. The trends list the community&apos;s and the providers&apos; scores, round by round, in this round&apos;s scale units.</source>
        <translation>Điểm thô là trung vị trên thang của chu kỳ; 0–100 giúp so sánh các chu kỳ có thang khác nhau. Xu hướng liệt kê điểm của cộng đồng và của bên cung cấp qua từng vòng, theo đơn vị thang của vòng này.</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="189"/>
        <source>Rounds {first}–{last}</source>
        <translation>Vòng {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../reports/trends.py" line="149"/>
        <source>Scores of rounds {rounds} on the scale {scale}.</source>
        <translation>Điểm của các vòng {rounds} trên thang {scale}.</translation>
    </message>
    <message>
        <location filename="../../reports/trends.py" line="169"/>
        <source>R{n}</source>
        <translation>V{n}</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="197"/>
        <source>Community 0–100</source>
        <translation>Cộng đồng 0–100</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="198"/>
        <location filename="../../reports/head_office.py" line="209"/>
        <source>Provider</source>
        <translation>Bên cung cấp</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="199"/>
        <source>Provider 0–100</source>
        <translation>Bên cung cấp 0–100</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="200"/>
        <source>Trend</source>
        <translation>Xu hướng</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="242"/>
        <source>Action plan completion</source>
        <translation>Tiến độ kế hoạch hành động</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="246"/>
        <source>Actions agreed</source>
        <translation>Số hoạt động đã thống nhất</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="248"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="251"/>
        <source>Still open</source>
        <translation>Còn đang mở</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="252"/>
        <location filename="../../reports/head_office.py" line="280"/>
        <location filename="../../reports/results.py" line="448"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="254"/>
        <source>Escalated (cannot be solved locally)</source>
        <translation>Đã chuyển lên cấp trên (không giải quyết được tại chỗ)</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="261"/>
        <source>Unfinished from earlier rounds</source>
        <translation>Chưa xong từ các vòng trước</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="271"/>
        <source>Overdue and escalated actions</source>
        <translation>Hoạt động quá hạn và đã chuyển lên cấp trên</translation>
    </message>
    <message>
        <location filename="../../reports/head_office.py" line="281"/>
        <location filename="../../reports/results.py" line="383"/>
        <location filename="../../reports/results.py" line="468"/>
        <source>Escalated</source>
        <translation>Đã chuyển lên cấp trên</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="222"/>
        <source>Page {page} of {pages}</source>
        <translation>Trang {page}/{pages}</translation>
    </message>
    <message>
        <location filename="../../reports/layout.py" line="278"/>
        <source>Printed {date}</source>
        <translation>In ngày {date}</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="36"/>
        <source>Participant stickers</source>
        <translation>Nhãn dán số người tham gia</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="37"/>
        <location filename="../../reports/results.py" line="76"/>
        <source>Community scorecard results</source>
        <translation>Kết quả chấm điểm của cộng đồng</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="38"/>
        <location filename="../../reports/results.py" line="221"/>
        <source>Report for the service provider</source>
        <translation>Báo cáo cho bên cung cấp dịch vụ</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="39"/>
        <location filename="../../reports/results.py" line="312"/>
        <source>Interface meeting: community and provider</source>
        <translation>Họp đối thoại: cộng đồng và bên cung cấp</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="40"/>
        <location filename="../../reports/results.py" line="414"/>
        <source>Joint action plan</source>
        <translation>Kế hoạch hành động chung</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="41"/>
        <location filename="../../reports/results.py" line="437"/>
        <source>Follow-up checklist</source>
        <translation>Danh mục theo dõi</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="42"/>
        <location filename="../../reports/trends.py" line="139"/>
        <source>Trends across rounds</source>
        <translation>Xu hướng qua các vòng</translation>
    </message>
    <message>
        <location filename="../../reports/registry.py" line="43"/>
        <location filename="../../reports/trends.py" line="137"/>
        <source>Trends across rounds: wall chart</source>
        <translation>Xu hướng qua các vòng: biểu đồ treo tường</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="107"/>
        <location filename="../../reports/results.py" line="354"/>
        <source>Main reason</source>
        <translation>Lý do chính</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="136"/>
        <source>What we agreed to do</source>
        <translation>Những việc chúng ta đã thống nhất</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="142"/>
        <source>Who</source>
        <translation>Ai làm</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="143"/>
        <source>By when</source>
        <translation>Khi nào xong</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="150"/>
        <location filename="../../reports/results.py" line="369"/>
        <source>No actions have been agreed yet.</source>
        <translation>Chưa thống nhất hoạt động nào.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="179"/>
        <location filename="../../reports/results.py" line="234"/>
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="167"/>
        <source>Previous round</source>
        <translation>Vòng trước</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="106"/>
        <location filename="../../reports/results.py" line="168"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="86"/>
        <location filename="../../reports/results.py" line="225"/>
        <location filename="../../reports/trends.py" line="145"/>
        <source>This is the first round: no earlier scores.</source>
        <translation>Đây là vòng đầu tiên: chưa có điểm trước đó.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="62"/>
        <source>New this round</source>
        <translation>Mới trong vòng này</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="92"/>
        <source>Round {then} {arrow} round {now}</source>
        <translation>Vòng {then} {arrow} vòng {now}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="166"/>
        <source>This round</source>
        <translation>Vòng này</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="228"/>
        <source>Community scores and self-assessment</source>
        <translation>Điểm của cộng đồng và điểm tự đánh giá</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="259"/>
        <source>Strengths</source>
        <translation>Điểm mạnh</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="260"/>
        <source>Weaknesses</source>
        <translation>Điểm yếu</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="264"/>
        <location filename="../../reports/results.py" line="302"/>
        <source>None this round.</source>
        <translation>Vòng này không có.</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="269"/>
        <source>Suggestions from the groups</source>
        <translation>Đề xuất của các nhóm</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="275"/>
        <source>In the plan</source>
        <translation>Có trong kế hoạch</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="279"/>
        <location filename="../../reports/results.py" line="386"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="366"/>
        <source>Actions</source>
        <translation>Các hoạt động</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="420"/>
        <source>Interface meeting: {date}</source>
        <translation>Họp đối thoại: {date}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="442"/>
        <source>Visit date</source>
        <translation>Ngày đến thăm</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="443"/>
        <source>Visited by</source>
        <translation>Người đến thăm</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="453"/>
        <source>Status so far</source>
        <translation>Tình trạng đến nay</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="454"/>
        <source>Done?</source>
        <translation>Xong chưa?</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="455"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="473"/>
        <source>Agreed in round {n}</source>
        <translation>Thống nhất ở vòng {n}</translation>
    </message>
    <message>
        <location filename="../../reports/results.py" line="490"/>
        <source>{n} unfinished actions from earlier rounds are carried forward.</source>
        <translation>{n} hoạt động chưa xong từ các vòng trước được chuyển sang.</translation>
    </message>
    <message>
        <location filename="../../reports/stickers.py" line="70"/>
        <source>Participant</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <location filename="../../reports/context.py" line="84"/>
        <source>no change</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <location filename="../../reports/context.py" line="86"/>
        <source>up {n}</source>
        <translation>tăng {n}</translation>
    </message>
    <message>
        <location filename="../../reports/context.py" line="87"/>
        <source>down {n}</source>
        <translation>giảm {n}</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../core/scales.py" line="18"/>
        <source>Very bad</source>
        <translation>Rất tệ</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="19"/>
        <source>Bad</source>
        <translation>Tệ</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="20"/>
        <source>Acceptable</source>
        <translation>Chấp nhận được</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="21"/>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="22"/>
        <source>Very good</source>
        <translation>Rất tốt</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="96"/>
        <source>1–5 with faces</source>
        <translation>1–5 với hình mặt</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="97"/>
        <source>1–10</source>
        <translation>1–10</translation>
    </message>
    <message>
        <location filename="../../core/scales.py" line="98"/>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <location filename="../../core/aggregation.py" line="23"/>
        <source>Rounds on the same scale are compared in that scale&apos;s units. A round scored on another scale is re-expressed on this round&apos;s scale through 0–100: its score&apos;s position between the lowest and the highest mark is kept.</source>
        <translation>Các vòng cùng thang điểm được so sánh theo đơn vị của thang đó. Vòng chấm theo thang khác được quy đổi sang thang của vòng này qua 0–100: giữ nguyên vị trí của điểm giữa mức thấp nhất và cao nhất.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../core/stages.py" line="11"/>
        <source>Setup</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="12"/>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="13"/>
        <source>Input tracking</source>
        <translation>Theo dõi đầu vào</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="14"/>
        <source>Issues</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="15"/>
        <source>Indicators</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="16"/>
        <source>Community scoring</source>
        <translation>Cộng đồng chấm điểm</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="17"/>
        <source>Provider self-evaluation</source>
        <translation>Bên cung cấp tự đánh giá</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="18"/>
        <source>Interface meeting</source>
        <translation>Cuộc họp đối thoại</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="19"/>
        <source>Action plan</source>
        <translation>Kế hoạch hành động</translation>
    </message>
    <message>
        <location filename="../../core/stages.py" line="20"/>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../core/entities.py" line="18"/>
        <source>Health centre</source>
        <translation>Trạm y tế</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="19"/>
        <source>Primary school</source>
        <translation>Trường tiểu học</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="20"/>
        <source>Water point</source>
        <translation>Điểm cấp nước</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="21"/>
        <source>Local administration office</source>
        <translation>Ủy ban xã</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="24"/>
        <source>Community</source>
        <translation>Cộng đồng</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="25"/>
        <source>Service provider</source>
        <translation>Bên cung cấp dịch vụ</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="28"/>
        <source>Women</source>
        <translation>Phụ nữ</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="29"/>
        <source>Men</source>
        <translation>Nam giới</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="30"/>
        <source>Youth</source>
        <translation>Thanh niên</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="31"/>
        <source>Elders</source>
        <translation>Người cao tuổi</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="32"/>
        <source>People with disabilities</source>
        <translation>Người khuyết tật</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="33"/>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="34"/>
        <location filename="../../core/entities.py" line="56"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="37"/>
        <source>Group consensus</source>
        <translation>Nhóm đồng thuận</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="38"/>
        <source>Individual votes</source>
        <translation>Bỏ phiếu cá nhân</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="39"/>
        <source>Both</source>
        <translation>Cả hai</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="42"/>
        <location filename="../../core/entities.py" line="47"/>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="43"/>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="46"/>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="48"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="49"/>
        <source>Dropped</source>
        <translation>Đã bỏ</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="50"/>
        <source>Blocked</source>
        <translation>Bị vướng</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="54"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="55"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="61"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="62"/>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location filename="../../core/entities.py" line="63"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
</context>
</TS>
